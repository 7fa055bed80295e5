package dev.caxton.bench.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured metric: its id, unit, direction, the value reported for it and the statistics
 * behind that value. {@code samples} holds the raw repetitions (iterations) when they were kept,
 * in the order they were taken; it is empty otherwise. {@code note} keeps free text a tool attached
 * to the result (github-action-benchmark's {@code extra}), so an import loses nothing.
 */
public record Measurement(MetricId id, Unit unit, Direction direction, double value, Statistics stats,
                          List<Double> samples, Optional<String> note) {
    public Measurement {
        note = note == null ? Optional.empty() : note.filter(t -> !t.isEmpty());
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(stats, "stats");
        samples = List.copyOf(samples);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("The value of " + id + " is NaN; report a failure instead of a value");
        }
    }

    /** A single observed value in the unit's default direction. */
    /** A measurement without a note. */
    public Measurement(MetricId id, Unit unit, Direction direction, double value, Statistics stats,
                       List<Double> samples) {
        this(id, unit, direction, value, stats, samples, Optional.empty());
    }

    public static Measurement of(MetricId id, Unit unit, double value) {
        return new Measurement(id, unit, unit.defaultDirection(), value, Statistics.single(value), List.of());
    }

    /** The mean of repeated samples, which are kept, in the unit's default direction. */
    public static Measurement ofSamples(MetricId id, Unit unit, double[] samples) {
        Statistics stats = Statistics.of(samples);
        return new Measurement(id, unit, unit.defaultDirection(), stats.mean(), stats,
                java.util.Arrays.stream(samples).boxed().toList());
    }

    /** The same measurement with another direction (when the unit's default does not fit). */
    public Measurement withDirection(Direction newDirection) {
        return new Measurement(id, unit, newDirection, value, stats, samples, note);
    }

    /** A copy with {@code text} as its note (empty text means no note). */
    public Measurement withNote(String text) {
        return new Measurement(id, unit, direction, value, stats, samples, Optional.of(text));
    }
}
