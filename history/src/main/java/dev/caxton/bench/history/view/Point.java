package dev.caxton.bench.history.view;

import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;

/**
 * One run's value in a series, and the change point that starts at it, if any.
 *
 * @param run         the run
 * @param measurement what it measured
 * @param change      the change point whose first point after the change is this one, when there is one
 */
public record Point(RunInfo run, Measurement measurement, Optional<ChangePoint> change) {
    public Point {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(measurement, "measurement");
        change = change == null ? Optional.empty() : change;
    }
}
