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

    private final List<HistoryRow> rows;
    private final List<HistoryProblem> warnings;
    private final Map<RunId, Run> runs; // chronological

    private History(List<HistoryRow> rows, List<HistoryProblem> warnings) {
        this.rows = List.copyOf(rows);
        this.warnings = List.copyOf(warnings);
        Map<RunId, RunInfo> infos = new LinkedHashMap<>();
        Map<RunId, List<Measurement>> measurements = new LinkedHashMap<>();
        RunInfo current = null; // rows of a run come in blocks that share one RunInfo when read from a file
        List<Measurement> currentList = null;
        for (HistoryRow row : rows) {
            if (row.run() != current) {
                current = row.run();
                RunId id = current.runId();
                RunInfo earlier = infos.putIfAbsent(id, current);
                if (earlier != null && !earlier.equals(current)) {
                    throw new IllegalArgumentException("Run " + id + " is described in two ways: " + earlier + " and "
                            + current + "; a run id names one run");
                }
                currentList = measurements.computeIfAbsent(id, k -> new ArrayList<>());
            }
            currentList.add(row.measurement());
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

    /** Reads a history file; in lenient mode malformed rows are skipped with a warning each. */
    public static History open(Path file, ReadMode mode) {
        HistoryReadResult r = HistoryFile.read(file, mode);
        return new History(r.rows(), r.warnings());
    }

    /** A history of these rows (for tests and for histories built in memory). */
    public static History of(List<HistoryRow> rows) {
        return new History(rows, List.of());
    }

    public List<HistoryRow> rows() {
        return rows;
    }

    /** What reading the file reported: a torn last line, runs cut short, skipped rows. */
    public List<HistoryProblem> warnings() {
        return warnings;
    }

    /** Every metric that has at least one row, sorted by canonical id. */
    public SortedSet<MetricId> metrics() {
        SortedSet<MetricId> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.measurement().id()));
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
