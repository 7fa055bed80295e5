package dev.caxton.bench.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;

class TargetsTest {
    @TempDir
    Path dir;

    private static Measurement m(String id, Unit unit, double value) {
        return Measurement.of(MetricId.parse(id), unit, value);
    }

    @Test
    void gradesTheAgentSuitesMetricsWithTheGuidesTable() {
        Targets t = Targets.defaults();
        assertThat(t.grade(m("agent/message_throughput/throughput", Unit.MESSAGES_PER_SECOND, 75_000))).contains(Grade.ACCEPTABLE);
        assertThat(t.grade(m("agent/request_latency/p50[mode=closed]", Unit.NANOSECONDS, 900_000))).contains(Grade.TARGET);
        assertThat(t.grade(m("agent/request_latency/p99[mode=open,rate=200000]", Unit.NANOSECONDS, 60e6))).contains(Grade.CRITICAL);
        assertThat(t.grade(m("agent/agent_response_time/p99", Unit.NANOSECONDS, 200e6))).contains(Grade.FAILING);
        assertThat(t.grade(m("agent/spawn_time/per_agent[agents=10000]", Unit.NANOSECONDS, 2_000))).contains(Grade.TARGET);
        assertThat(t.grade(m("agent/memory_per_agent/idle_retained[agents=10000]", Unit.BYTES, 20e6))).contains(Grade.ACCEPTABLE);
        assertThat(t.grade(m("agent/cpu_per_agent/processing_per_agent[agents=1000]", Unit.PERCENT, 12))).contains(Grade.CRITICAL);
        assertThat(t.grade(m("agent/recovery_time/recovery_time[agents=1000,failed=100]", Unit.MILLISECONDS, 90_000)))
                .contains(Grade.ACCEPTABLE);
        assertThat(t.grade(m("agent/recovery_time/restart_to_next_message_p50", Unit.NANOSECONDS, 15_600))).contains(Grade.TARGET);
    }

    @Test
    void gradingByTheTierLookedUpAlreadyGradesAsGradingAlone() {
        Targets t = Targets.defaults();
        for (Measurement x : List.of(m("agent/message_throughput/throughput", Unit.MESSAGES_PER_SECOND, 75_000),
                m("agent/request_latency/p99[mode=open,rate=200000]", Unit.NANOSECONDS, 60e6),
                m("agent/memory_per_agent/idle_retained[agents=2000]", Unit.BYTES, 0),
                m("agent/request_latency/p50[mode=closed]", Unit.BYTES, 3),
                m("gab/parse/value", Unit.NANOSECONDS, 12))) {
            assertThat(Targets.grade(x, t.tierFor(x.id()))).as(x.id().canonical()).isEqualTo(t.grade(x));
        }
    }

    @Test
    void aTimeOrSizeOfZeroIsNeverGradedItSaysNothingWasSeen() {
        Targets t = Targets.defaults();
        assertThat(t.grade(m("agent/memory_per_agent/idle_retained[agents=2000]", Unit.BYTES, 0))).isEmpty();
        assertThat(t.grade(m("agent/spawn_time/heap_per_agent[agents=10]", Unit.BYTES, 0))).isEmpty();
        assertThat(t.grade(m("agent/recovery_time/restart_to_next_message_p50", Unit.NANOSECONDS, 0))).isEmpty();
        assertThat(Targets.measuredNothing(m("agent/cpu_per_agent/idle_per_agent[agents=100]", Unit.PERCENT, 0))).isFalse();
        assertThat(t.grade(m("agent/memory_per_agent/idle_retained[agents=2000]", Unit.BYTES, 1))).contains(Grade.TARGET);
    }

    @Test
    void appliesTheP99RowNotToP999() {
        Targets t = Targets.defaults();
        assertThat(t.tierFor(MetricId.parse("agent/request_latency/p99[mode=closed]")).map(Tier::label))
                .contains("Message Latency (p99)");
        assertThat(t.tierFor(MetricId.parse("agent/request_latency/p99.9[mode=closed]"))).isEmpty();
        assertThat(t.tierFor(MetricId.parse("agent/request_latency/p50")).map(Tier::label)).contains("Message Latency (p50)");
    }

    @Test
    void gradesTheMessageThroughputTierOnlyOnTheThroughputBenchmarkNotOnTheScalingSweep() {
        Targets t = Targets.defaults();
        assertThat(t.tierFor(MetricId.parse("agent/message_throughput/throughput")).map(Tier::label))
                .contains("Message Throughput");
        for (String agents : List.of("1", "10", "100", "1000", "10000")) {
            assertThat(t.tierFor(MetricId.parse("agent/spawn_time/throughput[agents=" + agents + "]")))
                    .as("tier of the scaling sweep's throughput at %s agents", agents).isEmpty();
        }
        assertThat(t.tierFor(MetricId.parse("agent/spawn_time/per_agent[agents=1]")).map(Tier::label))
                .contains("Agent Spawn Time");
    }

    @Test
    void hasNoTierForMetricsTheTableDoesNotCover() {
        assertThat(Targets.defaults().tierFor(MetricId.parse("agent/message_throughput/regimes"))).isEmpty();
        assertThat(Targets.defaults().grade(m("other/suite/metric", Unit.COUNT, 3))).isEmpty();
    }

    @Test
    void skipsATierWhoseUnitTheMeasurementCannotConvertTo() {
        Targets t = Targets.none().with("x/y/*", Tier.of("Latency", 1, 5, 10, Unit.MILLISECONDS));
        assertThat(t.grade(m("x/y/z", Unit.BYTES, 3))).isEmpty();
        assertThat(t.grade(m("x/y/z", Unit.MICROSECONDS, 3))).contains(Grade.TARGET);
    }

    @Test
    void letsTheLastMatchingEntryWin() {
        Targets t = Targets.none()
                .with("a/b/*", Tier.of("broad", 1, 2, 3, Unit.MILLISECONDS))
                .with("a/b/c", Tier.of("narrow", 10, 20, 30, Unit.MILLISECONDS));
        assertThat(t.tierFor(MetricId.parse("a/b/c")).map(Tier::label)).contains("narrow");
        assertThat(t.tierFor(MetricId.parse("a/b/d")).map(Tier::label)).contains("broad");
    }

    @Test
    void matchesGlobsAgainstTheWholeCanonicalId() {
        Targets t = Targets.none().with("a/b/p?[*", Tier.of("g", 1, 2, 3, Unit.MILLISECONDS));
        assertThat(t.tierFor(MetricId.parse("a/b/p5[x=1]"))).isPresent();
        assertThat(t.tierFor(MetricId.parse("a/b/p5"))).isEmpty();
        assertThat(t.tierFor(MetricId.parse("za/b/p5[x=1]"))).isEmpty();
    }

    @Test
    void loadsAFileThatOverridesAndAddsTiers() throws IOException {
        Path file = write("""
                # stricter goals for our runtime
                target agent/message_throughput/throughput = 8M 4M 1.5M msg/s

                target agent/request_latency/p99*   = 200us 1ms 10ms ms   # open and closed loop
                target agent/memory_per_agent/idle* = 256B 1KB 1KiB bytes
                target my/own/hit_rate = 90% 80% 50% percent higher
                target my/own/wait = 1.5s 2min 1h s
                """);
        Targets t = Targets.load(file);
        assertThat(t.grade(m("agent/message_throughput/throughput", Unit.MESSAGES_PER_SECOND, 5_000_000))).contains(Grade.ACCEPTABLE);
        assertThat(t.grade(m("agent/request_latency/p99[mode=closed]", Unit.NANOSECONDS, 150_000))).contains(Grade.TARGET);
        assertThat(t.grade(m("agent/request_latency/p99.9[mode=closed]", Unit.NANOSECONDS, 150_000))).contains(Grade.TARGET);
        assertThat(t.grade(m("agent/memory_per_agent/idle_retained[agents=10000]", Unit.BYTES, 1_000))).contains(Grade.ACCEPTABLE);
        assertThat(t.grade(m("agent/memory_per_agent/idle_retained[agents=10000]", Unit.BYTES, 1_024))).contains(Grade.CRITICAL);
        Tier hit = t.tierFor(MetricId.parse("my/own/hit_rate")).orElseThrow();
        assertThat(hit.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(hit.target()).isEqualTo(90);
        Tier wait = t.tierFor(MetricId.parse("my/own/wait")).orElseThrow();
        assertThat(List.of(wait.target(), wait.acceptable(), wait.critical())).containsExactly(1.5, 120.0, 3600.0);
        assertThat(t.tierFor(MetricId.parse("agent/spawn_time/per_agent[agents=10]")).map(Tier::label)).contains("Agent Spawn Time");
    }

    @Test
    void readsMultipliersAndTimeSuffixes() {
        Path f = Path.of("t.conf");
        Tier rate = TargetsFile.parse(f, List.of("target a/b/c = 2G 1.5M 100k msg/s")).get(0).tier();
        assertThat(List.of(rate.target(), rate.acceptable(), rate.critical())).containsExactly(2e9, 1.5e6, 1e5);
        Tier t = TargetsFile.parse(f, List.of("target a/b/c = 500ns 10us 0.5ms us")).get(0).tier();
        assertThat(List.of(t.target(), t.acceptable(), t.critical())).containsExactly(0.5, 10.0, 500.0);
    }

    @Test
    void rejectsAMissingFileNamingIt() {
        Path missing = dir.resolve("nope.conf");
        assertThatThrownBy(() -> Targets.load(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void rejectsEveryKindOfBadLineNamingFileLineTextAndForm() throws IOException {
        List<String[]> cases = List.of(
                new String[] {"goal a/b/c = 1 2 3 ms", "must start with the word 'target'"},
                new String[] {"target", "metric glob is missing"},
                new String[] {"target = 1 2 3 ms", "metric glob is missing"},
                new String[] {"target a/b/c 1 2 3 ms", "expected '=' after the metric glob"},
                new String[] {"target a/b/c = 1 2 ms", "three thresholds and a unit"},
                new String[] {"target a/b/c = 1 2 3 parsecs", "unknown unit 'parsecs'"},
                new String[] {"target a/b/c = 1 2 3 ms sideways", "unknown direction 'sideways'"},
                new String[] {"target a/b/c = 1 2 3 ms lower extra", "unexpected 'extra'"},
                new String[] {"target a/b/c = one 2 3 ms", "target threshold 'one' is not a number"},
                new String[] {"target a/b/c = 1 2 3furlongs ms", "unknown suffix 'furlongs'"},
                new String[] {"target a/b/c = 1 2ms 3 msg/s", "acceptable threshold '2ms' is a time but the unit is msg/s"},
                new String[] {"target a/b/c = 1MB 2MB 3MB ms", "is a size but the unit is ms"},
                new String[] {"target a/b/c = 1% 2% 3% ms", "is a percentage but the unit is ms"},
                new String[] {"target a/b/c = 10ms 5ms 1ms ms", "must increase"});
        for (String[] c : cases) {
            Path file = write("# first line is a comment\n\n" + c[0] + "\n");
            assertThatThrownBy(() -> Targets.load(file))
                    .as(c[0])
                    .isInstanceOfSatisfying(ConfigException.class, e -> {
                        assertThat(e.file()).isEqualTo(file);
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.text()).isEqualTo(c[0]);
                    })
                    .hasMessageStartingWith(file + ":3: ")
                    .hasMessageContaining(c[1])
                    .hasMessageContaining("'" + c[0] + "'")
                    .hasMessageContaining(TargetsFile.FORM);
        }
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "targets", ".conf");
        Files.writeString(file, text);
        return file;
    }
}
