package dev.caxton.bench.importer;

import java.util.Locale;
import java.util.Optional;

import dev.caxton.bench.model.Unit;

/**
 * A unit label of another tool, mapped to one of ours and the factor that converts a value into it.
 *
 * <p>Where our {@link Unit} has no such unit, the value is converted into one it has:
 * <ul>
 *   <li>{@code ops/ns}, {@code ops/us}, {@code ops/ms}, {@code ops/min}, {@code ops/hr}, {@code ops/day}
 *       become {@code ops/s} (times 1e9, 1e6, 1e3, divided by 60, 3600, 86400);</li>
 *   <li>{@code min/op}, {@code hr/op}, {@code day/op} become {@code s}; {@code X/op} and {@code X/iter}
 *       for X in ns, us, ms, s keep X;</li>
 *   <li>{@code B/op} becomes {@code bytes}; JMH's {@code MB/sec} (its GC profiler's allocation rate: JMH
 *       divides the bytes by 1024 * 1024, so its MB is a MiB) and {@code MB/s} become {@code bytes/s},
 *       times 1,048,576;</li>
 *   <li>{@code counts}, {@code #} and {@code #/op} become {@code count}; {@code %} becomes {@code percent}.</li>
 * </ul>
 */
record ForeignUnit(Unit unit, double factor) {
    private static final double MIB = 1024.0 * 1024.0;

    /** The mapping of a label; empty when the label is unknown. */
    static Optional<ForeignUnit> find(String label) {
        String l = label.trim();
        String lower = l.toLowerCase(Locale.ROOT);
        ForeignUnit known = switch (lower) {
            case "ops/ns" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1e9);
            case "ops/us", "ops/µs", "ops/μs" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1e6);
            case "ops/ms" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1e3);
            case "ops/s", "ops/sec" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1);
            case "ops/min" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1 / 60.0);
            case "ops/hr", "ops/h" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1 / 3600.0);
            case "ops/day" -> new ForeignUnit(Unit.OPS_PER_SECOND, 1 / 86400.0);
            case "ns/op", "ns/iter" -> new ForeignUnit(Unit.NANOSECONDS, 1);
            case "us/op", "µs/op", "μs/op", "us/iter" -> new ForeignUnit(Unit.MICROSECONDS, 1);
            case "ms/op", "ms/iter" -> new ForeignUnit(Unit.MILLISECONDS, 1);
            case "s/op", "s/iter" -> new ForeignUnit(Unit.SECONDS, 1);
            case "min/op" -> new ForeignUnit(Unit.SECONDS, 60);
            case "hr/op", "h/op" -> new ForeignUnit(Unit.SECONDS, 3600);
            case "day/op" -> new ForeignUnit(Unit.SECONDS, 86400);
            case "b/op", "bytes/op" -> new ForeignUnit(Unit.BYTES, 1);
            case "mb/sec", "mb/s" -> new ForeignUnit(Unit.BYTES_PER_SECOND, MIB);
            case "counts", "#", "#/op", "counts/op" -> new ForeignUnit(Unit.COUNT, 1);
            default -> null;
        };
        if (known != null) {
            return Optional.of(known);
        }
        return Unit.find(l).map(u -> new ForeignUnit(u, 1));
    }

    double convert(double value) {
        return factor == 1 ? value : value * factor;
    }

    /** True for {@code ops/time} and {@code msg/s}: units that improve upwards. */
    boolean isRate() {
        return unit.kind() == Unit.Kind.RATE;
    }
}
