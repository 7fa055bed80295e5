package dev.caxton.bench.history;

import java.util.Objects;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;

/** One point of a metric's series: the run and what it measured. */
public record SeriesPoint(RunInfo run, Measurement measurement) {
    public SeriesPoint {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(measurement, "measurement");
    }
}
