package dev.caxton.bench.history.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.caxton.bench.model.RunId;
import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.history.HistoryProblem;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;

/**
 * What {@code history show}, {@code history trend} and {@code history list} print, computed from a
 * history and kept apart from the text.
 *
 * <p>Runs pass a {@link RunFilter}, then fall apart into series by {@link SeriesKey} (suite, system,
 * profile): a view never draws two systems or two profiles as one line. With
 * {@link EnvironmentScope#newest()} each key keeps to the environment of its newest run; with
 * {@link EnvironmentScope#any()} it spans every environment. Change points are found over a series'
 * whole filtered length, not over the window alone, because a window of a few runs is too short for a
 * test; those that start in the window are attached to their points.
 *
 * <p>Immutable and thread-safe.
 */
public final class HistoryView {
    private final ChangePointDetector detector;

    /** A view that finds change points with {@code detector}. */
    public HistoryView(ChangePointDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** A view that finds change points with the detector's default options. */
    public static HistoryView withDefaults() {
        return new HistoryView(new ChangePointDetector());
    }

    /**
     * Reads a history file for viewing, keeping compactly what the views need: every run's description,
     * the values of the runs that pass {@code filter}, and in full only the newest {@code window} points
     * of each metric per series key and environment (what a window of {@code window} runs or points can
     * show); {@code window} 0 keeps no measurement (enough for {@link #runs(ViewedHistory)}). A million
     * rows are held in tens of megabytes, not in a row object per line.
     *
     * @throws dev.caxton.bench.history.HistoryFormatException when the header is unknown, or (strict
     *                                                          mode) a row is malformed
     * @throws java.io.UncheckedIOException                      when the file cannot be read
     */
    public ViewedHistory read(Path file, ReadMode mode, RunFilter filter, int window) {
        return read(file, mode, filter, window, m -> true);
    }

    /**
     * {@link #read(Path, ReadMode, RunFilter, int)}, keeping in full only the window's measurements of the
     * metrics {@code inFull} accepts (for example the metrics a name on the command line may mean); a
     * series of another metric cannot be shown from the result.
     */
    public ViewedHistory read(Path file, ReadMode mode, RunFilter filter, int window, Predicate<MetricId> inFull) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(inFull, "inFull");
        if (window < 0) {
            throw new IllegalArgumentException("A window holds 0 runs or more, got " + window);
        }
        ViewTable table = new ViewTable(filter, window, inFull);
        List<HistoryProblem> warnings = HistoryFile.stream(file, mode, table::add);
        return new ViewedHistory(table, window, warnings);
    }

    /**
     * The series of one metric, one per key whose runs measured it, sorted by key; each holds its last
     * {@code last} points. Empty when no run that passes the filter measured the metric.
     */
    public List<Series> series(History history, MetricId metric, RunFilter filter, int last) {
        requireWindow(last);
        return series(ViewTable.of(history, filter), metric, last);
    }

    /** {@link #series(History, MetricId, RunFilter, int)} of a history read for viewing; {@code last} is its window. */
    public List<Series> series(ViewedHistory history, MetricId metric) {
        return series(history.table(), metric, history.window());
    }

    private List<Series> series(ViewTable table, MetricId metric, int last) {
        Objects.requireNonNull(metric, "metric");
        requireWindow(last);
        int index = table.index(metric);
        List<Series> out = new ArrayList<>();
        if (index < 0) {
            return out;
        }
        groups(table, e -> e.find(index) >= 0).forEach((key, group) -> out.add(series(metric, key, group,
                measured(group, index), last)));
        return out;
    }

    /**
     * The trend of every key the filter lets through, sorted by key: per key, its last {@code last} runs
     * and one row per metric measured by them.
     */
    public List<Trend> trend(History history, RunFilter filter, int last) {
        requireWindow(last);
        return trend(ViewTable.of(history, filter), last);
    }

    /** {@link #trend(History, RunFilter, int)} of a history read for viewing; {@code last} is its window. */
    public List<Trend> trend(ViewedHistory history) {
        return trend(history.table(), history.window());
    }

    private List<Trend> trend(ViewTable table, int last) {
        requireWindow(last);
        List<Trend> out = new ArrayList<>();
        groups(table, e -> true).forEach((key, group) -> out.add(trend(table, key, group, last)));
        return out;
    }

    /**
     * The runs that pass the filter, oldest first; of those, the newest {@code last}. With
     * {@link EnvironmentScope#newest()}, each key's runs keep to the environment of its newest run.
     */
    public List<Run> runs(History history, RunFilter filter, int last) {
        requireWindow(last);
        List<Run> out = new ArrayList<>();
        for (RunSummary r : runs(ViewTable.of(history, filter), last)) {
            out.add(history.run(r.info().runId()).orElseThrow());
        }
        return List.copyOf(out);
    }

    /** The runs of a history read for viewing that pass its filter, oldest first, with their row counts. */
    public List<RunSummary> runs(ViewedHistory history) {
        return runs(history.table(), Integer.MAX_VALUE);
    }

    private static List<RunSummary> runs(ViewTable table, int last) {
        List<ViewTable.Entry> kept = new ArrayList<>();
        groups(table, e -> true).values().forEach(g -> kept.addAll(g.runs()));
        kept.sort((a, b) -> History.CHRONOLOGICAL.compare(a.info, b.info));
        List<RunSummary> out = new ArrayList<>();
        for (ViewTable.Entry e : kept.subList(Math.max(0, kept.size() - last), kept.size())) {
            out.add(new RunSummary(e.info, e.size));
        }
        return List.copyOf(out);
    }

    /** The runs of one key in one environment (or any), oldest first. */
    private record Group(Optional<String> environment, List<ViewTable.Entry> runs) {}

    private static Map<SeriesKey, Group> groups(ViewTable table, Predicate<ViewTable.Entry> measures) {
        Map<SeriesKey, List<ViewTable.Entry>> byKey = new TreeMap<>();
        for (ViewTable.Entry e : table.entries()) {
            if (measures.test(e)) {
                byKey.computeIfAbsent(e.key, k -> new ArrayList<>()).add(e);
            }
        }
        Map<SeriesKey, Group> out = new TreeMap<>();
        byKey.forEach((key, runs) -> out.put(key, group(runs, table.filter().environment())));
        return out;
    }

    private static Group group(List<ViewTable.Entry> runs, EnvironmentScope scope) {
        if (scope instanceof EnvironmentScope.Only only) {
            return new Group(Optional.of(only.fingerprint()), runs);
        }
        if (scope instanceof EnvironmentScope.Newest) {
            String fingerprint = runs.get(runs.size() - 1).environment;
            return new Group(Optional.of(fingerprint), runs.stream().filter(r -> r.environment.equals(fingerprint))
                    .toList());
        }
        return new Group(Optional.empty(), runs);
    }

    /** The runs of a group that measured one metric, and where, oldest first. */
    private static final class Measured {
        final List<ViewTable.Entry> runs = new ArrayList<>();
        int[] positions = new int[16];

        void add(ViewTable.Entry run, int position) {
            if (runs.size() == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
            }
            positions[runs.size()] = position;
            runs.add(run);
        }

        int size() {
            return runs.size();
        }
    }

    private static Measured measured(Group group, int metric) {
        Measured out = new Measured();
        for (ViewTable.Entry e : group.runs()) {
            int p = e.find(metric);
            if (p >= 0) {
                out.add(e, p);
            }
        }
        return out;
    }

    private Series series(MetricId metric, SeriesKey key, Group group, Measured measured, int last) {
        Map<Integer, ChangePoint> changes = changePoints(measured);
        int n = measured.size();
        int from = Math.max(0, n - last);
        List<Point> window = new ArrayList<>(n - from);
        for (int i = from; i < n; i++) {
            ViewTable.Entry e = measured.runs.get(i);
            Measurement m = e.kept[measured.positions[i]];
            if (m == null) {
                throw new IllegalStateException("The view kept no measurement of " + metric + " in run "
                        + e.info.runId() + "; read the history with a window of " + last + " or more");
            }
            window.add(new Point(e.info, m, Optional.ofNullable(changes.get(i))));
        }
        return new Series(metric, key, group.environment(), window, n);
    }

    private Trend trend(ViewTable table, SeriesKey key, Group group, int last) {
        List<ViewTable.Entry> runs = group.runs();
        List<ViewTable.Entry> window = runs.subList(Math.max(0, runs.size() - last), runs.size());
        SortedSet<MetricId> metrics = new TreeSet<>();
        BitSet wanted = new BitSet();
        for (ViewTable.Entry e : window) {
            for (int i = 0; i < e.size; i++) {
                if (!wanted.get(e.metrics[i])) {
                    wanted.set(e.metrics[i]);
                    metrics.add(table.metric(e.metrics[i]));
                }
            }
        }
        // one pass over the group's values, not one search per metric and run
        Map<Integer, Measured> byMetric = new HashMap<>();
        for (ViewTable.Entry e : runs) {
            for (int i = 0; i < e.size; i++) {
                if (wanted.get(e.metrics[i])) {
                    byMetric.computeIfAbsent(e.metrics[i], k -> new Measured()).add(e, i);
                }
            }
        }
        List<Trend.Row> rows = new ArrayList<>(metrics.size());
        for (MetricId metric : metrics) {
            // the points of the window's runs are among the last window.size() points of the metric
            Series whole = series(metric, key, group, byMetric.get(table.index(metric)), window.size());
            Map<RunId, Point> byRun = new HashMap<>();
            whole.window().forEach(p -> byRun.put(p.run().runId(), p));
            List<Double> values = new ArrayList<>(window.size());
            List<Point> inWindow = new ArrayList<>();
            for (ViewTable.Entry r : window) {
                Point p = byRun.get(r.info.runId());
                values.add(p == null ? Double.NaN : p.measurement().value());
                if (p != null) {
                    inWindow.add(p);
                }
            }
            rows.add(new Trend.Row(metric, values, new Series(metric, key, group.environment(), inWindow,
                    whole.total())));
        }
        return new Trend(key, group.environment(), window.stream().map(e -> e.info).toList(), runs.size(), rows);
    }

    /** The change points of a series by index; values that are not finite are left out of the test. */
    private Map<Integer, ChangePoint> changePoints(Measured series) {
        int n = series.size();
        if (n == 0) {
            return Map.of();
        }
        int[] index = new int[n];
        double[] values = new double[n];
        int finite = 0;
        for (int i = 0; i < n; i++) {
            double v = series.runs.get(i).values[series.positions[i]];
            if (Double.isFinite(v)) {
                index[finite] = i;
                values[finite++] = v;
            }
        }
        ViewTable.Entry newest = series.runs.get(n - 1);
        Direction direction = newest.direction(series.positions[n - 1]);
        Map<Integer, ChangePoint> out = new HashMap<>();
        for (ChangePoint c : detector.detect(Arrays.copyOf(values, finite), direction)) {
            out.put(index[c.index()], c);
        }
        return out;
    }

    private static void requireWindow(int last) {
        if (last < 1) {
            throw new IllegalArgumentException("A window holds 1 run or more, got " + last
                    + "; pass Integer.MAX_VALUE for every run");
        }
    }
}
