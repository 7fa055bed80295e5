package dev.caxton.bench.target;

import java.util.Objects;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Unit;

/**
 * Three thresholds in one unit and direction: a value at least as good as {@code target} grades
 * {@link Grade#TARGET}, then {@code acceptable}, then {@code critical}; worse grades {@link Grade#FAILING}.
 * {@code label} is the guide's name for the row (for example "Message Throughput").
 *
 * <p>The thresholds must be ordered with the direction: for {@link Direction#HIGHER_IS_BETTER},
 * {@code target >= acceptable >= critical}; for {@link Direction#LOWER_IS_BETTER}, the reverse. A value
 * equal to a threshold meets it.
 */
public record Tier(String label, double target, double acceptable, double critical, Unit unit, Direction direction) {
    public Tier {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A tier needs a label, for example \"Message Throughput\"");
        }
        for (double v : new double[] {target, acceptable, critical}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("The thresholds of tier '" + label + "' must be finite numbers, got "
                        + target + " / " + acceptable + " / " + critical);
            }
        }
        boolean ordered = direction == Direction.HIGHER_IS_BETTER
                ? target >= acceptable && acceptable >= critical
                : target <= acceptable && acceptable <= critical;
        if (!ordered) {
            throw new IllegalArgumentException("The thresholds of tier '" + label + "' are " + target + " / " + acceptable
                    + " / " + critical + " " + unit.label() + " but " + direction.label() + " is better, so they must "
                    + (direction == Direction.HIGHER_IS_BETTER ? "decrease" : "increase")
                    + " from target to acceptable to critical");
        }
    }

    /** A tier in the unit's default direction. */
    public static Tier of(String label, double target, double acceptable, double critical, Unit unit) {
        return new Tier(label, target, acceptable, critical, unit, unit.defaultDirection());
    }

    /** True when a value in {@code valueUnit} can be graded by this tier (same unit, or both units of time). */
    public boolean accepts(Unit valueUnit) {
        return valueUnit == unit || (valueUnit.kind() == Unit.Kind.TIME && unit.kind() == Unit.Kind.TIME);
    }

    /**
     * The grade of {@code value} measured in {@code valueUnit}, converted to this tier's unit first.
     *
     * @throws IllegalArgumentException when the units do not convert into each other
     */
    public Grade grade(double value, Unit valueUnit) {
        if (!accepts(valueUnit)) {
            throw new IllegalArgumentException("Cannot grade a value in " + valueUnit.label() + " against tier '" + label
                    + "' in " + unit.label());
        }
        double v = valueUnit.convert(value, unit);
        if (meets(v, target)) {
            return Grade.TARGET;
        }
        if (meets(v, acceptable)) {
            return Grade.ACCEPTABLE;
        }
        if (meets(v, critical)) {
            return Grade.CRITICAL;
        }
        return Grade.FAILING;
    }

    private boolean meets(double value, double threshold) {
        return direction == Direction.HIGHER_IS_BETTER ? value >= threshold : value <= threshold;
    }
}
