package dev.caxton.bench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.SeriesPoint;
import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * What {@code history show} and {@code history trend} print, computed from a history and kept apart
 * from the text: the runs that pass the filters, the window of the last N of them, each metric's
 * values in that window, and the change points of each metric's whole filtered series that fall in
 * the window. Change points are found over the whole series, not the window alone, because a
 * window of a few runs is too short for a test.
 */
final class HistoryView {
    /** Which runs are shown: of a branch, a suite, an environment fingerprint, each when given. */
    record Filter(Optional<String> branch, Optional<String> suite, Optional<String> environment) {
        boolean accepts(RunInfo info) {
            return branch.map(b -> info.branch().filter(b::equals).isPresent()).orElse(true)
                    && suite.map(info.suite()::equals).orElse(true)
                    && environment.map(info.environment().fingerprint()::equals).orElse(true);
        }
    }

    /** A point of a series in the window, and the change point that starts at it, if any. */
    record Point(RunInfo run, Measurement measurement, Optional<ChangePoint> change) {}

    /** The series of one metric: its points in the window (oldest first) and how many the filters let through. */
    record Series(MetricId metric, List<Point> window, int total) {
        Optional<Point> newest() {
            return window.isEmpty() ? Optional.empty() : Optional.of(window.get(window.size() - 1));
        }

        Optional<Point> previous() {
            return window.size() < 2 ? Optional.empty() : Optional.of(window.get(window.size() - 2));
        }

        List<ChangePoint> changes() {
            return window.stream().flatMap(p -> p.change().stream()).toList();
        }
    }

    /**
     * One metric over the window's runs: a value per run, NaN where the run did not measure it; the
     * newest and previous measurements among them; the change points in the window.
     */
    record TrendRow(MetricId metric, double[] values, Series series) {}

    private final ChangePointDetector detector;

    HistoryView(ChangePointDetector detector) {
        this.detector = detector;
    }

    /**
     * The environment a view shows by default: the one of the newest run that passes the other
     * filters, so that a series compares like with like.
     */
    static Optional<String> newestEnvironment(History history, Filter filter) {
        List<Run> runs = history.runs();
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunInfo info = runs.get(i).info();
            if (filter.accepts(info)) {
                return Optional.of(info.environment().fingerprint());
            }
        }
        return Optional.empty();
    }

    /** The last {@code last} points of a metric's filtered series, with change points. */
    Series series(History history, MetricId metric, Filter filter, int last) {
        List<SeriesPoint> all = new ArrayList<>();
        for (Run r : history.runs()) {
            if (filter.accepts(r.info())) {
                r.find(metric).ifPresent(m -> all.add(new SeriesPoint(r.info(), m)));
            }
        }
        Map<Integer, ChangePoint> changes = changePoints(all);
        int from = Math.max(0, all.size() - last);
        List<Point> window = new ArrayList<>(all.size() - from);
        for (int i = from; i < all.size(); i++) {
            SeriesPoint p = all.get(i);
            window.add(new Point(p.run(), p.measurement(), Optional.ofNullable(changes.get(i))));
        }
        return new Series(metric, window, all.size());
    }

    /** One row per metric measured by the last {@code last} runs that pass the filter, sorted by metric id. */
    List<TrendRow> trend(History history, Filter filter, int last) {
        List<RunInfo> runs = history.runs().stream().map(Run::info).filter(filter::accepts).toList();
        List<RunInfo> window = runs.subList(Math.max(0, runs.size() - last), runs.size());
        SortedSet<MetricId> metrics = new TreeSet<>();
        for (RunInfo info : window) {
            history.run(info.runId()).ifPresent(r -> r.measurements().forEach(m -> metrics.add(m.id())));
        }
        List<TrendRow> rows = new ArrayList<>(metrics.size());
        for (MetricId metric : metrics) {
            Series series = series(history, metric, filter, Integer.MAX_VALUE);
            Map<RunId, Point> byRun = new HashMap<>();
            series.window().forEach(p -> byRun.put(p.run().runId(), p));
            double[] values = new double[window.size()];
            List<Point> inWindow = new ArrayList<>();
            for (int i = 0; i < window.size(); i++) {
                Point p = byRun.get(window.get(i).runId());
                values[i] = p == null ? Double.NaN : p.measurement().value();
                if (p != null) {
                    inWindow.add(p);
                }
            }
            rows.add(new TrendRow(metric, values, new Series(metric, inWindow, series.total())));
        }
        return rows;
    }

    /** The change points of a series by index; values that are not finite are left out of the test. */
    private Map<Integer, ChangePoint> changePoints(List<SeriesPoint> series) {
        if (series.isEmpty()) {
            return Map.of();
        }
        List<Integer> index = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            if (Double.isFinite(series.get(i).measurement().value())) {
                index.add(i);
            }
        }
        double[] values = new double[index.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = series.get(index.get(i)).measurement().value();
        }
        var direction = series.get(series.size() - 1).measurement().direction();
        Map<Integer, ChangePoint> out = new HashMap<>();
        for (ChangePoint c : detector.detect(values, direction)) {
            out.put(index.get(c.index()), c);
        }
        return out;
    }
}
