package dev.caxton.bench.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.model.RunInfo;

/**
 * A current run compared with a baseline run, metric by metric, in canonical metric order.
 * Without a baseline every metric is {@link Verdict#NEW}.
 */
public record Comparison(RunInfo current, Optional<RunInfo> baseline, List<MetricComparison> metrics) {
    public Comparison {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        metrics = List.copyOf(metrics);
    }

    /** The metrics that count against the change: regression verdicts and worse grades. */
    public List<MetricComparison> regressions() {
        return metrics.stream().filter(MetricComparison::isRegression).toList();
    }

    public List<MetricComparison> improvements() {
        return metrics.stream().filter(m -> m.verdict() == Verdict.IMPROVEMENT).toList();
    }

    public long count(Verdict verdict) {
        return metrics.stream().filter(m -> m.verdict() == verdict).count();
    }

    /** The improvement with the largest gain, if any. */
    public Optional<MetricComparison> biggestImprovement() {
        return improvements().stream()
                .max(java.util.Comparator.comparingDouble(m -> m.gain().orElse(0)));
    }

    /**
     * The median of the metrics' minimum detectable effects, over those that state one and whose values moved at
     * all (a metric constant on both sides, such as a count, says nothing about the noise); empty when none does.
     */
    public java.util.OptionalDouble medianDetectable() {
        double[] d = informative().mapToDouble(m -> m.detectable().getAsDouble()).sorted().toArray();
        if (d.length == 0) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2);
    }

    /** How many metrics {@link #medianDetectable()} is the median of. */
    public int countDetectable() {
        return (int) informative().count();
    }

    private java.util.stream.Stream<MetricComparison> informative() {
        return metrics.stream().filter(m -> m.detectable().isPresent())
                .filter(m -> !(m.detectable().getAsDouble() == m.threshold() && m.relativeChange().orElse(1) == 0
                        && m.baseline().map(b -> b.samples().stream().distinct().count() <= 1).orElse(true)));
    }

    /** True when {@code policy} fails the build for this comparison. */
    public boolean fails(FailPolicy policy) {
        return policy.failsOn(this);
    }
}
