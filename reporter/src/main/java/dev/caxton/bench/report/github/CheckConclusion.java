package dev.caxton.bench.report.github;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;

/** The conclusion of a completed check run. */
public enum CheckConclusion {
    SUCCESS("success"),
    FAILURE("failure"),
    NEUTRAL("neutral");

    private final String label;

    CheckConclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Failure when {@code policy} fails the comparison; neutral without a baseline; success otherwise. */
    public static CheckConclusion of(Comparison comparison, FailPolicy policy) {
        if (comparison.fails(policy)) {
            return FAILURE;
        }
        return comparison.baseline().isEmpty() ? NEUTRAL : SUCCESS;
    }
}
