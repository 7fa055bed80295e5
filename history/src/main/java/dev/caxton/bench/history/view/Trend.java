package dev.caxton.bench.history.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;

/**
 * Every metric of one {@link SeriesKey} over its last runs.
 *
 * @param key         the suite, system and profile of the runs
 * @param environment the environment fingerprint of the runs; empty when the view mixes environments
 * @param runs        the runs of the window, oldest first
 * @param total       how many runs of this key passed the filters, of which {@code runs} are the last
 * @param rows        one row per metric measured in the window, sorted by metric id
 */
public record Trend(SeriesKey key, Optional<String> environment, List<RunInfo> runs, int total, List<Row> rows) {
    public Trend {
        Objects.requireNonNull(key, "key");
        environment = environment == null ? Optional.empty() : environment;
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /**
     * One metric over the window's runs.
     *
     * @param metric the metric
     * @param values one value per run of the window, {@code NaN} where the run did not measure the metric
     * @param series the points of the window that measured it (with the change points of the whole series)
     *               and the length of the whole series
     */
    public record Row(MetricId metric, List<Double> values, Series series) {
        public Row {
            Objects.requireNonNull(metric, "metric");
            values = List.copyOf(values);
            Objects.requireNonNull(series, "series");
        }

        /** {@link #values} as an array, for sparklines. */
        public double[] valueArray() {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
