package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * A history in memory, for reading: its metrics, the series of a metric, runs by id, commit and
 * branch. Runs are ordered by start time, then run id. Immutable.
 */
public final class History {
    /** Orders runs by start time, then run id. */
    public static final Comparator<RunInfo> CHRONOLOGICAL = Comparator.comparing(RunInfo::startedAt)
            .thenComparing(RunInfo::runId);

    /** Consecutive rows of one run, as read: a run is one block unless a hand edit split it. */
    private record Block(RunInfo info, int runRows, List<Measurement> measurements) {}

    private final List<Block> blocks; // file order
    private final List<HistoryProblem> warnings;
    private final Map<RunId, Run> runs; // chronological

    private History(List<Block> blocks, List<HistoryProblem> warnings) {
        this.blocks = List.copyOf(blocks);
        this.warnings = List.copyOf(warnings);
        Map<RunId, RunInfo> infos = new LinkedHashMap<>();
        Map<RunId, List<Measurement>> measurements = new LinkedHashMap<>();
        for (Block block : this.blocks) {
            RunId id = block.info().runId();
            RunInfo earlier = infos.putIfAbsent(id, block.info());
            if (earlier != null && !earlier.equals(block.info())) {
                throw new IllegalArgumentException("Run " + id + " is described in two ways: " + earlier + " and "
                        + block.info() + "; a run id names one run");
            }
            List<Measurement> known = measurements.putIfAbsent(id, block.measurements());
            if (known != null) {
                List<Measurement> both = new ArrayList<>(known);
                both.addAll(block.measurements());
                measurements.put(id, both);
            }
        }
        List<RunInfo> order = new ArrayList<>(infos.values());
        order.sort(CHRONOLOGICAL);
        Map<RunId, Run> byId = new LinkedHashMap<>();
        for (RunInfo info : order) {
            byId.put(info.runId(), new Run(info, measurements.get(info.runId()), Map.of(), List.of()));
        }
        this.runs = Collections.unmodifiableMap(byId);
    }

    /** Reads a history file strictly; a missing file is an empty history. */
    public static History open(Path file) {
        return open(file, ReadMode.STRICT);
    }

    /**
     * Reads a history file; in lenient mode malformed rows are skipped with a warning each. The read
     * keeps each run's measurements once, not a row object per line.
     */
    public static History open(Path file, ReadMode mode) {
        List<Block> blocks = new ArrayList<>();
        HistoryReader.Streamed r = HistoryReader.stream(file, mode, (rows, lines) -> blocks.add(
                new Block(rows.get(0).run(), rows.get(0).runRows(), RunBlocks.measurements(rows))));
        return new History(blocks, r.warnings());
    }

    /** A history of these rows (for tests and for histories built in memory). */
    public static History of(List<HistoryRow> rows) {
        List<Block> blocks = new ArrayList<>();
        RunInfo current = null;
        List<Measurement> ms = null;
        int runRows = 0;
        for (HistoryRow row : rows) {
            if (!row.run().equals(current)) {
                if (current != null) {
                    blocks.add(new Block(current, runRows, List.copyOf(ms)));
                }
                current = row.run();
                runRows = row.runRows();
                ms = new ArrayList<>();
            }
            ms.add(row.measurement());
        }
        if (current != null) {
            blocks.add(new Block(current, runRows, List.copyOf(ms)));
        }
        return new History(blocks, List.of());
    }

    /** Every row in file order (built on each call from the runs the history keeps). */
    public List<HistoryRow> rows() {
        List<HistoryRow> out = new ArrayList<>();
        for (Block block : blocks) {
            for (Measurement m : block.measurements()) {
                out.add(new HistoryRow(block.info(), block.runRows(), m));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** What reading the file reported: a torn last line, runs cut short, skipped rows. */
    public List<HistoryProblem> warnings() {
        return warnings;
    }

    /** Every metric that has at least one row, sorted by canonical id. */
    public SortedSet<MetricId> metrics() {
        SortedSet<MetricId> out = new TreeSet<>();
        blocks.forEach(b -> b.measurements().forEach(m -> out.add(m.id())));
        return Collections.unmodifiableSortedSet(out);
    }

    /** Every run, oldest first (without histograms: see {@link HistogramStore}). */
    public List<Run> runs() {
        return List.copyOf(runs.values());
    }

    public Optional<Run> run(RunId runId) {
        return Optional.ofNullable(runs.get(Objects.requireNonNull(runId, "runId")));
    }

    /**
     * The runs of a commit, oldest first. {@code commit} may be an abbreviation of at least 4
     * characters, as git prints them; so may the commits in the history.
     */
    public List<Run> runsOfCommit(String commit) {
        Objects.requireNonNull(commit, "commit");
        if (commit.length() < 4) {
            throw new IllegalArgumentException("A commit needs at least 4 characters to be found, got '" + commit + "'");
        }
        return runs.values().stream().filter(r -> r.info().commit().filter(c -> sameCommit(c, commit)).isPresent())
                .toList();
    }

    static boolean sameCommit(String a, String b) {
        return a.length() <= b.length() ? b.startsWith(a) : a.startsWith(b);
    }

    /** The newest run on a branch, of one environment fingerprint when given. */
    public Optional<Run> newestRun(String branch, Optional<String> environment) {
        Objects.requireNonNull(branch, "branch");
        Run newest = null;
        for (Run r : runs.values()) {
            if (r.info().branch().filter(branch::equals).isPresent() && matches(r.info(), environment)) {
                newest = r;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** The values of a metric over the runs that pass the filter, oldest first. */
    public List<SeriesPoint> series(MetricId metric, SeriesFilter filter) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(filter, "filter");
        List<SeriesPoint> out = new ArrayList<>();
        for (Run r : runs.values()) {
            RunInfo info = r.info();
            if (filter.branch().isPresent() && !info.branch().equals(filter.branch())) {
                continue;
            }
            if (!matches(info, filter.environment())) {
                continue;
            }
            r.find(metric).ifPresent(m -> out.add(new SeriesPoint(info, m)));
        }
        return out;
    }

    static boolean matches(RunInfo info, Optional<String> environment) {
        return environment.isEmpty() || environment.get().equals(info.environment().fingerprint());
    }
}
