package dev.caxton.bench.history.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.caxton.bench.model.RunId;
import dev.caxton.bench.history.History;
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
     * The series of one metric, one per key whose runs measured it, sorted by key; each holds its last
     * {@code last} points. Empty when no run that passes the filter measured the metric.
     */
    public List<Series> series(History history, MetricId metric, RunFilter filter, int last) {
        Objects.requireNonNull(metric, "metric");
        requireWindow(last);
        List<Series> out = new ArrayList<>();
        groups(history, filter, r -> r.find(metric).isPresent()).forEach((key, group) ->
                out.add(series(metric, key, group, last)));
        return out;
    }

    /**
     * The trend of every key the filter lets through, sorted by key: per key, its last {@code last} runs
     * and one row per metric measured by them.
     */
    public List<Trend> trend(History history, RunFilter filter, int last) {
        requireWindow(last);
        List<Trend> out = new ArrayList<>();
        groups(history, filter, r -> true).forEach((key, group) -> out.add(trend(key, group, last)));
        return out;
    }

    /**
     * The runs that pass the filter, oldest first; of those, the newest {@code last}. With
     * {@link EnvironmentScope#newest()}, each key's runs keep to the environment of its newest run.
     */
    public List<Run> runs(History history, RunFilter filter, int last) {
        requireWindow(last);
        List<Run> kept = new ArrayList<>();
        groups(history, filter, r -> true).values().forEach(g -> kept.addAll(g.runs()));
        kept.sort((a, b) -> History.CHRONOLOGICAL.compare(a.info(), b.info()));
        return List.copyOf(kept.subList(Math.max(0, kept.size() - last), kept.size()));
    }

    /** The runs of one key in one environment (or any), oldest first. */
    private record Group(Optional<String> environment, List<Run> runs) {}

    private static Map<SeriesKey, Group> groups(History history, RunFilter filter,
                                                Predicate<Run> measures) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(filter, "filter");
        Map<SeriesKey, List<Run>> byKey = new TreeMap<>();
        for (Run r : history.runs()) {
            if (filter.accepts(r.info()) && measures.test(r)) {
                byKey.computeIfAbsent(SeriesKey.of(r.info()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<SeriesKey, Group> out = new TreeMap<>();
        byKey.forEach((key, runs) -> out.put(key, group(runs, filter.environment())));
        return out;
    }

    private static Group group(List<Run> runs, EnvironmentScope scope) {
        if (scope instanceof EnvironmentScope.Only only) {
            return new Group(Optional.of(only.fingerprint()), runs);
        }
        if (scope instanceof EnvironmentScope.Newest) {
            String fingerprint = runs.get(runs.size() - 1).info().environment().fingerprint();
            return new Group(Optional.of(fingerprint), runs.stream()
                    .filter(r -> r.info().environment().fingerprint().equals(fingerprint)).toList());
        }
        return new Group(Optional.empty(), runs);
    }

    private Series series(MetricId metric, SeriesKey key, Group group, int last) {
        List<RunInfo> runs = new ArrayList<>();
        List<Measurement> values = new ArrayList<>();
        for (Run r : group.runs()) {
            r.find(metric).ifPresent(m -> {
                runs.add(r.info());
                values.add(m);
            });
        }
        Map<Integer, ChangePoint> changes = changePoints(values);
        int from = Math.max(0, values.size() - last);
        List<Point> window = new ArrayList<>(values.size() - from);
        for (int i = from; i < values.size(); i++) {
            window.add(new Point(runs.get(i), values.get(i), Optional.ofNullable(changes.get(i))));
        }
        return new Series(metric, key, group.environment(), window, values.size());
    }

    private Trend trend(SeriesKey key, Group group, int last) {
        List<Run> runs = group.runs();
        List<Run> window = runs.subList(Math.max(0, runs.size() - last), runs.size());
        SortedSet<MetricId> metrics = new TreeSet<>();
        window.forEach(r -> r.measurements().forEach(m -> metrics.add(m.id())));
        List<Trend.Row> rows = new ArrayList<>(metrics.size());
        for (MetricId metric : metrics) {
            Series whole = series(metric, key, group, Integer.MAX_VALUE);
            Map<RunId, Point> byRun = new HashMap<>();
            whole.window().forEach(p -> byRun.put(p.run().runId(), p));
            List<Double> values = new ArrayList<>(window.size());
            List<Point> inWindow = new ArrayList<>();
            for (Run r : window) {
                Point p = byRun.get(r.info().runId());
                values.add(p == null ? Double.NaN : p.measurement().value());
                if (p != null) {
                    inWindow.add(p);
                }
            }
            rows.add(new Trend.Row(metric, values, new Series(metric, key, group.environment(), inWindow,
                    whole.total())));
        }
        return new Trend(key, group.environment(), window.stream().map(Run::info).toList(), runs.size(), rows);
    }

    /** The change points of a series by index; values that are not finite are left out of the test. */
    private Map<Integer, ChangePoint> changePoints(List<Measurement> series) {
        if (series.isEmpty()) {
            return Map.of();
        }
        List<Integer> index = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            if (Double.isFinite(series.get(i).value())) {
                index.add(i);
            }
        }
        double[] values = new double[index.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = series.get(index.get(i)).value();
        }
        Direction direction = series.get(series.size() - 1).direction();
        Map<Integer, ChangePoint> out = new HashMap<>();
        for (ChangePoint c : detector.detect(values, direction)) {
            out.put(index.get(c.index()), c);
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
