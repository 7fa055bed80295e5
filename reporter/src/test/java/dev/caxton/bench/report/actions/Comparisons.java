package dev.caxton.bench.report.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.Evidence;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;

/** Small fixed comparisons for the tests of this package. */
final class Comparisons {
    private static final Environment ENVIRONMENT = new Environment("test cpu", 4, 8L << 30, "Linux", "Vendor",
            "17", List.of());

    private Comparisons() {}

    static MetricComparison metric(String benchmark, Verdict verdict, double change, boolean critical, String reason) {
        MetricId id = MetricId.of("agent", benchmark, "throughput");
        Measurement base = Measurement.of(id, Unit.MESSAGES_PER_SECOND, 100_000);
        Measurement now = Measurement.of(id, Unit.MESSAGES_PER_SECOND, 100_000 * (1 + change));
        return new MetricComparison(id, Unit.MESSAGES_PER_SECOND, Direction.HIGHER_IS_BETTER, Optional.of(base),
                Optional.of(now), verdict, Evidence.SAMPLES, OptionalDouble.of(change), OptionalDouble.empty(),
                Optional.empty(), 0.05, 0.2, Optional.empty(), Optional.empty(), critical, reason);
    }

    static Comparison of(List<MetricComparison> metrics, boolean withBaseline) {
        RunInfo current = runInfo("run-2");
        return new Comparison(current, withBaseline ? Optional.of(runInfo("run-1")) : Optional.empty(), metrics);
    }

    /** {@code regressions} regressions (every third critical) and one improvement and one unchanged metric. */
    static Comparison withRegressions(int regressions) {
        List<MetricComparison> metrics = new ArrayList<>();
        for (int i = 0; i < regressions; i++) {
            metrics.add(metric("route_" + i, Verdict.REGRESSION, -0.12 - i / 100.0, i % 3 == 0,
                    "throughput fell beyond the noise, p < 0.01"));
        }
        metrics.add(metric("spawn", Verdict.IMPROVEMENT, 0.25, false, "faster"));
        metrics.add(metric("steady", Verdict.NO_CHANGE, 0.01, false, "within threshold"));
        return of(metrics, true);
    }

    private static RunInfo runInfo(String id) {
        return new RunInfo(new RunId(id), Instant.parse("2026-11-26T00:00:00Z"), Optional.empty(), Optional.empty(),
                Optional.empty(), ENVIRONMENT, "agent", RunProfile.of(Profile.SMOKE), "reference", Optional.empty());
    }
}
