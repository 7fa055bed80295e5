package dev.caxton.bench.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.caxton.bench.target.Grade;

/**
 * When a command that completed still fails the build (the {@code --fail-on} of {@code run}, {@code compare},
 * {@code report}, {@code ci} and {@code publish}): each level includes the ones before it. The levels look at
 * three things: failed benchmarks, the grades of the current values, and the comparison with the baseline.
 */
public enum FailPolicy {
    /** Nothing fails the build. */
    NEVER("never"),
    /** A benchmark that failed (threw, hung or ran out of time), or a result file that could not be read. */
    ERROR("error"),
    /** ... or a value that grades {@link Grade#FAILING} (worse than the critical tier). */
    FAILING("failing"),
    /**
     * ... or a value that grades {@link Grade#CRITICAL}, or a critical regression against the baseline (beyond
     * the fail threshold, or a grade that fell to critical or failing).
     */
    CRITICAL("critical"),
    /** ... or any regression against the baseline (beyond the threshold and the noise) or a worse grade. */
    REGRESSION("regression"),
    /** ... or a value that misses its target at all. */
    ACCEPTABLE("acceptable");

    private final String label;

    FailPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when a failed benchmark fails the build. */
    public boolean failsOnBenchmarkFailure() {
        return this != NEVER;
    }

    /** True when a current value graded {@code grade} fails the build. */
    public boolean failsOn(Grade grade) {
        return switch (this) {
            case NEVER, ERROR -> false;
            case FAILING -> grade == Grade.FAILING;
            case CRITICAL, REGRESSION -> grade == Grade.FAILING || grade == Grade.CRITICAL;
            case ACCEPTABLE -> grade != Grade.TARGET;
        };
    }

    /** True when this metric's comparison with the baseline fails the build. */
    public boolean failsOn(MetricComparison metric) {
        return switch (this) {
            case NEVER, ERROR, FAILING -> false;
            case CRITICAL -> metric.critical();
            case REGRESSION, ACCEPTABLE -> metric.isRegression();
        };
    }

    /** True when the comparison with the baseline fails the build: one of its metrics does. */
    public boolean failsOn(Comparison comparison) {
        return comparison.metrics().stream().anyMatch(this::failsOn);
    }

    /**
     * True when a comparison known only by its counts fails the build: {@code regressions} metrics that count
     * against the change, {@code critical} of them critical (what {@code publish} reads beside a report).
     */
    public boolean failsOnCounts(long regressions, long critical) {
        return switch (this) {
            case NEVER, ERROR, FAILING -> false;
            case CRITICAL -> critical > 0;
            case REGRESSION, ACCEPTABLE -> regressions > 0;
        };
    }

    /**
     * The level labelled {@code text} (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the known levels
     */
    public static FailPolicy fromLabel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown --fail-on level '" + text
                        + "'. Known levels are: " + Arrays.stream(values()).map(FailPolicy::label)
                        .collect(Collectors.joining(", "))));
    }
}
