package dev.caxton.bench.suite.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;
import dev.caxton.bench.agent.AgentSystems;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.ProgressListener;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.SuiteRunner;

/**
 * Runs the whole agent suite with the smoke profile against every registered agent system (test-only
 * systems, whose names start with {@code test-}, aside; {@code -Dcaxton.bench.test.system=name} picks
 * one) and checks the shape of what comes back: every benchmark's metrics present, no failures, values
 * positive where they must be. No timing is asserted. Each system's run happens once, on first use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentSuiteSmokeTest {
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    static Stream<String> systems() {
        String chosen = System.getProperty("caxton.bench.test.system", "");
        if (!chosen.isBlank()) {
            return Stream.of(chosen);
        }
        return AgentSystems.providers().stream().map(AgentSystemProvider::name).filter(n -> !n.startsWith("test-"));
    }

    private Run run(String system) {
        return runs.computeIfAbsent(system, s -> new SuiteRunner().run(new RunRequest("agent", Profile.SMOKE, s,
                AgentSystemConfig.defaults(), List.of(), List.of(), Optional.of("abc123"), Optional.of("main"),
                Optional.empty()), ProgressListener.NONE));
    }

    @ParameterizedTest
    @MethodSource("systems")
    void runsEveryBenchmarkWithoutFailure(String system) {
        Run run = run(system);
        assertThat(run.failures()).isEmpty();
        Set<String> benchmarks = run.measurements().stream().map(m -> m.id().benchmark()).collect(Collectors.toSet());
        assertThat(benchmarks).containsExactlyInAnyOrderElementsOf(
                new AgentSuite().benchmarks().stream().map(Benchmark::name).toList());
    }

    @ParameterizedTest
    @MethodSource("systems")
    void describesTheRun(String system) {
        Run run = run(system);
        assertThat(run.info().suite()).isEqualTo("agent");
        assertThat(run.info().profile()).isEqualTo(RunProfile.of(Profile.SMOKE));
        assertThat(run.info().system()).isEqualTo(system);
        assertThat(run.info().commit()).contains("abc123");
        assertThat(run.info().runId().value()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    }

    @ParameterizedTest
    @MethodSource("systems")
    void reportsThroughputAsTheMedianOfKeptRepetitionsWithARegimeCount(String system) {
        Run run = run(system);
        Measurement throughput = metric(run, "agent/message_throughput/throughput");
        assertThat(throughput.unit()).isEqualTo(Unit.MESSAGES_PER_SECOND);
        assertThat(throughput.samples()).hasSize(3).allSatisfy(s -> assertThat(s).isPositive());
        assertThat(throughput.value()).isPositive();
        assertThat(metric(run, "agent/message_throughput/regimes").value()).isBetween(1.0, 2.0);
        assertThat(metric(run, "agent/task_processing/throughput").value()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("systems")
    void reportsLatencyPercentilesWithTheirHistograms(String system) {
        Run run = run(system);
        for (String mode : List.of("[mode=closed]", "[mode=open,rate=20000]")) {
            for (String p : List.of("p50", "p90", "p95", "p99", "p99.9", "max")) {
                assertThat(metric(run, "agent/request_latency/" + p + mode).value()).isPositive();
            }
            assertThat(run.histograms()).containsKey("agent/request_latency/latency" + mode);
        }
        assertThat(metric(run, "agent/request_latency/achieved_rate[mode=open,rate=20000]").value()).isPositive();
        assertThat(metric(run, "agent/request_latency/errors[mode=open,rate=20000]").value()).isZero();
        assertThat(metric(run, "agent/request_latency/generator_p99[mode=open,rate=20000]").value()).isPositive();
        assertThat(metric(run, "agent/request_latency/handoff_p99[mode=open,rate=20000]").value()).isPositive();
        assertThat(metric(run, "agent/request_latency/handoff_p99[mode=open,rate=20000]").value())
                .isGreaterThanOrEqualTo(metric(run, "agent/request_latency/handoff_p50[mode=open,rate=20000]").value());
        assertThat(metric(run, "agent/agent_response_time/p99").value())
                .isGreaterThanOrEqualTo(metric(run, "agent/agent_response_time/p50").value());
        assertThat(metric(run, "agent/agent_response_time/mean").value()).isPositive();
        assertThat(run.histograms()).containsKey("agent/agent_response_time/response_time");
    }

    @ParameterizedTest
    @MethodSource("systems")
    void reportsTheScalingSweepAtEverySize(String system) {
        Run run = run(system);
        for (int n : new int[] {1, 10, 100, 1000}) {
            String params = "[agents=" + n + "]";
            assertThat(metric(run, "agent/spawn_time/per_agent" + params).value()).isPositive();
            assertThat(metric(run, "agent/spawn_time/total" + params).unit()).isEqualTo(Unit.MILLISECONDS);
            assertThat(metric(run, "agent/spawn_time/throughput" + params).value()).isPositive();
            assertThat(metric(run, "agent/spawn_time/heap_per_agent" + params).value()).isNotNegative();
            assertThat(metric(run, "agent/spawn_time/cpu" + params).value()).isNotNegative();
        }
    }

    @ParameterizedTest
    @MethodSource("systems")
    void reportsMemoryAndCpuProfiles(String system) {
        Run run = run(system);
        assertThat(metric(run, "agent/memory_per_agent/idle_retained[agents=2000]").value()).isNotNegative();
        for (String m : List.of("creation_overhead", "processing_overhead", "checkpoint_overhead", "total")) {
            assertThat(metric(run, "agent/memory_per_agent/" + m + "[agents=20]").unit()).isEqualTo(Unit.BYTES);
        }
        assertThat(metric(run, "agent/memory_per_agent/total[agents=20]").value()).isPositive();
        for (String s : List.of("idle", "processing")) {
            assertThat(metric(run, "agent/cpu_per_agent/" + s + "_total[agents=100]").unit()).isEqualTo(Unit.PERCENT);
            assertThat(metric(run, "agent/cpu_per_agent/" + s + "_per_agent[agents=100]").value()).isNotNegative();
        }
        assertThat(metric(run, "agent/cpu_per_agent/processing_total[agents=100]").value()).isPositive();
        assertThat(metric(run, "agent/cpu_per_agent/spawning_per_agent[agents=100]").value()).isNotNegative();
    }

    @ParameterizedTest
    @MethodSource("systems")
    void reportsRecoveryAndRestartToNextMessage(String system) {
        Run run = run(system);
        // one round in smoke: measured, or counted as undetected (the detection window) or unrecovered, never 0
        assertThat(metric(run, "agent/recovery_time/recovery_time[agents=50,failed=5]").value()).isPositive();
        assertThat(metric(run, "agent/recovery_time/unrecovered_rounds[agents=50,failed=5]").value()
                + metric(run, "agent/recovery_time/undetected_rounds[agents=50,failed=5]").value()).isBetween(0.0, 1.0);
        assertThat(metric(run, "agent/recovery_time/restart_to_next_message_p50").value()).isPositive();
        assertThat(metric(run, "agent/recovery_time/restart_to_next_message_p99").value()).isPositive();
        assertThat(run.histograms()).containsKey("agent/recovery_time/restart_to_next_message");
    }

    private static Measurement metric(Run run, String canonical) {
        return run.find(dev.caxton.bench.model.MetricId.parse(canonical))
                .orElseThrow(() -> new AssertionError("missing " + canonical + "; the run has "
                        + run.measurements().stream().map(m -> m.id().canonical()).toList()));
    }
}
