package dev.caxton.bench.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.caxton.bench.target.Grade;

/**
 * When {@code run} exits with 1 although it completed: each level includes the ones before it.
 * The default, {@link #ERROR}, fails when a benchmark failed (threw, hung or ran out of time).
 */
enum FailOn {
    /** Exit 0 whenever the run files were written. */
    NEVER("never"),
    /** Exit 1 when a benchmark failed. */
    ERROR("error"),
    /** ... or a value grades {@link Grade#FAILING} (worse than the critical tier). */
    FAILING("failing"),
    /** ... or a value grades {@link Grade#CRITICAL}. */
    CRITICAL("critical"),
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
            case CRITICAL -> grade == Grade.FAILING || grade == Grade.CRITICAL;
            case ACCEPTABLE -> grade != Grade.TARGET;
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
