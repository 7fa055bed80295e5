package dev.caxton.bench.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One run: its {@link RunInfo}, the measurements it produced, the full latency distributions behind
 * its latency percentiles (keyed by the canonical id of the distribution's base metric), and the
 * benchmarks that failed.
 */
public record Run(RunInfo info, List<Measurement> measurements, Map<String, LatencyDistribution> histograms,
                  List<BenchmarkFailure> failures) {
    public Run {
        Objects.requireNonNull(info, "info");
        measurements = List.copyOf(measurements);
        histograms = java.util.Collections.unmodifiableMap(new TreeMap<>(histograms));
        failures = List.copyOf(failures);
    }

    /** The measurement of a metric, if the run has it. */
    public Optional<Measurement> find(MetricId id) {
        return measurements.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
