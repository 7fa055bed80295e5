package dev.caxton.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystems;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;
import dev.caxton.bench.suite.ProgressListener;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.Suite;
import dev.caxton.bench.suite.SuiteRunner;

class JmhSuiteTest {
    private static final String AGENT = "dev.caxton.bench.agent.jmh.";
    private static final String TINY = "dev.caxton.bench.jmh.fixture.TinyBenchmarks";

    @BeforeAll
    static void allowParallelJmhRuns() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** A context on the naive system, the only one in this module. */
    private static BenchmarkContext context(String suite) {
        return new BenchmarkContext() {
            @Override
            public Profile profile() {
                return Profile.SMOKE;
            }

            @Override
            public String suite() {
                return suite;
            }

            @Override
            public AgentSystem newSystem() {
                return AgentSystems.require("naive").create(AgentSystemConfig.defaults());
            }

            @Override
            public MetricId metric(String metric) {
                return MetricId.of(suite, "unused", metric);
            }

            @Override
            public void progress(double fraction) {}

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    @Test
    void theSuiteIsRegisteredAndListsOneBenchmarkPerJmhMethod() {
        Suite jmh = ServiceLoader.load(Suite.class).stream().map(ServiceLoader.Provider::get)
                .filter(s -> s.name().equals("jmh")).findFirst().orElseThrow();

        assertThat(jmh.benchmarks()).extracting(Benchmark::name).contains(
                AGENT + "MessageThroughputBenchmark.routeMessages", AGENT + "TaskProcessingBenchmark.processTasks",
                AGENT + "AgentResponseTimeBenchmark.respond", "dev.caxton.bench.jmh.fixture.TinyBenchmarks.hashText");
        assertThat(jmh.benchmarks()).allMatch(b -> b.category() == Category.JMH);
        assertThat(jmh.benchmarks()).allMatch(b -> b.timeLimit(Profile.SMOKE).compareTo(b.estimate(Profile.SMOKE)) > 0);
    }

    @Test
    void anAgentBenchmarkRunsAgainstTheSystemOfTheContext() throws Exception {
        Benchmark respond = JmhSuite.find(AGENT + "AgentResponseTimeBenchmark.respond").orElseThrow();

        BenchmarkResult r = respond.run(context("jmh"));

        MetricId sample = MetricId.of("jmh", AGENT + "AgentResponseTimeBenchmark.respond", "sample", Map.of("system", "naive"));
        assertThat(r.measurements()).extracting(Measurement::id).contains(sample, sample.withMetric("avgt"),
                sample.withMetric("p99"), sample.withMetric("avgt:gc.alloc.rate.norm"));
        assertThat(r.histograms()).containsKey(sample.canonical());
    }

    @Test
    void onlyMethodsWithASystemParamMeasureTheSystemUnderTest() {
        assertThat(JmhSuite.find(AGENT + "AgentResponseTimeBenchmark.respond").orElseThrow().measuresSystem()).isTrue();
        assertThat(JmhSuite.find(TINY + ".hashText").orElseThrow().measuresSystem()).isFalse();
    }

    @Test
    void aRunOfBenchmarksWithoutASystemParamRecordsNoSystemWhateverWasRequested() {
        RunRequest request = new RunRequest("jmh", Profile.SMOKE, "naive", AgentSystemConfig.defaults(),
                List.of(Pattern.compile(Pattern.quote(TINY + ".hashText") + "$")), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());

        Run run = new SuiteRunner().run(request, ProgressListener.NONE);

        assertThat(run.failures()).isEmpty();
        assertThat(run.info().system()).isEqualTo(SuiteRunner.NO_SYSTEM);
        assertThat(run.measurements()).isNotEmpty();
    }

    @Test
    void theShippedAgentBenchmarksRunUnchangedAgainstAnotherRegisteredSystem() {
        Run run = new JmhRunner().run(JmhRequest.defaults().withProfile(Profile.SMOKE)
                .withInclude(List.of(Pattern.compile(Pattern.quote(AGENT) + "(MessageThroughput|TaskProcessing)")))
                .withParams(Map.of("system", List.of("naive"))));

        Measurement messages = run.find(MetricId.of("jmh", AGENT + "MessageThroughputBenchmark.routeMessages", "thrpt",
                Map.of("system", "naive", "agents", "16"))).orElseThrow();
        assertThat(messages.unit()).isEqualTo(Unit.OPS_PER_SECOND);
        assertThat(messages.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(messages.value()).isPositive();
        assertThat(run.find(MetricId.of("jmh", AGENT + "TaskProcessingBenchmark.processTasks", "thrpt",
                Map.of("system", "naive", "pool", "10")))).isPresent();
        assertThat(run.info().system()).isEqualTo("naive");
    }
}
