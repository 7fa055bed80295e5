package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * Joins two histories (two branches, two matrix shards, the two sides of a git conflict) into one:
 * the union of their rows by (run id, metric id), in a deterministic order (run start time, run id,
 * metric id), written atomically. Rows that are equal in both collapse into one; rows with the same
 * key and different content are a conflict, reported with both lines. The histogram logs beside
 * the inputs ({@link HistogramStore#besideHistory}) go beside {@code out} (see {@link HistogramMerge}).
 */
public final class HistoryMerge {
    private HistoryMerge() {}

    /**
     * What a merge wrote: rows and runs in {@code out}, rows that were in both inputs, the histogram
     * logs copied or joined into {@code out}'s folder, warnings of the inputs.
     */
    public record Result(Path out, int rows, int runs, int duplicatesCollapsed, List<Path> histogramLogsWritten,
                         List<HistoryProblem> warnings) {
        public Result {
            histogramLogsWritten = List.copyOf(histogramLogsWritten);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Merges {@code a} and {@code b} into {@code out}, which may be one of them. Either input may be
     * missing (an empty history). Inputs are read strictly; a torn last line or a run cut short is left
     * out with a warning, as on every read.
     *
     * @throws HistoryFormatException when an input is malformed, or a key or a run id has two contents
     */
    @SuppressWarnings("try") // the lock is held for the body, never read
    public static Result merge(Path a, Path b, Path out) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(out, "out");
        try (FileLocks.Held lock = HistoryRewrite.lock(out)) {
            ParsedHistory pa = HistoryReader.parse(a, ReadMode.STRICT);
            ParsedHistory pb = HistoryReader.parse(b, ReadMode.STRICT);
            Map<HistoryRow.Key, Located> byKey = new LinkedHashMap<>();
            Map<RunId, Located> runs = new HashMap<>();
            List<HistoryProblem> conflicts = new ArrayList<>();
            int duplicates = 0;
            for (Located l : located(a, pa, b, pb)) {
                Located run = runs.putIfAbsent(l.row.run().runId(), l);
                if (run != null && !run.row.run().equals(l.row.run())) {
                    conflicts.add(conflict(l, run, "run " + l.row.run().runId() + " is described differently (time,"
                            + " commit, branch, suite or environment)"));
                    continue;
                }
                Located earlier = byKey.putIfAbsent(l.row.key(), l);
                if (earlier == null) {
                    continue;
                }
                if (earlier.row.measurement().equals(l.row.measurement())) {
                    duplicates++;
                } else {
                    conflicts.add(conflict(l, earlier, "the row " + l.row.key() + " has different values"));
                }
            }
            Map<String, RunInfo> infos = new HashMap<>();
            runs.forEach((id, l) -> infos.put(id.value(), l.row.run()));
            HistogramMerge histograms = HistogramMerge.plan(a, b, out, infos, conflicts);
            if (!conflicts.isEmpty()) {
                throw new HistoryFormatException(conflicts);
            }
            List<HistoryRow> rows = new ArrayList<>(byKey.size());
            byKey.values().forEach(l -> rows.add(l.row));
            rows.sort(ORDER);
            HistoryRewrite.writeAllLocked(out, rows);
            List<Path> logs = histograms.apply();
            List<HistoryProblem> warnings = new ArrayList<>(pa.warnings());
            warnings.addAll(pb.warnings());
            return new Result(out, rows.size(), runs.size(), duplicates, logs, warnings);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot release the lock of " + out + ": " + e, e);
        }
    }

    /** The order of a merged or pruned history: run start time, run id, metric id. */
    static final Comparator<HistoryRow> ORDER = Comparator.<HistoryRow, RunInfo>comparing(HistoryRow::run, History.CHRONOLOGICAL)
            .thenComparing(r -> r.measurement().id().canonical());

    private record Located(HistoryRow row, Path file, long line) {}

    private static List<Located> located(Path a, ParsedHistory pa, Path b, ParsedHistory pb) {
        List<Located> out = new ArrayList<>(pa.rows().size() + pb.rows().size());
        for (int i = 0; i < pa.rows().size(); i++) {
            out.add(new Located(pa.rows().get(i), a, pa.line(i)));
        }
        for (int i = 0; i < pb.rows().size(); i++) {
            out.add(new Located(pb.rows().get(i), b, pb.line(i)));
        }
        return out;
    }

    private static HistoryProblem conflict(Located now, Located earlier, String what) {
        return new HistoryProblem(now.file, now.line, Optional.empty(), what + " than at " + earlier.file + " line "
                + earlier.line + ":\n  " + earlier.file + " line " + earlier.line + ": " + text(earlier.row) + "\n  "
                + now.file + " line " + now.line + ": " + text(now.row)
                + "\nKeep one: delete the line you do not want from its file, then merge again");
    }

    private static String text(HistoryRow row) {
        String line = CsvV1.line(row.run(), row.runRows(), row.measurement());
        return line.substring(0, line.length() - 1);
    }
}
