package dev.caxton.bench.history.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.model.MetricId;

/**
 * The values of one metric for one {@link SeriesKey}: the points in the window (oldest first) and how
 * many points the filters let through in all.
 *
 * @param metric      the metric
 * @param key         the suite, system and profile of every point
 * @param environment the environment fingerprint of every point; empty when the view mixes environments
 * @param window      the last points of the series, oldest first
 * @param total       the number of points of the whole series, of which {@code window} is the end
 */
public record Series(MetricId metric, SeriesKey key, Optional<String> environment, List<Point> window, int total) {
    public Series {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(key, "key");
        environment = environment == null ? Optional.empty() : environment;
        window = List.copyOf(window);
        if (total < window.size()) {
            throw new IllegalArgumentException("A series of " + total + " points cannot show a window of "
                    + window.size());
        }
    }

    /** The newest point in the window. */
    public Optional<Point> newest() {
        return window.isEmpty() ? Optional.empty() : Optional.of(window.get(window.size() - 1));
    }

    /** The point before the newest one in the window. */
    public Optional<Point> previous() {
        return window.size() < 2 ? Optional.empty() : Optional.of(window.get(window.size() - 2));
    }

    /** The change points that start in the window, oldest first. */
    public List<ChangePoint> changes() {
        return window.stream().flatMap(p -> p.change().stream()).toList();
    }
}
