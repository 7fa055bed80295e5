package dev.caxton.bench.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;

/**
 * What one file held: its format, the measurements, the latency distributions behind latency
 * percentiles (keyed by the canonical id of their base metric), results that had no usable value
 * (a {@code NaN} score, for instance) as failures, and warnings about parts that were skipped.
 */
public record ImportedFile(Path file, Format format, List<Measurement> measurements,
                           Map<String, LatencyDistribution> histograms, List<BenchmarkFailure> failures,
                           List<ImportProblem> warnings) {
    public ImportedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        measurements = List.copyOf(measurements);
        histograms = Map.copyOf(histograms);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }
}
