package dev.caxton.bench.report.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Targets;

/**
 * The view model of the page: every label, number and date the template prints, and the data block the
 * page's script draws from. The template only loops over these records and prints their strings.
 */
final class DashboardView {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SHORT_COMMIT = 12;

    /** The whole page. {@code dataJson} is already escaped for a {@code <script>} element. */
    record Page(String title, String generatedAt, String seriesCount, String runCount, List<String> suites,
                List<String> branches, List<Series> series, String dataJson) {}

    /** One chart and its row in the summary table. */
    record Series(String id, String name, String suite, String branch, String environment, String unit,
                  String direction, String runs, String newest, String newestRun, String newestDate, String grade,
                  String gradeClass, String changeSummary, List<Change> changes) {}

    /** One change point, described in words for the list under its chart. */
    record Change(String kind, String text) {}

    /** One run in the data block: the points of every series refer to runs by index. */
    private record RunKey(String runId, Instant timestamp, String commit) {}

    private static final Comparator<RunKey> RUN_ORDER = Comparator.comparing(RunKey::timestamp)
            .thenComparing(RunKey::runId).thenComparing(RunKey::commit);

    private static final Comparator<MetricSeries> SERIES_ORDER = Comparator
            .comparing((MetricSeries s) -> s.id().canonical()).thenComparing(MetricSeries::branch)
            .thenComparing(MetricSeries::environment);

    private DashboardView() {}

    static Page of(DashboardInput input, Targets targets, ChangePointDetector detector) {
        List<MetricSeries> sorted = new ArrayList<>(input.series());
        sorted.sort(SERIES_ORDER);

        TreeSet<RunKey> allRuns = new TreeSet<>(RUN_ORDER);
        List<List<MetricSeries.Point>> pointsBySeries = new ArrayList<>(sorted.size());
        for (MetricSeries s : sorted) {
            List<MetricSeries.Point> points = new ArrayList<>(s.points());
            points.sort(Comparator.comparing(MetricSeries.Point::timestamp)); // stable: equal timestamps keep order
            pointsBySeries.add(points);
            for (MetricSeries.Point p : points) {
                allRuns.add(key(p));
            }
        }
        Map<RunKey, Integer> runIndex = new HashMap<>();
        ScriptJson json = new ScriptJson(64 + allRuns.size() * 64 + sorted.size() * 16_000);
        json.raw("{").key("runs").raw('[');
        for (RunKey run : allRuns) {
            if (!runIndex.isEmpty()) {
                json.raw(',');
            }
            runIndex.put(run, runIndex.size());
            json.raw('[').value(run.runId()).raw(',').value(MINUTE.format(run.timestamp())).raw(',')
                    .value(run.commit()).raw(']');
        }
        json.raw("],").key("series").raw('[');

        List<Series> views = new ArrayList<>(sorted.size());
        TreeSet<String> suites = new TreeSet<>();
        TreeSet<String> branches = new TreeSet<>();
        for (int k = 0; k < sorted.size(); k++) {
            MetricSeries s = sorted.get(k);
            List<MetricSeries.Point> points = pointsBySeries.get(k);
            String id = "m" + k;
            double[] values = new double[points.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = points.get(i).value();
            }
            DisplayScale scale = DisplayScale.of(s.unit(), values);
            List<ChangePoint> changePoints = detector.detect(values, s.direction());
            if (k > 0) {
                json.raw(',');
            }
            writeSeries(json, id, s, points, scale, changePoints, runIndex);
            views.add(series(id, s, points, scale, changePoints, targets));
            suites.add(s.id().suite());
            branches.add(s.branch());
        }
        json.raw("]}");
        return new Page(input.title(), MINUTE.format(input.generatedAt()), Integer.toString(sorted.size()),
                Integer.toString(allRuns.size()), List.copyOf(suites), List.copyOf(branches), List.copyOf(views),
                json.toString());
    }

    private static RunKey key(MetricSeries.Point p) {
        return new RunKey(p.runId(), p.timestamp(), p.commit().orElse(""));
    }

    private static void writeSeries(ScriptJson json, String id, MetricSeries s, List<MetricSeries.Point> points,
                                    DisplayScale scale, List<ChangePoint> changePoints, Map<RunKey, Integer> runIndex) {
        json.raw('{').key("id").value(id).raw(',').key("name").value(s.id().canonical()).raw(',')
                .key("branch").value(s.branch()).raw(',').key("u").value(scale.suffix()).raw(',')
                .key("d").value(scale.decimals()).raw(',');
        // Run indices, delta-encoded: consecutive runs cost one digit each.
        json.key("r").raw('[');
        int previous = 0;
        for (int i = 0; i < points.size(); i++) {
            int index = runIndex.get(key(points.get(i)));
            json.raw(i == 0 ? "" : ",").value(index - previous);
            previous = index;
        }
        json.raw("],").key("v").raw('[');
        for (int i = 0; i < points.size(); i++) {
            json.raw(i == 0 ? "" : ",").raw(scale.compact(points.get(i).value()));
        }
        json.raw(']');
        writeIntervals(json, points, scale);
        json.raw(',').key("cp").raw('[');
        for (int i = 0; i < changePoints.size(); i++) {
            ChangePoint c = changePoints.get(i);
            json.raw(i == 0 ? "" : ",").raw('[').value(c.index()).raw(',').value(c.kind().label()).raw(']');
        }
        json.raw("]}");
    }

    /**
     * Confidence intervals as distances below and above each value in display units: one array {@code e}
     * when every interval is symmetric at display precision (the common case), else {@code lo} and
     * {@code hi} with {@code null} where a bound is unknown; nothing when no point has an interval.
     */
    private static void writeIntervals(ScriptJson json, List<MetricSeries.Point> points, DisplayScale scale) {
        String[] below = new String[points.size()];
        String[] above = new String[points.size()];
        boolean any = false;
        boolean symmetric = true;
        for (int i = 0; i < points.size(); i++) {
            MetricSeries.Point p = points.get(i);
            below[i] = p.ciLower().map(lo -> scale.compact(p.value() - lo)).orElse("null");
            above[i] = p.ciUpper().map(hi -> scale.compact(hi - p.value())).orElse("null");
            any |= p.ciLower().isPresent() || p.ciUpper().isPresent();
            symmetric &= below[i].equals(above[i]) && !below[i].equals("null");
        }
        if (!any) {
            return;
        }
        if (symmetric) {
            array(json.raw(',').key("e"), below);
        } else {
            array(json.raw(',').key("lo"), below);
            array(json.raw(',').key("hi"), above);
        }
    }

    private static void array(ScriptJson json, String[] items) {
        json.raw('[');
        for (int i = 0; i < items.length; i++) {
            json.raw(i == 0 ? "" : ",").raw(items[i]);
        }
        json.raw(']');
    }

    private static Series series(String id, MetricSeries s, List<MetricSeries.Point> points, DisplayScale scale,
                                 List<ChangePoint> changePoints, Targets targets) {
        MetricSeries.Point newest = points.get(points.size() - 1);
        Optional<Grade> grade = targets.tierFor(s.id()).filter(t -> t.accepts(s.unit()))
                .map(t -> t.grade(newest.value(), s.unit()));
        List<Change> changes = new ArrayList<>(changePoints.size());
        for (ChangePoint c : changePoints) {
            changes.add(new Change(c.kind().label(), describe(c, points.get(c.index()), scale)));
        }
        String changeSummary = changePoints.isEmpty() ? "none"
                : changePoints.size() + ", latest " + changePoints.get(changePoints.size() - 1).kind().label() + " "
                        + relative(changePoints.get(changePoints.size() - 1).relativeChange());
        return new Series(id, s.id().canonical(), s.id().suite(), s.branch(), s.environment(), s.unit().label(),
                direction(s.direction()), Integer.toString(points.size()), scale.format(newest.value()),
                newest.runId(), MINUTE.format(newest.timestamp()),
                grade.map(g -> g.symbol() + " " + g.label()).orElse("no target"),
                grade.map(Grade::label).orElse("none"), changeSummary, List.copyOf(changes));
    }

    static String describe(ChangePoint c, MetricSeries.Point first, DisplayScale scale) {
        String kind = c.kind() == ChangePoint.Kind.REGRESSION ? "Regression" : "Improvement";
        return kind + " from run " + first.runId() + first.commit().map(h -> " (commit " + shortCommit(h) + ")").orElse("")
                + " on " + MINUTE.format(first.timestamp()) + ": " + scale.format(c.before()) + " → "
                + scale.format(c.after()) + " (" + relative(c.relativeChange()) + ")";
    }

    static String relative(double change) {
        if (Double.isInfinite(change)) {
            return change > 0 ? "up from zero" : "down from zero";
        }
        return String.format(Locale.ROOT, "%+.1f%%", change * 100);
    }

    static String shortCommit(String commit) {
        return commit.length() <= SHORT_COMMIT ? commit : commit.substring(0, SHORT_COMMIT);
    }

    private static String direction(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
    }
}
