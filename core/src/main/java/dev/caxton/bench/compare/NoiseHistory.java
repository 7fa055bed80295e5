package dev.caxton.bench.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.caxton.bench.model.MetricId;

/**
 * The recent values of each metric on the baseline branch, oldest first, as the history holds them.
 * Used to judge single values against the branch's own run-to-run noise (median absolute deviation).
 */
public record NoiseHistory(Map<MetricId, List<Double>> values) {
    public NoiseHistory {
        Objects.requireNonNull(values, "values");
        TreeMap<MetricId, List<Double>> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static NoiseHistory empty() {
        return new NoiseHistory(Map.of());
    }

    /** The recent values of a metric, oldest first; empty when the history has none. */
    public List<Double> of(MetricId id) {
        return values.getOrDefault(id, List.of());
    }
}
