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

    /** True when {@code policy} fails the build for this comparison. */
    public boolean fails(FailPolicy policy) {
        return policy.failsOn(this);
    }
}
