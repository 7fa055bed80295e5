package dev.caxton.bench.target;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Unit;

/**
 * Three thresholds in one unit and direction: a value at least as good as {@code target} grades
 * {@link Grade#TARGET}, then {@code acceptable}, then {@code critical}; worse grades {@link Grade#FAILING}.
 * {@code label} is the guide's name for the row (for example "Message Throughput").
 */
public record Tier(String label, double target, double acceptable, double critical, Unit unit, Direction direction) {
    // Validation and grading: owned by the suite helper.
}
