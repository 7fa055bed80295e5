package dev.caxton.bench.compare;

import java.util.Objects;

import dev.caxton.bench.target.Targets;

/**
 * How to compare: thresholds, targets for grades, the significance level of the two-sample test, the
 * bootstrap's resamples and seed (a comparison is deterministic), and how many times the history's noise
 * (1.4826 × MAD, floored by the range for short histories) a change must exceed — widened for histories
 * of few points, see the {@linkplain dev.caxton.bench.compare package} documentation.
 */
public record ComparisonSettings(Thresholds thresholds, Targets targets, double alpha, int bootstrapResamples,
                                 long seed, double noiseMads) {
    public ComparisonSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(targets, "targets");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, got " + alpha);
        }
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("bootstrapResamples cannot be negative, got " + bootstrapResamples);
        }
        if (!(noiseMads > 0)) {
            throw new IllegalArgumentException("noiseMads must be positive, got " + noiseMads);
        }
    }

    /** Default thresholds, the given targets, alpha 0.01, 2,000 resamples, seed 1, 3 MADs. */
    public static ComparisonSettings defaults(Targets targets) {
        return new ComparisonSettings(Thresholds.defaults(), targets, 0.01, 2_000, 1L, 3.0);
    }
}
