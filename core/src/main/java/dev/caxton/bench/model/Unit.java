package dev.caxton.bench.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The unit of a measured value, with its label and the direction in which it improves by default.
 *
 * <p>Rates ({@link Kind#RATE}) improve upwards by default, times and sizes downwards. The default is
 * only a default: where a metric's meaning says otherwise, its producer sets the direction on the
 * {@link Measurement} ({@link Measurement#withDirection}). An allocation rate in {@code bytes/s} is the
 * example: a rate whose meaning is a cost, so JMH's {@code gc.alloc.rate} is imported lower-is-better,
 * while a throughput in {@code bytes/s} keeps the default. The direction comes from the unit and what
 * the metric measures, never from the tool that measured it.
 */
public enum Unit {
    MESSAGES_PER_SECOND("msg/s", Direction.HIGHER_IS_BETTER, Kind.RATE),
    OPS_PER_SECOND("ops/s", Direction.HIGHER_IS_BETTER, Kind.RATE),
    NANOSECONDS("ns", Direction.LOWER_IS_BETTER, Kind.TIME),
    MICROSECONDS("us", Direction.LOWER_IS_BETTER, Kind.TIME),
    MILLISECONDS("ms", Direction.LOWER_IS_BETTER, Kind.TIME),
    SECONDS("s", Direction.LOWER_IS_BETTER, Kind.TIME),
    BYTES("bytes", Direction.LOWER_IS_BETTER, Kind.SIZE),
    /** Bytes per second, for example an allocation rate or an I/O throughput. */
    BYTES_PER_SECOND("bytes/s", Direction.HIGHER_IS_BETTER, Kind.RATE),
    PERCENT("percent", Direction.LOWER_IS_BETTER, Kind.DIMENSIONLESS),
    COUNT("count", Direction.LOWER_IS_BETTER, Kind.DIMENSIONLESS),
    RATIO("ratio", Direction.LOWER_IS_BETTER, Kind.DIMENSIONLESS);

    /** What a unit measures; units of one kind convert into each other. */
    public enum Kind { RATE, TIME, SIZE, DIMENSIONLESS }

    private final String label;
    private final Direction defaultDirection;
    private final Kind kind;

    Unit(String label, Direction defaultDirection, Kind kind) {
        this.label = label;
        this.defaultDirection = defaultDirection;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Direction defaultDirection() {
        return defaultDirection;
    }

    public Kind kind() {
        return kind;
    }

    /** Nanoseconds in one of this unit, for time units. */
    public double nanos() {
        return switch (this) {
            case NANOSECONDS -> 1;
            case MICROSECONDS -> 1e3;
            case MILLISECONDS -> 1e6;
            case SECONDS -> 1e9;
            default -> throw new IllegalStateException(label + " is not a unit of time");
        };
    }

    /** Converts {@code value} in this unit to {@code target}; both must be of the same kind. */
    public double convert(double value, Unit target) {
        if (this == target) {
            return value;
        }
        if (kind != Kind.TIME || target.kind != Kind.TIME) {
            throw new IllegalArgumentException("Cannot convert " + label + " to " + target.label
                    + ": only units of time convert into each other");
        }
        return value * nanos() / target.nanos();
    }

    /** Finds a unit by label ({@code msg/s}, {@code ns}, {@code %}, ...), case-insensitively. */
    public static Optional<Unit> find(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (Unit u : values()) {
            if (u.label.equals(l) || u.name().toLowerCase(Locale.ROOT).equals(l)) {
                return Optional.of(u);
            }
        }
        return switch (l) {
            case "%" -> Optional.of(PERCENT);
            case "µs", "μs" -> Optional.of(MICROSECONDS);
            case "messages/s", "msg/sec", "messages/sec" -> Optional.of(MESSAGES_PER_SECOND);
            case "ops/sec", "tasks/s", "req/s" -> Optional.of(OPS_PER_SECOND);
            case "b", "byte" -> Optional.of(BYTES);
            case "b/s", "byte/s", "bytes/sec" -> Optional.of(BYTES_PER_SECOND);
            default -> Optional.empty();
        };
    }

    /** Like {@link #find} but fails with the list of known labels. */
    public static Unit fromLabel(String label) {
        return find(label).orElseThrow(() -> new IllegalArgumentException("Unknown unit '" + label
                + "'. Known units are: " + knownLabels()));
    }

    static String knownLabels() {
        return Arrays.stream(values()).map(Unit::label).collect(Collectors.joining(", "));
    }
}
