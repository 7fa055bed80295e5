package dev.caxton.bench.suite.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.Profile;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.SuiteRunner;

/**
 * Runs the whole agent suite with the smoke profile against one system and checks the shape of what
 * comes back: every benchmark's metrics present, no failures, values positive where they must be. No
 * timing is asserted. Subclass with another {@link #system()} to run it against another runtime.
 */
class AgentSuiteSmokeTest {
    private static Run run;

    static String system() {
        return System.getProperty("caxton.bench.test.system", "naive");
    }

    @BeforeAll
    static void runTheSuite() {
        RunRequest request = new RunRequest("agent", Profile.SMOKE, system(), AgentSystemConfig.defaults(), List.of(),
                List.of(), Optional.of("abc123"), Optional.of("main"), Optional.empty());
        run = new SuiteRunner().run(request, new RecordingListener());
    }

    @Test
    void runsEveryBenchmarkWithoutFailure() {
        assertThat(run.failures()).isEmpty();
        Set<String> benchmarks = run.measurements().stream().map(m -> m.id().benchmark()).collect(Collectors.toSet());
        assertThat(benchmarks).containsExactlyInAnyOrderElementsOf(
                new AgentSuite().benchmarks().stream().map(Benchmark::name).toList());
    }

    @Test
    void describesTheRun() {
        assertThat(run.info().suite()).isEqualTo("agent");
        assertThat(run.info().profile()).isEqualTo("smoke");
        assertThat(run.info().system()).isEqualTo(system());
        assertThat(run.info().commit()).contains("abc123");
        assertThat(run.info().runId()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    }

    @Test
    void reportsThroughputAsTheMedianOfKeptRepetitionsWithARegimeCount() {
        Measurement throughput = metric("agent/message_throughput/throughput");
        assertThat(throughput.unit()).isEqualTo(Unit.MESSAGES_PER_SECOND);
        assertThat(throughput.samples()).hasSize(3).allSatisfy(s -> assertThat(s).isPositive());
        assertThat(throughput.value()).isPositive();
        assertThat(metric("agent/message_throughput/regimes").value()).isBetween(1.0, 2.0);
        assertThat(metric("agent/task_processing/throughput").value()).isPositive();
    }

    @Test
    void reportsLatencyPercentilesWithTheirHistograms() {
        for (String mode : List.of("[mode=closed]", "[mode=open,rate=20000]")) {
            for (String p : List.of("p50", "p90", "p95", "p99", "p99.9", "max")) {
                assertThat(metric("agent/request_latency/" + p + mode).value()).isPositive();
            }
            assertThat(run.histograms()).containsKey("agent/request_latency/latency" + mode);
        }
        assertThat(metric("agent/request_latency/achieved_rate[mode=open,rate=20000]").value()).isPositive();
        assertThat(metric("agent/request_latency/errors[mode=open,rate=20000]").value()).isZero();
        assertThat(metric("agent/agent_response_time/p99").value())
                .isGreaterThanOrEqualTo(metric("agent/agent_response_time/p50").value());
        assertThat(metric("agent/agent_response_time/mean").value()).isPositive();
        assertThat(run.histograms()).containsKey("agent/agent_response_time/response_time");
    }

    @Test
    void reportsTheScalingSweepAtEverySize() {
        for (int n : new int[] {1, 10, 100, 1000}) {
            String params = "[agents=" + n + "]";
            assertThat(metric("agent/spawn_time/per_agent" + params).value()).isPositive();
            assertThat(metric("agent/spawn_time/total" + params).unit()).isEqualTo(Unit.MILLISECONDS);
            assertThat(metric("agent/spawn_time/throughput" + params).value()).isPositive();
            assertThat(metric("agent/spawn_time/heap_per_agent" + params).value()).isNotNegative();
            assertThat(metric("agent/spawn_time/cpu" + params).value()).isNotNegative();
        }
    }

    @Test
    void reportsMemoryAndCpuProfiles() {
        assertThat(metric("agent/memory_per_agent/idle_retained[agents=2000]").value()).isPositive();
        for (String m : List.of("creation_overhead", "processing_overhead", "checkpoint_overhead", "total")) {
            assertThat(metric("agent/memory_per_agent/" + m + "[agents=20]").unit()).isEqualTo(Unit.BYTES);
        }
        assertThat(metric("agent/memory_per_agent/total[agents=20]").value()).isPositive();
        for (String s : List.of("idle", "processing")) {
            assertThat(metric("agent/cpu_per_agent/" + s + "_total[agents=100]").unit()).isEqualTo(Unit.PERCENT);
            assertThat(metric("agent/cpu_per_agent/" + s + "_per_agent[agents=100]").value()).isNotNegative();
        }
        assertThat(metric("agent/cpu_per_agent/processing_total[agents=100]").value()).isPositive();
        assertThat(metric("agent/cpu_per_agent/spawning_per_agent[agents=100]").value()).isNotNegative();
    }

    @Test
    void reportsRecoveryAndRestartToNextMessage() {
        assertThat(metric("agent/recovery_time/recovery_time[agents=50,failed=5]").value()).isNotNegative();
        assertThat(metric("agent/recovery_time/unrecovered_rounds[agents=50,failed=5]").value()).isNotNegative();
        assertThat(metric("agent/recovery_time/restart_to_next_message_p50").value()).isPositive();
        assertThat(metric("agent/recovery_time/restart_to_next_message_p99").value()).isPositive();
        assertThat(run.histograms()).containsKey("agent/recovery_time/restart_to_next_message");
    }

    private static Measurement metric(String canonical) {
        return run.find(dev.caxton.bench.model.MetricId.parse(canonical))
                .orElseThrow(() -> new AssertionError("missing " + canonical + "; the run has "
                        + run.measurements().stream().map(m -> m.id().canonical()).toList()));
    }
}
