package dev.caxton.bench.report.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Targets;

/**
 * The view model of the page: every label, number and date the template prints, and the data block the
 * page's script draws from. The template only loops over these records and prints their strings.
 *
 * <p>A chart holds the series of one metric (its parameters aside) that share unit, branch, environment
 * and profile; each series is one line, labelled with its system and the parameters that differ between
 * the lines ({@code reference · agents=100}). Parameters every line shares stay in the chart's name.
 * Numbers are formatted by {@link HumanUnits}, the CLI's formatter, here and (through its port) in the
 * script; the y-axis follows {@link ChartScale}.
 */
final class DashboardView {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SHORT_COMMIT = 12;
    /** Line colours the stylesheet defines ({@code .c0} .. {@code .c7}); beyond them, dash patterns ({@code .d1}, {@code .d2}). */
    static final int COLOURS = 8;
    private static final int DASHES = 3;

    /** The whole page. {@code dataJson} is already escaped for a {@code <script>} element. */
    record Page(String title, String generatedAt, String chartCount, String seriesCount, String runCount,
                List<String> suites, List<String> branches, List<String> profiles, List<Chart> charts,
                List<Row> rows, String dataJson) {}

    /** One chart: its caption, its legend (one entry per line) and its change points in words. */
    record Chart(String id, String name, String suite, String branch, String environment, String profile,
                 String caption, List<Legend> legend, List<Change> changes) {}

    /**
     * One line of a chart in its legend: {@code style} is its colour and dash classes, {@code newest} its
     * newest value, {@code gradeClass} one of target, acceptable, critical, failing, none.
     */
    record Legend(String style, String label, String newest, String grade, String gradeClass) {}

    /** One change point, described in words for the list under its chart; {@code kind} is its class. */
    record Change(String kind, String text) {}

    /** One line in the summary table. */
    record Row(String chart, String suite, String branch, String profile, String name, String line,
               String environment, String runs, String newest, String newestRun, String newestDate, String grade,
               String gradeClass, String changeSummary) {}

    /** One run in the data block: the points of every line refer to runs by index. */
    private record RunKey(String runId, Instant timestamp, String commit) {}

    private static final Comparator<RunKey> RUN_ORDER = Comparator.comparing(RunKey::timestamp)
            .thenComparing(RunKey::runId).thenComparing(RunKey::commit);

    /** What the series of one chart share. */
    private record ChartKey(String name, String suite, Unit unit, String branch, String environment, String profile) {}

    private static final Comparator<ChartKey> CHART_ORDER = Comparator.comparing(ChartKey::name)
            .thenComparing(ChartKey::branch).thenComparing(ChartKey::environment).thenComparing(ChartKey::profile)
            .thenComparing(ChartKey::unit);

    /** Systems first, then parameters by name, numbers by value: agents=1, 10, 100, not 1, 10, 100, 2. */
    private static final Comparator<MetricSeries> LINE_ORDER = Comparator.comparing(MetricSeries::system)
            .thenComparing(MetricSeries::id, DashboardView::compareParams);

    private DashboardView() {}

    static Page of(DashboardInput input, Targets targets, ChangePointDetector detector) {
        Map<ChartKey, List<MetricSeries>> byChart = new TreeMap<>(CHART_ORDER);
        for (MetricSeries s : input.series()) {
            MetricId id = s.id();
            ChartKey key = new ChartKey(MetricId.of(id.suite(), id.benchmark(), id.metric()).canonical(), id.suite(),
                    s.unit(), s.branch(), s.environment(), s.profile());
            byChart.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        TreeSet<RunKey> allRuns = new TreeSet<>(RUN_ORDER);
        Map<MetricSeries, List<MetricSeries.Point>> sortedPoints = new IdentityHashMap<>();
        for (MetricSeries s : input.series()) {
            List<MetricSeries.Point> points = new ArrayList<>(s.points());
            points.sort(Comparator.comparing(MetricSeries.Point::timestamp)); // stable: equal timestamps keep order
            sortedPoints.put(s, points);
            points.forEach(p -> allRuns.add(key(p)));
        }
        Map<RunKey, Integer> runIndex = new HashMap<>();
        ScriptJson json = new ScriptJson(64 + allRuns.size() * 64 + input.series().size() * 16_000);
        json.raw("{").key("runs").raw('[');
        for (RunKey run : allRuns) {
            if (!runIndex.isEmpty()) {
                json.raw(',');
            }
            runIndex.put(run, runIndex.size());
            json.raw('[').value(run.runId()).raw(',').value(MINUTE.format(run.timestamp())).raw(',')
                    .value(run.commit()).raw(']');
        }
        json.raw("],").key("charts").raw('[');

        List<Chart> charts = new ArrayList<>(byChart.size());
        List<Row> rows = new ArrayList<>();
        TreeSet<String> suites = new TreeSet<>();
        TreeSet<String> branches = new TreeSet<>();
        TreeSet<String> profiles = new TreeSet<>();
        int k = 0;
        for (Map.Entry<ChartKey, List<MetricSeries>> e : byChart.entrySet()) {
            ChartKey key = e.getKey();
            List<MetricSeries> lines = new ArrayList<>(e.getValue());
            lines.sort(LINE_ORDER);
            String id = "m" + k;
            json.raw(k == 0 ? "" : ",");
            charts.add(chart(json, id, key, lines, sortedPoints, runIndex, targets, detector, rows));
            suites.add(key.suite());
            branches.add(key.branch());
            profiles.add(key.profile());
            k++;
        }
        json.raw("]}");
        return new Page(input.title(), MINUTE.format(input.generatedAt()), Integer.toString(charts.size()),
                Integer.toString(input.series().size()), Integer.toString(allRuns.size()), List.copyOf(suites),
                List.copyOf(branches), List.copyOf(profiles), List.copyOf(charts), List.copyOf(rows), json.toString());
    }

    private static Chart chart(ScriptJson json, String id, ChartKey key, List<MetricSeries> lines,
                               Map<MetricSeries, List<MetricSeries.Point>> sortedPoints, Map<RunKey, Integer> runIndex,
                               Targets targets, ChangePointDetector detector, List<Row> rows) {
        Map<String, String> common = commonParams(lines);
        String name = common.isEmpty() ? key.name()
                : MetricId.of(lines.get(0).id().suite(), lines.get(0).id().benchmark(), lines.get(0).id().metric(),
                        common).canonical();
        Unit unit = key.unit();

        // x positions: a run, or the runs of several systems on one commit, share a slot
        record Slot(String key, int occurrence) {}
        Map<Slot, Instant> slotTimes = new LinkedHashMap<>();
        List<List<Slot>> slotsByLine = new ArrayList<>();
        for (MetricSeries s : lines) {
            Map<String, Integer> seen = new HashMap<>();
            List<Slot> slots = new ArrayList<>();
            for (MetricSeries.Point p : sortedPoints.get(s)) {
                String at = p.commit().map(c -> "c:" + c).orElse("r:" + p.runId());
                Slot slot = new Slot(at, seen.merge(at, 1, Integer::sum) - 1);
                slots.add(slot);
                slotTimes.merge(slot, p.timestamp(), (a, b) -> a.isBefore(b) ? a : b);
            }
            slotsByLine.add(slots);
        }
        List<Slot> order = new ArrayList<>(slotTimes.keySet());
        order.sort(Comparator.comparing((Slot s) -> slotTimes.get(s)).thenComparing(Slot::key)
                .thenComparing(Slot::occurrence));
        Map<Slot, Integer> slotIndex = new HashMap<>();
        order.forEach(s -> slotIndex.put(s, slotIndex.size()));

        List<EncodedLine> encoded = new ArrayList<>(lines.size());
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (MetricSeries s : lines) {
            EncodedLine line = EncodedLine.of(sortedPoints.get(s), unit);
            encoded.add(line);
            lowest = Math.min(lowest, line.lowest());
            highest = Math.max(highest, line.highest());
        }
        ChartScale scale = ChartScale.of(lowest, highest, unit);

        json.raw('{').key("id").value(id).raw(',').key("name").value(name).raw(',').key("branch").value(key.branch())
                .raw(',').key("unit").value(unit.name()).raw(',').key("n").value(order.size()).raw(',');
        json.key("y").raw('[').raw(ScriptNumbers.shortest(scale.min(), 6, x -> true)).raw(',')
                .raw(ScriptNumbers.shortest(scale.max(), 6, x -> true)).raw("],");
        if (scale.log()) {
            json.key("log").raw("true,");
        }
        json.key("ticks").raw('[');
        for (int i = 0; i < scale.ticks().size(); i++) {
            ChartScale.Tick t = scale.ticks().get(i);
            json.raw(i == 0 ? "" : ",").raw('[').raw(ScriptNumbers.shortest(t.value(), 6, x -> true)).raw(',')
                    .value(t.label()).raw(']');
        }
        json.raw("],").key("lines").raw('[');

        Set<String> systems = new TreeSet<>();
        lines.forEach(s -> systems.add(s.system()));
        Set<Direction> directions = new TreeSet<>();
        List<Legend> legend = new ArrayList<>(lines.size());
        List<Change> changes = new ArrayList<>();
        Set<String> runs = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            MetricSeries s = lines.get(i);
            List<MetricSeries.Point> points = sortedPoints.get(s);
            points.forEach(p -> runs.add(p.runId()));
            EncodedLine line = encoded.get(i);
            boolean directed = directed(s);
            directions.add(s.direction());
            String label = lineLabel(s, common);
            String style = "c" + (i % COLOURS) + " d" + ((i / COLOURS) % DASHES);
            List<ChangePoint> changePoints = detector.detect(line.values(), s.direction());

            json.raw(i == 0 ? "" : ",").raw('{').key("label").value(label).raw(',').key("style").value(style).raw(',');
            json.key("r").raw('[');
            int previous = 0;
            for (int j = 0; j < points.size(); j++) {
                int index = runIndex.get(key(points.get(j)));
                json.raw(j == 0 ? "" : ",").value(index - previous);
                previous = index;
            }
            json.raw(']');
            List<Slot> slots = slotsByLine.get(i);
            boolean consecutive = true;
            for (int j = 0; j < slots.size(); j++) {
                consecutive &= slotIndex.get(slots.get(j)) == j;
            }
            if (!consecutive || slots.size() != order.size()) {
                json.raw(',').key("x").raw('[');
                previous = 0;
                for (int j = 0; j < slots.size(); j++) {
                    int index = slotIndex.get(slots.get(j));
                    json.raw(j == 0 ? "" : ",").value(index - previous);
                    previous = index;
                }
                json.raw(']');
            }
            line.write(json);
            json.raw(',').key("cp").raw('[');
            for (int j = 0; j < changePoints.size(); j++) {
                ChangePoint c = changePoints.get(j);
                json.raw(j == 0 ? "" : ",").raw('[').value(c.index()).raw(',').value(kind(c, directed)).raw(']');
            }
            json.raw("]}");

            MetricSeries.Point newest = points.get(points.size() - 1);
            String newestText = HumanUnits.format(line.values()[line.values().length - 1], unit);
            Optional<Grade> grade = targets.tierFor(s.id()).filter(t -> t.accepts(unit))
                    .map(t -> t.grade(newest.value(), unit));
            String gradeLabel = grade.map(Grade::label).orElse("no target");
            String gradeClass = grade.map(Grade::label).orElse("none");
            legend.add(new Legend(style, label, newestText, gradeLabel, gradeClass));
            for (ChangePoint c : changePoints) {
                changes.add(new Change(kind(c, directed), (lines.size() > 1 ? label + ": " : "")
                        + describe(c, directed, points.get(c.index()), unit)));
            }
            String changeSummary = changePoints.isEmpty() ? "none"
                    : changePoints.size() + ", latest " + kind(changePoints.get(changePoints.size() - 1), directed) + " "
                            + HumanUnits.percentChange(changePoints.get(changePoints.size() - 1).relativeChange());
            rows.add(new Row(id, key.suite(), key.branch(), key.profile(), name, label, key.environment(),
                    Integer.toString(points.size()), newestText, newest.runId(), MINUTE.format(newest.timestamp()),
                    gradeLabel, gradeClass, changeSummary));
        }
        json.raw("]}");
        String direction = directions.size() == 1 && lines.stream().allMatch(DashboardView::directed)
                ? ", " + direction(directions.iterator().next()) : "";
        String caption = key.branch() + " · " + key.environment() + " · profile " + key.profile() + " · "
                + unit.label() + direction + " · " + runs.size() + (runs.size() == 1 ? " run" : " runs");
        return new Chart(id, name, key.suite(), key.branch(), key.environment(), key.profile(), caption,
                List.copyOf(legend), List.copyOf(changes));
    }

    /**
     * Whether a series says which way it improves. A count in the unit's default direction does not: a
     * number of messages per round or of regimes is neither better higher nor lower, and the unit's
     * default is only a default. Such a series gets no "lower is better" and its change points are a
     * rise or a fall, not a regression or an improvement.
     */
    static boolean directed(MetricSeries s) {
        return s.unit() != Unit.COUNT || s.direction() != Unit.COUNT.defaultDirection();
    }

    private static String kind(ChangePoint c, boolean directed) {
        return directed ? c.kind().label() : "change";
    }

    /** The parameters with the same value in every line. */
    private static Map<String, String> commonParams(List<MetricSeries> lines) {
        Map<String, String> common = new TreeMap<>(lines.get(0).id().params());
        for (MetricSeries s : lines) {
            common.entrySet().removeIf(e -> !e.getValue().equals(s.id().params().get(e.getKey())));
        }
        return common;
    }

    /** {@code reference}, or {@code reference · agents=100} where the lines differ in parameters. */
    private static String lineLabel(MetricSeries s, Map<String, String> common) {
        StringBuilder sb = new StringBuilder(s.system());
        List<String> own = new ArrayList<>();
        s.id().params().forEach((name, value) -> {
            if (!common.containsKey(name)) {
                own.add(name + "=" + value);
            }
        });
        if (!own.isEmpty()) {
            sb.append(" · ").append(String.join(", ", own));
        }
        return sb.toString();
    }

    private static int compareParams(MetricId a, MetricId b) {
        var i = a.params().entrySet().iterator();
        var j = b.params().entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            var x = i.next();
            var y = j.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c != 0) {
                return c;
            }
            c = compareValues(x.getValue(), y.getValue());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    }

    private static int compareValues(String a, String b) {
        try {
            int c = Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            return c != 0 ? c : a.compareTo(b);
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static RunKey key(MetricSeries.Point p) {
        return new RunKey(p.runId(), p.timestamp(), p.commit().orElse(""));
    }

    static String describe(ChangePoint c, boolean directed, MetricSeries.Point first, Unit unit) {
        String kind = directed ? (c.kind() == ChangePoint.Kind.REGRESSION ? "Regression" : "Improvement")
                : (c.after() >= c.before() ? "Rise" : "Fall");
        return kind + " from run " + first.runId() + first.commit().map(h -> " (commit " + shortCommit(h) + ")").orElse("")
                + " on " + MINUTE.format(first.timestamp()) + ": " + HumanUnits.format(c.before(), unit) + " → "
                + HumanUnits.format(c.after(), unit) + " (" + HumanUnits.percentChange(c.relativeChange()) + ")";
    }

    static String shortCommit(String commit) {
        return commit.length() <= SHORT_COMMIT ? commit : commit.substring(0, SHORT_COMMIT);
    }

    private static String direction(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
    }

    /**
     * One line's numbers as the data block holds them: each value with the fewest digits that still read
     * as the exact value does ({@link ScriptNumbers}), confidence intervals as distances below and above
     * (one array {@code e} when every interval is symmetric, else {@code lo} and {@code hi} with
     * {@code null} where a bound is unknown; nothing when no point has one). {@code values} are the values
     * the script sees, so the page's own labels and the script's agree.
     */
    private record EncodedLine(String[] valueText, double[] values, String[] below, String[] above, boolean any,
                               boolean symmetric, double lowest, double highest) {

        static EncodedLine of(List<MetricSeries.Point> points, Unit unit) {
            int n = points.size();
            String[] valueText = new String[n];
            double[] values = new double[n];
            String[] below = new String[n];
            String[] above = new String[n];
            boolean any = false;
            boolean symmetric = true;
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                MetricSeries.Point p = points.get(i);
                String label = HumanUnits.format(p.value(), unit);
                valueText[i] = ScriptNumbers.shortest(p.value(), ScriptNumbers.VALUE_DIGITS,
                        x -> HumanUnits.format(x, unit).equals(label));
                double v = Double.parseDouble(valueText[i]);
                values[i] = v;
                lowest = Math.min(lowest, v);
                highest = Math.max(highest, v);
                below[i] = p.ciLower().map(lo -> distance(v, v - lo, -1, lo, unit)).orElse("null");
                above[i] = p.ciUpper().map(hi -> distance(v, hi - v, 1, hi, unit)).orElse("null");
                if (!below[i].equals("null")) {
                    lowest = Math.min(lowest, v - Double.parseDouble(below[i]));
                }
                if (!above[i].equals("null")) {
                    highest = Math.max(highest, v + Double.parseDouble(above[i]));
                }
                any |= p.ciLower().isPresent() || p.ciUpper().isPresent();
                symmetric &= below[i].equals(above[i]) && !below[i].equals("null");
            }
            return new EncodedLine(valueText, values, below, above, any, symmetric, lowest, highest);
        }

        /** The distance from {@code v} to a bound, short, such that {@code v ± distance} reads as the bound does. */
        private static String distance(double v, double distance, int sign, double bound, Unit unit) {
            String label = HumanUnits.format(bound, unit);
            return ScriptNumbers.shortest(Math.max(0, distance), ScriptNumbers.DISTANCE_DIGITS,
                    d -> HumanUnits.format(sign < 0 ? v - d : v + d, unit).equals(label));
        }

        void write(ScriptJson json) {
            array(json.raw(',').key("v"), valueText);
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
    }
}
