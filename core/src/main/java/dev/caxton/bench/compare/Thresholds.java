package dev.caxton.bench.compare;

import java.nio.file.Path;

import dev.caxton.bench.model.MetricId;

/**
 * Relative-change thresholds per metric: the guide's default of 10% for "changed", a separate, larger
 * one for "critical" (fails the build under {@link FailPolicy#CRITICAL}), each overridable per metric glob
 * (the same globs as targets) from the configuration file. The last matching entry wins.
 *
 * <p>SKELETON: the engine helper implements this class (entries, globs, file lines).
 */
public final class Thresholds {
    /** The guide's default threshold: 10%. */
    public static final double DEFAULT_THRESHOLD = 0.10;
    /** The default threshold for a critical regression: 25%. */
    public static final double DEFAULT_FAIL_THRESHOLD = 0.25;

    private Thresholds() {}

    public static Thresholds defaults() {
        return new Thresholds();
    }

    /** Reads {@code threshold} and {@code fail-threshold} lines of a configuration file. */
    public static Thresholds load(Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A copy where metrics matching {@code glob} use {@code threshold} (0.05 = 5%). */
    public Thresholds withThreshold(String glob, double threshold) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A copy where metrics matching {@code glob} are critical beyond {@code failThreshold}. */
    public Thresholds withFailThreshold(String glob, double failThreshold) {
        throw new UnsupportedOperationException("not yet");
    }

    public double threshold(MetricId id) {
        return DEFAULT_THRESHOLD;
    }

    public double failThreshold(MetricId id) {
        return DEFAULT_FAIL_THRESHOLD;
    }
}
