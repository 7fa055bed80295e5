package dev.caxton.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunProfile;

class SuiteRunnerTest {
    private static final Instant START = Instant.parse("2026-11-26T16:24:37Z");
    private final SuiteRunner runner = new SuiteRunner(Clock.fixed(START, ZoneOffset.UTC));

    private static RunRequest request(String suite, String system, List<String> include, List<String> exclude) {
        return new RunRequest(suite, Profile.SMOKE, system, AgentSystemConfig.defaults(),
                include.stream().map(Pattern::compile).toList(), exclude.stream().map(Pattern::compile).toList(),
                Optional.of("0123abc"), Optional.of("feature/x"), Optional.of(17));
    }

    private static RunRequest testSuite(List<String> include, List<String> exclude) {
        return request(RunnerTestSuite.NAME, "naive", include, exclude);
    }

    @Test
    void marksAHungBenchmarkFailedWithItsTimeLimitAndRunsTheOthers() {
        Run run = runner.run(testSuite(List.of(), List.of()), ProgressListener.NONE);

        assertThat(run.failures()).extracting(BenchmarkFailure::benchmark).containsExactly("hangs", "throws", "strays");
        BenchmarkFailure hung = run.failures().get(0);
        assertThat(hung.suite()).isEqualTo(RunnerTestSuite.NAME);
        assertThat(hung.cause()).startsWith("timed out after 100 ms; the system did not");
        assertThat(run.find(MetricId.of(RunnerTestSuite.NAME, "works", "answer"))).isPresent();
        assertThat(run.find(MetricId.of(RunnerTestSuite.NAME, "asks_the_system", "answered")))
                .hasValueSatisfying(m -> assertThat(m.value()).isEqualTo(1));
        assertThat(run.measurements()).noneMatch(m -> m.id().benchmark().equals("hangs"));
    }

    @Test
    void recordsAnExceptionWithItsCauseChainInWords() {
        Run run = runner.run(testSuite(List.of("throws"), List.of()), ProgressListener.NONE);

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.benchmark()).isEqualTo("throws");
            assertThat(f.cause()).isEqualTo("IllegalStateException: agent-7 is stopped; caused by IOException: mailbox closed");
        });
    }

    @Test
    void rejectsAResultWithMetricsOfAnotherBenchmark() {
        Run run = runner.run(testSuite(List.of("strays"), List.of()), ProgressListener.NONE);

        assertThat(run.measurements()).isEmpty();
        assertThat(run.failures()).singleElement().satisfies(f -> assertThat(f.cause())
                .isEqualTo("the benchmark reported metrics outside runner-test/strays/: runner-test/works/answer; "
                        + "build ids with BenchmarkContext.metric(name)"));
    }

    @Test
    void marksOnlyTheBenchmarkThatHitsAThrowingSystemMethodFailed() {
        RunRequest request = request("agent", FaultyCheckpointSystemProvider.NAME,
                List.of("memory_per_agent", "agent_response_time"), List.of());
        Run run = runner.run(request, ProgressListener.NONE);

        assertThat(run.failures()).singleElement().satisfies(f -> {
            assertThat(f.benchmark()).isEqualTo("memory_per_agent");
            assertThat(f.cause()).contains("UnsupportedOperationException: checkpoints are broken in this test system");
        });
        assertThat(run.measurements()).anyMatch(m -> m.id().benchmark().equals("agent_response_time"));
        assertThat(run.info().system()).isEqualTo(FaultyCheckpointSystemProvider.NAME);
    }

    @Test
    void recordsNoSystemWhenNoSelectedBenchmarkMeasuresOne() {
        Run run = runner.run(testSuite(List.of("^no_system$"), List.of()), ProgressListener.NONE);

        assertThat(run.info().system()).isEqualTo(SuiteRunner.NO_SYSTEM).isEqualTo("none");
        assertThat(run.find(MetricId.of(RunnerTestSuite.NAME, "no_system", "answer"))).isPresent();
    }

    @Test
    void recordsTheRequestedSystemWhenAnySelectedBenchmarkMeasuresIt() {
        Run run = runner.run(testSuite(List.of("^no_system$", "^works$"), List.of()), ProgressListener.NONE);

        assertThat(run.info().system()).isEqualTo("naive");
    }

    @Test
    void describesTheRunWithTheInjectedClockAndTheRequestsGitIdentity() {
        Run run = runner.run(testSuite(List.of("^works$"), List.of()), ProgressListener.NONE);

        assertThat(run.info().startedAt()).isEqualTo(START);
        assertThat(run.info().runId().value()).matches("20261126T162437Z-[0-9a-f]{6}");
        assertThat(run.info().commit()).contains("0123abc");
        assertThat(run.info().branch()).contains("feature/x");
        assertThat(run.info().pullRequest()).contains(17);
        assertThat(run.info().suite()).isEqualTo(RunnerTestSuite.NAME);
        assertThat(run.info().profile()).isEqualTo(RunProfile.of(Profile.SMOKE));
        assertThat(run.info().system()).isEqualTo("naive");
        assertThat(run.info().environment().cores()).isPositive();
        assertThat(run.info().shard()).isEmpty();
    }

    @Test
    void runsOnlyWhatTheIncludeFiltersFindAndNotWhatTheExcludeFiltersFind() {
        Run run = runner.run(testSuite(List.of("s"), List.of("hang", "throw", "stray", "no_system")), ProgressListener.NONE);

        assertThat(run.failures()).isEmpty();
        assertThat(run.measurements()).extracting(m -> m.id().benchmark())
                .containsExactlyInAnyOrder("works", "asks_the_system");
    }

    @Test
    void rejectsAnIncludeFilterThatMatchesNothingNamingItAndTheBenchmarks() {
        assertThatThrownBy(() -> runner.run(testSuite(List.of("works", "nothing_here"), List.of()), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("include filter 'nothing_here'")
                .hasMessageContaining("works, hangs, throws, asks_the_system, strays");
    }

    @Test
    void rejectsAnExcludeFilterThatMatchesNothing() {
        assertThatThrownBy(() -> runner.run(testSuite(List.of(), List.of("typo")), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exclude filter 'typo'");
    }

    @Test
    void rejectsFiltersThatLeaveNothingToRun() {
        assertThatThrownBy(() -> runner.run(testSuite(List.of("works"), List.of("w")), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("include ['works'] and exclude ['w']")
                .hasMessageContaining("works, hangs, throws, asks_the_system, strays");
    }

    @Test
    void rejectsAnUnknownSuiteListingTheKnownOnes() {
        assertThatThrownBy(() -> runner.run(request("agnet", "naive", List.of(), List.of()), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown suite 'agnet'")
                .hasMessageContaining("agent, jmh, " + RunnerTestSuite.NAME);
    }

    @Test
    void rejectsAnUnknownSystemListingTheKnownOnes() {
        assertThatThrownBy(() -> runner.run(request("agent", "akka", List.of(), List.of()), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown agent system 'akka'")
                .hasMessageContaining("naive");
    }

    @Test
    void tellsTheListenerWhatRunsFromTheCallingThread() {
        List<String> events = new CopyOnWriteArrayList<>();
        Thread caller = Thread.currentThread();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void suiteStarted(String suite, String system, int benchmarks, Duration estimate) {
                events.add("suite " + suite + " " + system + " " + benchmarks + " " + estimate.toMillis());
            }

            @Override
            public void benchmarkStarted(String benchmark, int index, int count, Duration estimate) {
                events.add("start " + benchmark + " " + index + "/" + count);
            }

            @Override
            public void benchmarkProgress(String benchmark, double fraction) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                assertThat(fraction).isBetween(0.0, 1.0);
                if (fraction == 1.0) {
                    events.add("progress " + benchmark + " complete");
                }
            }

            @Override
            public void benchmarkFinished(String benchmark, Optional<String> failure, Duration took) {
                assertThat(Thread.currentThread()).isSameAs(caller);
                events.add("finish " + benchmark + " " + failure.map(f -> f.substring(0, 9)).orElse("ok"));
            }

            @Override
            public void suiteFinished(Duration took) {
                events.add("done");
            }
        };
        runner.run(testSuite(List.of("works", "throws"), List.of()), listener);

        assertThat(events).containsExactly("suite runner-test naive 2 20", "start works 0/2", "progress works complete",
                "finish works ok", "start throws 1/2", "finish throws IllegalSt", "done");
    }

    @Test
    void findsTheBuiltInAndRegisteredSuites() {
        assertThat(SuiteRunner.suites()).extracting(Suite::name).contains("agent", RunnerTestSuite.NAME);
    }

    @Test
    void describesCauseChainsAndDurationsInWords() {
        assertThat(SuiteRunner.describe(new java.util.concurrent.ExecutionException(new IllegalArgumentException("bad",
                new IOException()))))
                .isEqualTo("IllegalArgumentException: bad; caused by IOException");
        assertThat(SuiteRunner.format(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(SuiteRunner.format(Duration.ofSeconds(12))).isEqualTo("12 s");
        assertThat(SuiteRunner.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(SuiteRunner.format(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(SuiteRunner.format(Duration.ofMinutes(3))).isEqualTo("3 min");
    }
}
