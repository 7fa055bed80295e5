package dev.caxton.bench.importer;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.model.Unit;

/**
 * How to import: the format (detected from each file's content when empty), whether any problem
 * fails the whole import ({@code strict}), the unit of the values in HdrHistogram logs (they do not
 * say; nanoseconds by default), and the clock that dates the run.
 */
public record ImportOptions(Optional<Format> format, boolean strict, Unit histogramLogUnit, Clock clock) {
    public ImportOptions {
        format = format == null ? Optional.empty() : format;
        Objects.requireNonNull(histogramLogUnit, "histogramLogUnit");
        if (histogramLogUnit.kind() != Unit.Kind.TIME) {
            throw new IllegalArgumentException("HdrHistogram log values are latencies: their unit must be one of ns, us, ms, s; got "
                    + histogramLogUnit.label());
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** Formats detected, problems reported but not fatal, nanoseconds in histogram logs, the system clock. */
    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), false, Unit.NANOSECONDS, Clock.systemUTC());
    }

    public ImportOptions withFormat(Optional<Format> newFormat) {
        return new ImportOptions(newFormat, strict, histogramLogUnit, clock);
    }

    public ImportOptions withStrict(boolean newStrict) {
        return new ImportOptions(format, newStrict, histogramLogUnit, clock);
    }

    public ImportOptions withHistogramLogUnit(Unit unit) {
        return new ImportOptions(format, strict, unit, clock);
    }

    public ImportOptions withClock(Clock newClock) {
        return new ImportOptions(format, strict, histogramLogUnit, newClock);
    }
}
