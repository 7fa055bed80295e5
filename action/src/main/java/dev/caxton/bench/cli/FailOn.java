package dev.caxton.bench.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.target.Grade;

/**
 * When a command exits with 1 although it completed: each level includes the ones before it.
 * {@code run}'s default, {@link #ERROR}, fails when a benchmark failed (threw, hung or ran out of time);
 * {@code compare} and {@code report} default to {@link #NEVER}.
 */
enum FailOn {
    /** Exit 0 whenever the run files were written. */
    NEVER("never"),
    /** Exit 1 when a benchmark failed. */
    ERROR("error"),
    /** ... or a value grades {@link Grade#FAILING} (worse than the critical tier). */
    FAILING("failing"),
    /**
     * ... or a value grades {@link Grade#CRITICAL}, or the comparison with the baseline finds a critical
     * regression (beyond the fail threshold, or a grade that fell to critical or failing).
     */
    CRITICAL("critical"),
    /** ... or the comparison finds any regression (beyond the threshold and the noise) or a worse grade. */
    REGRESSION("regression"),
    /** ... or a value misses its target at all. */
    ACCEPTABLE("acceptable");

    private final String label;

    FailOn(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean failsOnBenchmarkFailure() {
        return this != NEVER;
    }

    /** True when a value with {@code grade} makes the run fail. */
    boolean failsOn(Grade grade) {
        return switch (this) {
            case NEVER, ERROR -> false;
            case FAILING -> grade == Grade.FAILING;
            case CRITICAL, REGRESSION -> grade == Grade.FAILING || grade == Grade.CRITICAL;
            case ACCEPTABLE -> grade != Grade.TARGET;
        };
    }

    /** True when the comparison with the baseline makes the command fail. */
    boolean failsOn(Comparison comparison) {
        return switch (this) {
            case NEVER, ERROR, FAILING -> false;
            case CRITICAL -> comparison.fails(FailPolicy.CRITICAL);
            case REGRESSION, ACCEPTABLE -> comparison.fails(FailPolicy.REGRESSION);
        };
    }

    static FailOn fromLabel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown --fail-on level '" + text
                        + "'. Known levels are: " + Arrays.stream(values()).map(FailOn::label)
                        .collect(Collectors.joining(", "))));
    }
}
