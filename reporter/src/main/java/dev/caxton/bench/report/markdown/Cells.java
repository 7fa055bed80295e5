package dev.caxton.bench.report.markdown;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.report.format.Sparkline;
import dev.caxton.bench.target.Grade;

/** The text of each table cell, computed from one metric's comparison. Locale-independent. */
final class Cells {
    /** What an absent value, change, grade or trend shows. */
    static final String NONE = "—";
    /** A trend shows at most this many of the newest points. */
    static final int TREND_POINTS = 20;
    /** Names longer than this many code points are cut, so one name cannot fill a comment. */
    static final int NAME_LIMIT = 160;

    private Cells() {}

    /**
     * A metric's name without its suite: {@code benchmark/metric}, then its parameters in parentheses,
     * {@code message_throughput/throughput (agents=1000, payload=100)}.
     */
    static String name(MetricId id) {
        String base = id.benchmark() + "/" + id.metric();
        if (id.params().isEmpty()) {
            return base;
        }
        return base + " (" + id.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    static String value(Optional<Measurement> m) {
        return m.map(v -> HumanUnits.format(v.value(), v.unit())).orElse(NONE);
    }

    /**
     * The relative change as a signed percentage: one decimal below 100% ({@code +15.0%}, {@code -1.7%}),
     * whole percents from there ({@code +250%}), {@code 0.0%} when it rounds to nothing. Half away from
     * zero. {@code n/a} when both values exist but the change has no meaning (a zero baseline), a dash
     * for a new or missing metric.
     */
    static String change(MetricComparison m) {
        if (m.relativeChange().isPresent()) {
            return percent(m.relativeChange().getAsDouble());
        }
        return m.baseline().isPresent() && m.current().isPresent() ? "n/a" : NONE;
    }

    /** The minimum detectable effect as {@code ≥ 3.0%}; a dash when the verdict states none. */
    static String detectable(MetricComparison m) {
        return m.detectable().isPresent() ? "≥ " + percent(m.detectable().getAsDouble()).substring(1) : NONE;
    }

    static String percent(double relative) {
        if (Double.isNaN(relative)) {
            return "n/a";
        }
        if (Double.isInfinite(relative)) {
            return relative > 0 ? "+∞%" : "-∞%";
        }
        BigDecimal pct = new BigDecimal(relative).movePointRight(2);
        BigDecimal rounded = pct.abs().compareTo(BigDecimal.valueOf(9995, 2)) >= 0
                ? pct.setScale(0, RoundingMode.HALF_UP)
                : pct.setScale(1, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0.0%";
        }
        return (rounded.signum() > 0 ? "+" : "-") + rounded.abs().toPlainString() + "%";
    }

    /** The verdict's label; {@code (critical)} after a critical regression, {@code (grade)} after a worse grade alone. */
    static String verdict(MetricComparison m, Flavour flavour) {
        if (m.verdict() != Verdict.REGRESSION && m.gradeWorsened()) {
            return flavour.labelled(Verdict.REGRESSION.symbol(), "regression (grade)");
        }
        String label = m.verdict().label() + (m.verdict() == Verdict.REGRESSION && m.critical() ? " (critical)" : "");
        return flavour.labelled(m.verdict().symbol(), label);
    }

    /** The current grade, or {@code baseline → current} when it changed; a dash without grades. */
    static String grade(MetricComparison m, Flavour flavour) {
        Optional<Grade> before = m.baselineGrade();
        Optional<Grade> now = m.currentGrade();
        if (now.isEmpty()) {
            return before.map(g -> grade(g, flavour) + " → " + NONE).orElse(NONE);
        }
        if (before.isPresent() && before.get() != now.get()) {
            return grade(before.get(), flavour) + " → " + grade(now.get(), flavour);
        }
        return grade(now.get(), flavour);
    }

    private static String grade(Grade g, Flavour flavour) {
        return flavour.labelled(g.symbol(), g.label());
    }

    /** A sparkline of the newest {@link #TREND_POINTS} values; a dash without history. */
    static String trend(Map<MetricId, List<Double>> trends, MetricId id) {
        List<Double> values = trends.getOrDefault(id, List.of());
        if (values.isEmpty()) {
            return NONE;
        }
        List<Double> newest = values.subList(Math.max(0, values.size() - TREND_POINTS), values.size());
        double[] array = new double[newest.size()];
        for (int i = 0; i < array.length; i++) {
            Double v = newest.get(i);
            array[i] = v == null ? Double.NaN : v;
        }
        // a gap would be a space, which a Markdown table trims at the ends; keep the width visible
        return Sparkline.of(array).replace(' ', '·');
    }

    static OptionalDouble magnitude(MetricComparison m) {
        return m.relativeChange().isPresent() ? OptionalDouble.of(Math.abs(m.relativeChange().getAsDouble()))
                : OptionalDouble.empty();
    }
}
