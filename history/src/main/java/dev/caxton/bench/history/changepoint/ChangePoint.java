package dev.caxton.bench.history.changepoint;

import java.util.Objects;

/**
 * A detected change in a series: the values from {@code index} on differ from those before it.
 *
 * @param index          the first point after the change (1 .. length - 1)
 * @param before         mean of the segment before the change (back to the previous change point)
 * @param after          mean of the segment after the change (up to the next change point)
 * @param relativeChange {@code (after - before) / |before|}; infinite when {@code before} is zero
 * @param pValue         two-sided p-value of the t-test between the two segments
 * @param kind           whether the change is a regression or an improvement for the metric's direction
 */
public record ChangePoint(int index, double before, double after, double relativeChange, double pValue,
                          Kind kind) {

    /** Whether a change makes the metric worse or better. */
    public enum Kind {
        REGRESSION("regression"),
        IMPROVEMENT("improvement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The lower-case label used in reports. */
        public String label() {
            return label;
        }
    }

    public ChangePoint {
        if (index < 1) {
            throw new IllegalArgumentException("A change point index is at least 1 (the first point after the change), got "
                    + index);
        }
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            throw new IllegalArgumentException("The means around a change point must be finite, got before=" + before
                    + ", after=" + after);
        }
        if (Double.isNaN(relativeChange)) {
            throw new IllegalArgumentException("The relative change of a change point cannot be NaN");
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("A p-value lies in [0, 1], got " + pValue);
        }
        Objects.requireNonNull(kind, "kind");
    }
}
