package dev.caxton.bench.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * Bounds a history: removes whole runs, never single rows, and replaces the file atomically (a new
 * file, then a rename) under the writers' lock, so an append waits instead of being lost. The rows
 * that stay keep their order.
 */
public final class HistoryPrune {
    private HistoryPrune() {}

    /** Which runs to keep. */
    public sealed interface Rule permits KeepLast, Since {}

    /** Keep the newest {@code runs} runs (by start time, then run id). */
    public record KeepLast(int runs) implements Rule {
        public KeepLast {
            if (runs < 0) {
                throw new IllegalArgumentException("--keep-last takes a number of runs, 0 or more; got " + runs);
            }
        }
    }

    /** Keep the runs that started at or after {@code since}. */
    public record Since(Instant since) implements Rule {
        public Since {
            Objects.requireNonNull(since, "since");
        }
    }

    /**
     * Runs kept and removed, the rows they held, and the histogram logs of removed runs that were
     * deleted (see {@link HistogramStore#besideHistory}).
     */
    public record Result(int runsKept, int runsRemoved, int rowsKept, int rowsRemoved, List<Path> histogramLogsDeleted,
                         List<HistoryProblem> warnings) {
        public Result {
            histogramLogsDeleted = List.copyOf(histogramLogsDeleted);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Prunes {@code file} by the rule. With a branch, only that branch's runs are candidates for
     * removal (and counted by {@link KeepLast}); runs of other branches stay. A missing file stays
     * missing.
     *
     * <p>The histogram logs of the removed runs ({@code <run-id>.hlog} in
     * {@link HistogramStore#besideHistory}) are deleted after the new file has replaced the old one, so
     * a crash in between leaves at worst a log without its rows (harmless), never rows that lost their
     * log. Logs of runs that are not in the history (a run whose append failed, waiting for
     * {@code history add}) are left alone.
     *
     * @throws HistoryFormatException when the file is malformed (nothing is changed)
     */
    @SuppressWarnings("try") // the lock is held for the body, never read
    public static Result prune(Path file, Rule rule, Optional<String> branch) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(branch, "branch");
        try (FileLocks.Held lock = HistoryRewrite.lock(file)) {
            ParsedHistory p = HistoryReader.parse(file, ReadMode.STRICT);
            Set<RunId> seen = new HashSet<>();
            List<RunInfo> candidates = new ArrayList<>();
            for (HistoryRow row : p.rows()) {
                RunInfo info = row.run();
                if (seen.add(info.runId()) && (branch.isEmpty() || info.branch().equals(branch))) {
                    candidates.add(info);
                }
            }
            candidates.sort(History.CHRONOLOGICAL);
            Set<RunId> remove = new LinkedHashSet<>();
            if (rule instanceof KeepLast k) {
                candidates.subList(0, Math.max(0, candidates.size() - k.runs())).forEach(i -> remove.add(i.runId()));
            } else if (rule instanceof Since s) {
                candidates.stream().filter(i -> i.startedAt().isBefore(s.since())).forEach(i -> remove.add(i.runId()));
            }
            List<HistoryRow> kept = new ArrayList<>(p.rows().size());
            for (HistoryRow row : p.rows()) {
                if (!remove.contains(row.run().runId())) {
                    kept.add(row);
                }
            }
            int removedRows = p.rows().size() - kept.size();
            if (removedRows > 0 || !p.warnings().isEmpty()) {
                HistoryRewrite.writeAllLocked(file, kept);
            }
            List<HistoryProblem> warnings = new ArrayList<>(p.warnings());
            List<String> problems = new ArrayList<>();
            List<Path> deleted = HistogramStore.delete(HistogramStore.besideHistory(file),
                    remove.stream().map(RunId::value).toList(), problems);
            problems.forEach(m -> warnings.add(new HistoryProblem(file, 0, Optional.empty(), m)));
            return new Result(seen.size() - remove.size(), remove.size(), kept.size(), removedRows, deleted, warnings);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot release the lock of " + file + ": " + e, e);
        }
    }
}
