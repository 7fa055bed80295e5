package dev.caxton.bench.compare;

import java.util.Optional;

import dev.caxton.bench.model.Run;

/** Compares runs. SKELETON: the engine helper implements this. */
public final class Comparisons {
    private Comparisons() {}

    /**
     * Compares {@code current} with {@code baseline} metric by metric (the union of both runs' metrics, in
     * canonical order). {@code noise} holds the baseline branch's recent values for single-value metrics.
     */
    public static Comparison compare(Run current, Optional<Run> baseline, NoiseHistory noise,
                                     ComparisonSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }
}
