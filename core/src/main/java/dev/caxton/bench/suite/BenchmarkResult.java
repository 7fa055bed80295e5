package dev.caxton.bench.suite;

import java.util.List;
import java.util.Map;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;

/**
 * What one benchmark produced: its measurements and the latency distributions behind its latency
 * percentiles, keyed by the canonical id of the distribution's base metric.
 */
public record BenchmarkResult(List<Measurement> measurements, Map<String, LatencyDistribution> histograms) {
    public BenchmarkResult {
        measurements = List.copyOf(measurements);
        histograms = Map.copyOf(histograms);
    }

    public static BenchmarkResult of(List<Measurement> measurements) {
        return new BenchmarkResult(measurements, Map.of());
    }
}
