package dev.caxton.bench.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Targets;
import dev.caxton.bench.target.Tier;

/**
 * The graded summary printed after {@code run}: one row per metric with its value in human units,
 * its tier and its grade; for several systems run side by side, one value column per system. Then
 * the count of grades and the failed benchmarks with their causes. Names that come from users
 * (systems, benchmarks, metrics, causes) lose their control characters.
 *
 * <p>The metric column names a metric without its suite ({@link #metricName}), and shortens the
 * package of a JMH benchmark's full name to initials, all but its last part, as loggers shorten class
 * names: {@code jmh/dev.caxton.bench.agent.jmh.MessageThroughputBenchmark.throughput/thrpt} reads
 * {@code d.c.b.a.jmh.MessageThroughputBenchmark.throughput/thrpt} ({@link #displayNames}). The short
 * name depends on the id alone, so a metric reads the same in every summary; where two benchmarks of
 * one table would read the same, both keep their full names. Only the table is shortened: run files,
 * targets, {@code --fail-on} messages and the failures below the table use the full id.
 *
 * <p>The table lists at most {@link Defaults#SUMMARY_METRICS} metrics, the first in the order seen: a
 * larger summary (an import of 700,000 metrics) lists those, then one line with the count of the
 * others, which are in the run file; the grades line counts every value.
 */
final class SummaryTable {
    static final String NOT_MEASURED = "not measured";
    private static final String GAP = "   ";
    private static final String NO_TIER = "-";

    private final Grading grading;
    private final Style style;
    private final int maxMetrics;

    SummaryTable(Grading grading, Style style) {
        this(grading, style, Defaults.SUMMARY_METRICS);
    }

    /** A summary whose table lists at most {@code maxMetrics} metrics. */
    SummaryTable(Grading grading, Style style, int maxMetrics) {
        if (maxMetrics < 1) {
            throw new IllegalArgumentException("A summary lists at least one metric, not " + maxMetrics);
        }
        this.grading = grading;
        this.style = style;
        this.maxMetrics = maxMetrics;
    }

    /** The summary of runs of one suite and profile, one run per system, in the order given. */
    String render(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("A summary needs at least one run");
        }
        StringBuilder sb = new StringBuilder();
        header(sb, runs);
        sb.append('\n');
        Graded graded = grade(runs);
        Map<MetricId, Row> rows = graded.rows();
        if (rows.isEmpty()) {
            sb.append("No measurements.\n");
        } else if (runs.size() == 1) {
            singleTable(sb, rows);
        } else {
            sideBySideTable(sb, runs, rows);
        }
        if (graded.unlisted() > 0) {
            sb.append(String.format(Locale.ROOT, "… and %,d more %s, not listed: the run %s every one\n",
                    graded.unlisted(), graded.unlisted() == 1 ? "metric" : "metrics",
                    runs.size() == 1 ? "file holds" : "files hold"));
        }
        gradeCounts(sb, graded);
        failures(sb, runs);
        return sb.toString();
    }

    private void header(StringBuilder sb, List<Run> runs) {
        RunInfo first = runs.get(0).info();
        String systems = runs.size() == 1 ? clean(first.system())
                : runs.size() + " systems: " + runs.stream().map(r -> clean(r.info().system()))
                .collect(Collectors.joining(", "));
        sb.append(style.bold(clean(first.suite()) + " suite · " + clean(first.profile().label()) + " profile · "
                + systems));
        if (runs.size() == 1) {
            sb.append(style.dim(" · run " + clean(first.runId().value())));
        }
        sb.append('\n');
        List<String> where = new ArrayList<>();
        first.commit().ifPresent(c -> where.add("commit " + clean(c.length() > 12 ? c.substring(0, 12) : c)
                + first.branch().map(b -> " (" + clean(b) + ")").orElse("")));
        if (first.commit().isEmpty()) {
            first.branch().ifPresent(b -> where.add("branch " + clean(b)));
        }
        first.pullRequest().ifPresent(pr -> where.add("PR #" + pr));
        Environment env = first.environment();
        where.add(clean(env.os()) + ", " + env.cores() + (env.cores() == 1 ? " core" : " cores") + ", "
                + clean(env.cpuModel()));
        where.add(clean(env.jvmVendor()) + " " + clean(env.jvmVersion()));
        sb.append(style.dim(String.join(" · ", where))).append('\n');
    }

    /** A value with its grade, and whether it is a time or size of zero that a tier would grade. */
    private record Value(Measurement measurement, Optional<Grade> grade, boolean unmeasured) {}

    /** One metric of the table: its tier, and each run's value of it, in the order of the runs. */
    private record Row(Optional<Tier> tier, List<Optional<Value>> values) {}

    /**
     * The rows of the table, the count of metrics left out of it, and every value of each run (a run
     * may hold a metric twice; the table shows the first).
     */
    private record Graded(Map<MetricId, Row> rows, int unlisted, List<List<Value>> values) {}

    /**
     * Every metric of every run, in the order first seen, with each run's value of it. Each metric's
     * tier is looked up once and each value graded once, and each run is indexed once instead of
     * searched per metric: a summary of N metrics costs O(N). Only the listed metrics are indexed and made rows.
     */
    private Graded grade(List<Run> runs) {
        int count = runs.stream().mapToInt(r -> r.measurements().size()).max().orElse(0);
        Map<MetricId, Optional<Tier>> tiers = new LinkedHashMap<>(count * 4 / 3 + 1); // sized once: the largest run's count
        List<List<Value>> values = new ArrayList<>(runs.size());
        for (Run run : runs) {
            List<Value> graded = new ArrayList<>(run.measurements().size());
            for (Measurement m : run.measurements()) {
                Optional<Tier> tier = tiers.computeIfAbsent(m.id(), grading::tierFor);
                graded.add(new Value(m, grading.grade(m, tier), Targets.measuredNothing(m) && tier.isPresent()));
            }
            values.add(graded);
        }
        Map<MetricId, Optional<Tier>> listed = new LinkedHashMap<>();
        for (Map.Entry<MetricId, Optional<Tier>> e : tiers.entrySet()) {
            if (listed.size() == maxMetrics) {
                break;
            }
            listed.put(e.getKey(), e.getValue());
        }
        List<Map<MetricId, Value>> byId = new ArrayList<>(runs.size());
        for (List<Value> run : values) {
            Map<MetricId, Value> index = new HashMap<>();
            for (Value v : run) {
                if (listed.containsKey(v.measurement().id())) {
                    index.putIfAbsent(v.measurement().id(), v);
                }
            }
            byId.add(index);
        }
        Map<MetricId, Row> rows = new LinkedHashMap<>();
        listed.forEach((id, tier) -> rows.put(id, new Row(tier,
                byId.stream().map(index -> Optional.ofNullable(index.get(id))).toList())));
        return new Graded(rows, tiers.size() - rows.size(), values);
    }

    private void singleTable(StringBuilder sb, Map<MetricId, Row> rows) {
        Map<MetricId, String> names = displayNames(rows.keySet());
        List<String[]> cells = new ArrayList<>();
        List<Optional<Grade>> grades = new ArrayList<>();
        cells.add(new String[] {"metric", "value", "target tier", "grade"});
        grades.add(Optional.empty());
        rows.forEach((id, row) -> {
            Value v = row.values().get(0).orElseThrow();
            Measurement m = v.measurement();
            Optional<Grade> g = v.grade();
            cells.add(new String[] {names.get(id), HumanUnits.format(m.value(), m.unit()), tierText(row.tier()),
                    g.map(SummaryTable::gradeText).orElse(v.unmeasured() ? NOT_MEASURED : "")});
            grades.add(g);
        });
        int[] widths = widths(cells);
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            line.setLength(0);
            for (int c = 0; c < row.length - 1; c++) {
                padRight(line, row[c], widths[c]).append(GAP);
            }
            String last = row[row.length - 1];
            Optional<Grade> g = grades.get(r);
            line.append(g.isPresent() ? style.grade(g.get(), last) : last);
            appendLine(sb, line, r == 0);
        }
    }

    private void sideBySideTable(StringBuilder sb, List<Run> runs, Map<MetricId, Row> rows) {
        int n = runs.size();
        Map<MetricId, String> names = displayNames(rows.keySet());
        List<String[]> cells = new ArrayList<>();
        List<List<Optional<Grade>>> grades = new ArrayList<>();
        String[] head = new String[n + 2];
        head[0] = "metric";
        head[1] = "target tier";
        for (int i = 0; i < n; i++) {
            head[i + 2] = clean(runs.get(i).info().system());
        }
        cells.add(head);
        grades.add(List.of());
        rows.forEach((id, metric) -> {
            String[] row = new String[n + 2];
            List<Optional<Grade>> rowGrades = new ArrayList<>();
            row[0] = names.get(id);
            row[1] = tierText(metric.tier());
            for (int i = 0; i < n; i++) {
                Optional<Value> value = metric.values().get(i);
                Optional<Grade> g = value.flatMap(Value::grade);
                rowGrades.add(g);
                row[i + 2] = value.map(v -> g.map(Grade::symbol).map(s -> TerminalText.padRight(s, 2)).orElse("  ")
                        + " " + HumanUnits.format(v.measurement().value(), v.measurement().unit())
                        + (v.unmeasured() ? " (" + NOT_MEASURED + ")" : "")).orElse("   " + NO_TIER);
            }
            cells.add(row);
            grades.add(rowGrades);
        });
        int[] widths = widths(cells);
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            line.setLength(0);
            for (int c = 0; c < row.length; c++) {
                boolean last = c == row.length - 1;
                String padded = last ? row[c] : TerminalText.padRight(row[c], widths[c]);
                Optional<Grade> g = r == 0 || c < 2 ? Optional.empty() : grades.get(r).get(c - 2);
                line.append(g.isPresent() ? style.grade(g.get(), padded) : padded);
                if (!last) {
                    line.append(GAP);
                }
            }
            appendLine(sb, line, r == 0);
        }
    }

    /** {@code text} padded to {@code columns} display columns, appended to {@code line}. */
    private static StringBuilder padRight(StringBuilder line, String text, int columns) {
        line.append(text);
        for (int pad = columns - TerminalText.width(text); pad > 0; pad--) {
            line.append(' ');
        }
        return line;
    }

    /** The line without its trailing spaces, bold for the header, then a line break. */
    private void appendLine(StringBuilder sb, StringBuilder line, boolean header) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        line.setLength(end);
        if (header) {
            sb.append(style.bold(line.toString()));
        } else {
            sb.append(line);
        }
        sb.append('\n');
    }

    private void gradeCounts(StringBuilder sb, Graded graded) {
        if (graded.rows().isEmpty()) {
            return;
        }
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        int ungraded = 0;
        int unmeasured = 0;
        for (List<Value> run : graded.values()) {
            for (Value v : run) {
                Optional<Grade> g = v.grade();
                if (g.isPresent()) {
                    counts.merge(g.get(), 1, Integer::sum);
                } else if (v.unmeasured()) {
                    unmeasured++;
                } else {
                    ungraded++;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            parts.add(style.grade(g, counts.getOrDefault(g, 0) + " " + g.label()));
        }
        sb.append('\n').append("Grades: ").append(String.join(", ", parts));
        if (unmeasured > 0) {
            sb.append("; ").append(style.red(unmeasured + (unmeasured == 1 ? " value was" : " values were")
                    + " not measured (a time or size of zero)"));
        }
        if (ungraded > 0) {
            sb.append("; ").append(ungraded).append(ungraded == 1 ? " value has" : " values have").append(" no tier");
        }
        sb.append('\n');
    }

    private void failures(StringBuilder sb, List<Run> runs) {
        List<String> lines = new ArrayList<>();
        for (Run run : runs) {
            for (BenchmarkFailure f : run.failures()) {
                String who = runs.size() == 1 ? clean(f.benchmark())
                        : clean(run.info().system()) + " · " + clean(f.benchmark());
                List<String> cause = f.cause().strip().lines().map(TerminalText::sanitize).toList();
                lines.add("  " + style.red("✗ " + who) + ": " + (cause.isEmpty() ? "(no cause given)" : cause.get(0)));
                cause.stream().skip(1).forEach(l -> lines.add("      " + l));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        long count = runs.stream().mapToLong(r -> r.failures().size()).sum();
        sb.append('\n').append(style.red(count + (count == 1 ? " benchmark failed:" : " benchmarks failed:")))
                .append('\n');
        lines.forEach(l -> sb.append(l).append('\n'));
    }

    private static String tierText(Optional<Tier> tier) {
        return tier.map(SummaryTable::tier).orElse(NO_TIER);
    }

    /** {@code ≥ 100K / 50K / 10K msg/s}; the unit is written once when the three share it. */
    static String tier(Tier tier) {
        String sign = tier.direction() == Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ";
        List<HumanUnits.Parts> parts = List.of(HumanUnits.parts(tier.target(), tier.unit()),
                HumanUnits.parts(tier.acceptable(), tier.unit()), HumanUnits.parts(tier.critical(), tier.unit()));
        boolean shared = parts.stream().map(HumanUnits.Parts::suffix).distinct().count() == 1;
        if (shared) {
            String numbers = parts.stream().map(HumanUnits.Parts::number).collect(Collectors.joining(" / "));
            return sign + new HumanUnits.Parts(numbers, parts.get(0).suffix()).text();
        }
        return sign + parts.stream().map(HumanUnits.Parts::text).collect(Collectors.joining(" / "));
    }

    static String gradeText(Grade grade) {
        return grade.symbol() + " " + grade.label();
    }

    /** The id without its suite: {@code benchmark/metric[params]}. */
    static String metricName(MetricId id) {
        String canonical = id.canonical();
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                return clean(canonical.substring(i + 1));
            }
        }
        return clean(canonical);
    }

    /**
     * The metric column's name of each id: {@link #metricName}, with the package of a JMH benchmark
     * (suite {@code jmh}, a benchmark named {@code package.Class.method}) shortened to initials but its
     * last part. Two benchmarks that would read the same keep their full names.
     */
    static Map<MetricId, String> displayNames(java.util.Collection<MetricId> ids) {
        Map<String, java.util.Set<String>> fullNamesByShort = new java.util.HashMap<>();
        for (MetricId id : ids) {
            abbreviated(id).ifPresent(s -> fullNamesByShort.computeIfAbsent(s, k -> new java.util.HashSet<>())
                    .add(id.benchmark()));
        }
        Map<MetricId, String> names = new LinkedHashMap<>();
        for (MetricId id : ids) {
            Optional<String> shortName = abbreviated(id).filter(s -> fullNamesByShort.get(s).size() == 1);
            names.put(id, metricName(shortName.map(s -> new MetricId(id.suite(), s, id.metric(), id.params())).orElse(id)));
        }
        return names;
    }

    /** {@code d.c.b.a.jmh.Bench.method} for a JMH benchmark {@code dev.caxton.bench.agent.jmh.Bench.method}. */
    private static Optional<String> abbreviated(MetricId id) {
        if (!id.suite().equals("jmh")) {
            return Optional.empty();
        }
        String[] parts = id.benchmark().split("\\.", -1);
        int packages = 0;
        while (packages < parts.length && isPackagePart(parts[packages])) {
            packages++;
        }
        // package.Class.method: at least two package parts (the last is kept), then a class, then the rest
        if (packages < 2 || parts.length - packages < 2 || !Character.isUpperCase(parts[packages].codePointAt(0))) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(i < packages - 1 ? parts[i].substring(0, Character.charCount(parts[i].codePointAt(0))) : parts[i]);
        }
        return Optional.of(sb.toString());
    }

    private static boolean isPackagePart(String part) {
        return !part.isEmpty() && Character.isLowerCase(part.codePointAt(0))
                && part.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    private static int[] widths(List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                w[c] = Math.max(w[c], TerminalText.width(row[c]));
            }
        }
        return w;
    }

    private static String clean(String s) {
        return TerminalText.sanitize(s);
    }
}
