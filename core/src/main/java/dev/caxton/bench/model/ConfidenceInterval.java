package dev.caxton.bench.model;

/** A confidence interval {@code [lower, upper]} at {@code level} (for example 0.95). */
public record ConfidenceInterval(double lower, double upper, double level) {
    public ConfidenceInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("A confidence interval needs lower <= upper, got [" + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("A confidence level lies strictly between 0 and 1, got " + level);
        }
    }
}
