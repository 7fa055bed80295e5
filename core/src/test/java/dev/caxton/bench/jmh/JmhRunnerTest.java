package dev.caxton.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;

class JmhRunnerTest {
    private static final String TINY = "dev.caxton.bench.jmh.fixture.TinyBenchmarks";

    @BeforeAll
    static void allowParallelJmhRuns() {
        // other builds on the machine may run JMH at the same time; JMH's global lock would refuse them
        System.setProperty("jmh.ignoreLock", "true");
    }

    private static JmhRequest tiny(String method) {
        return JmhRequest.defaults().withProfile(Profile.SMOKE)
                .withInclude(List.of(Pattern.compile(Pattern.quote(TINY + "." + method) + "$")));
    }

    @Test
    void findsTheBenchmarksOfEveryBenchmarkListOnTheClasspath() {
        List<JmhBenchmark> all = JmhRunner.benchmarks(JmhRequest.defaults());

        assertThat(all).extracting(JmhBenchmark::name).contains(TINY + ".hashText", TINY + ".allocate");
        JmhBenchmark allocate = all.stream().filter(b -> b.name().equals(TINY + ".allocate")).findFirst().orElseThrow();
        assertThat(allocate.modes()).containsExactlyInAnyOrder("sample", "avgt");
        assertThat(allocate.params()).containsEntry("text", List.of("plain", "a\"b[1],c=d/e"));
    }

    @Test
    void runsAForkedBenchmarkWithItsParamsInTheMetricIds() {
        Run run = new JmhRunner().run(tiny("hashText").withParams(Map.of("text", List.of("a\"b[1],c=d/e"))));

        MetricId id = MetricId.of("jmh", TINY + ".hashText", "thrpt", Map.of("text", "a\"b[1],c=d/e"));
        Measurement m = run.find(id).orElseThrow();
        assertThat(m.unit()).isEqualTo(Unit.OPS_PER_SECOND);
        assertThat(m.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(m.value()).isPositive();
        assertThat(m.samples()).hasSize(1);
        assertThat(MetricId.parse(id.canonical())).isEqualTo(id);
        assertThat(run.find(id.withMetric("thrpt:gc.alloc.rate.norm"))).get()
                .extracting(Measurement::unit).isEqualTo(Unit.BYTES);
        assertThat(run.info().suite()).isEqualTo("jmh");
        assertThat(run.info().profile()).isEqualTo(RunProfile.of(Profile.SMOKE));
        assertThat(run.info().system()).as("TinyBenchmarks take no system param").isEqualTo("none");
    }

    @Test
    void theRunsSystemIsTheSystemParamOfTheBenchmarksThatTakeOne() {
        JmhBenchmark plain = new JmhBenchmark("a.B.plain", List.of("thrpt"), Map.of("size", List.of("1")));
        JmhBenchmark agent = new JmhBenchmark("a.B.agent", List.of("thrpt"), Map.of("system", List.of("reference")));
        JmhRequest none = JmhRequest.defaults();

        assertThat(JmhRunner.systemOf(List.of(plain), none)).isEqualTo("none");
        assertThat(JmhRunner.systemOf(List.of(plain), none.withParams(Map.of("system", List.of("naive")))))
                .as("a system param that no selected benchmark takes measures nothing").isEqualTo("none");
        assertThat(JmhRunner.systemOf(List.of(plain, agent), none)).as("the benchmark's own value").isEqualTo("reference");
        assertThat(JmhRunner.systemOf(List.of(plain, agent), none.withParams(Map.of("system", List.of("naive")))))
                .isEqualTo("naive");
        assertThat(JmhRunner.systemOf(List.of(agent), none.withParams(Map.of("system", List.of("naive", "reference")))))
                .isEqualTo("naive,reference");
    }

    @Test
    void sampleModeKeepsTheDistributionAndItsPercentiles() {
        Run run = new JmhRunner().run(tiny("allocate").withParams(Map.of("text", List.of("plain")))
                .withForks(Optional.of(0)));

        MetricId sample = MetricId.of("jmh", TINY + ".allocate", "sample", Map.of("text", "plain"));
        assertThat(run.find(sample)).get().extracting(Measurement::unit).isEqualTo(Unit.MICROSECONDS);
        assertThat(run.histograms()).containsKey(sample.canonical());
        assertThat(run.find(sample.withMetric("p99"))).get().extracting(Measurement::unit).isEqualTo(Unit.NANOSECONDS);
        MetricId avgt = sample.withMetric("avgt");
        assertThat(run.find(avgt)).get().extracting(Measurement::direction).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(run.find(avgt.withMetric("avgt:gc.alloc.rate.norm")).orElseThrow().value()).isGreaterThan(60);
    }

    @Test
    void anIncludeThatMatchesNothingNamesTheBenchmarksThatExist() {
        JmhRequest nothing = JmhRequest.defaults().withInclude(List.of(Pattern.compile("NoSuchBenchmark")));

        assertThatThrownBy(() -> new JmhRunner().run(nothing)).isInstanceOf(JmhException.class)
                .hasMessageContaining("No JMH benchmark matches").hasMessageContaining(TINY + ".hashText");
    }

    @Test
    void aFailingBenchmarkFailsTheRunWithJmhsAccountOfWhyAndJvmArgumentsReachTheFork() {
        JmhRequest failing = JmhRequest.defaults().withProfile(Profile.SMOKE)
                .withInclude(List.of(Pattern.compile("FailingBenchmarks.failsWhenAsked")))
                .withJvmArgs(List.of("-Dcaxton.fixture.fail=true"));

        assertThatThrownBy(() -> new JmhRunner().run(failing)).isInstanceOf(JmhException.class)
                .hasMessageContaining("JMH failed").hasMessageContaining("the system under test broke on purpose");
    }

    @Test
    void requestsRefuseParamsWithoutValuesAndNegativeForks() {
        assertThatThrownBy(() -> JmhRequest.defaults().withParams(Map.of("size", List.of())))
                .hasMessageContaining("'size' has no value").hasMessageContaining("-p size=VALUE");
        assertThatThrownBy(() -> JmhRequest.defaults().withForks(Optional.of(-1))).hasMessageContaining("-1");
    }
}
