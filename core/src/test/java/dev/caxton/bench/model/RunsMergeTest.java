package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RunsMergeTest {
    private static final MetricId LATENCY = RunFixtures.LATENCY;

    private static RunInfo shard(String runId, String startedAt, String shard) {
        RunInfo i = RunFixtures.info();
        return new RunInfo(new RunId(runId), Instant.parse(startedAt), i.commit(), i.branch(), i.pullRequest(), i.environment(),
                i.suite(), i.profile(), i.system(), Optional.of(Shard.parse(shard)));
    }

    private static Measurement throughput(String benchmark, double value) {
        return Measurement.of(MetricId.of("agent", benchmark, "messages"), Unit.MESSAGES_PER_SECOND, value);
    }

    @Test
    void unionsMeasurementsConcatenatesFailuresAndTakesTheEarliestShardsInfoWithoutShard() {
        RunInfo early = shard("run-a", "2026-11-26T10:00:00Z", "1/2");
        RunInfo late = shard("run-b", "2026-11-26T10:00:05Z", "2/2");
        BenchmarkFailure failA = new BenchmarkFailure("agent", "recovery", "timeout");
        BenchmarkFailure failB = new BenchmarkFailure("agent", "cpu", "crashed");
        Run b = new Run(late, List.of(throughput("routing", 2)), Map.of(), List.of(failB));
        Run a = new Run(early, List.of(throughput("tasks", 1)), Map.of(), List.of(failA));

        Run merged = Runs.merge(List.of(b, a));

        assertThat(merged.info().runId()).isEqualTo(new RunId("run-a"));
        assertThat(merged.info().startedAt()).isEqualTo(early.startedAt());
        assertThat(merged.info().shard()).isEmpty();
        assertThat(merged.info().environment()).isEqualTo(early.environment());
        assertThat(merged.measurements()).containsExactly(throughput("tasks", 1), throughput("routing", 2));
        assertThat(merged.failures()).containsExactly(failA, failB);
    }

    @Test
    void mergedHistogramsGiveExactlyThePercentilesOfRecordingEverythingInOneRecorder() {
        LatencyRecorder one = new LatencyRecorder();
        LatencyRecorder two = new LatencyRecorder();
        LatencyRecorder all = new LatencyRecorder();
        for (int i = 1; i <= 5000; i++) {
            long v = (i * 7919L) % 3_000_000 + 1;
            (i % 3 == 0 ? one : two).recordNanos(v);
            all.recordNanos(v);
        }
        LatencyDistribution d1 = one.snapshot();
        LatencyDistribution d2 = two.snapshot();
        Run a = new Run(shard("run-a", "2026-11-26T10:00:00Z", "1/2"), d1.percentileMeasurements(LATENCY),
                Map.of(LATENCY.canonical(), d1), List.of());
        Run b = new Run(shard("run-b", "2026-11-26T10:00:01Z", "2/2"), d2.percentileMeasurements(LATENCY),
                Map.of(LATENCY.canonical(), d2), List.of());

        Run merged = Runs.merge(List.of(a, b));

        assertThat(merged.histograms()).containsExactly(Map.entry(LATENCY.canonical(), all.snapshot()));
        assertThat(merged.measurements()).isEqualTo(all.snapshot().percentileMeasurements(LATENCY));
        assertThat(merged.measurements()).isNotEqualTo(d1.percentileMeasurements(LATENCY));
    }

    @Test
    void recomputedPercentilesKeepTheTimeUnitTheShardsReportedIn() {
        LatencyRecorder one = new LatencyRecorder();
        LatencyRecorder two = new LatencyRecorder();
        one.recordNanos(2_000);
        two.recordNanos(4_000);
        List<Measurement> inMicros = new ArrayList<>();
        for (Measurement m : one.snapshot().percentileMeasurements(LATENCY)) {
            inMicros.add(new Measurement(m.id(), Unit.MICROSECONDS, m.direction(), m.value() / 1000, m.stats(), List.of()));
        }
        Run a = new Run(shard("run-a", "2026-11-26T10:00:00Z", "1/2"), inMicros,
                Map.of(LATENCY.canonical(), one.snapshot()), List.of());
        Run b = new Run(shard("run-b", "2026-11-26T10:00:01Z", "2/2"), List.of(),
                Map.of(LATENCY.canonical(), two.snapshot()), List.of());

        Measurement max = Runs.merge(List.of(a, b)).find(LATENCY.withMetric("max")).orElseThrow();

        assertThat(max.unit()).isEqualTo(Unit.MICROSECONDS);
        assertThat(max.value()).isEqualTo(two.snapshot().maxNanos() / 1000.0);
        assertThat(max.stats().n()).isEqualTo(2);
    }

    @Test
    void theSameMetricInTwoShardsIsAnErrorNamingTheMetricAndBothShards() {
        Run a = new Run(shard("run-a", "2026-11-26T10:00:00Z", "1/2"), List.of(throughput("routing", 1)), Map.of(),
                List.of());
        Run b = new Run(shard("run-b", "2026-11-26T10:00:01Z", "2/2"), List.of(throughput("routing", 2)), Map.of(),
                List.of());

        assertThatThrownBy(() -> Runs.merge(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent/routing/messages")
                .hasMessageContaining("shard 1/2 (run run-a)")
                .hasMessageContaining("shard 2/2 (run run-b)")
                .hasMessageContaining("without overlap");
    }

    @Test
    void shardsOfDifferentSystemsDoNotMerge() {
        RunInfo i = shard("run-b", "2026-11-26T10:00:01Z", "2/2");
        RunInfo pekko = new RunInfo(i.runId(), i.startedAt(), i.commit(), i.branch(), i.pullRequest(), i.environment(),
                i.suite(), i.profile(), "pekko", i.shard());
        Run a = new Run(shard("run-a", "2026-11-26T10:00:00Z", "1/2"), List.of(), Map.of(), List.of());
        Run b = new Run(pekko, List.of(), Map.of(), List.of());

        assertThatThrownBy(() -> Runs.merge(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("system is 'pekko' but the other's is 'reference'")
                .hasMessageContaining("same suite, profile, system and commit");
    }

    @Test
    void shardsOfDifferentCommitsDoNotMerge() {
        RunInfo i = shard("run-b", "2026-11-26T10:00:01Z", "2/2");
        RunInfo other = new RunInfo(i.runId(), i.startedAt(), Optional.of("ffff"), i.branch(), i.pullRequest(),
                i.environment(), i.suite(), i.profile(), i.system(), i.shard());
        Run a = new Run(shard("run-a", "2026-11-26T10:00:00Z", "1/2"), List.of(), Map.of(), List.of());

        assertThatThrownBy(() -> Runs.merge(List.of(a, new Run(other, List.of(), Map.of(), List.of()))))
                .hasMessageContaining("commit is 'ffff'");
    }

    @Test
    void emptyListIsAnError() {
        assertThatThrownBy(() -> Runs.merge(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void oneShardMergesToItselfWithoutItsShard() {
        Run golden = RunFixtures.goldenRun();

        Run merged = Runs.merge(List.of(golden));

        assertThat(merged.measurements()).isEqualTo(golden.measurements());
        assertThat(merged.histograms()).isEqualTo(golden.histograms());
        assertThat(merged.info().shard()).isEmpty();
    }
}
