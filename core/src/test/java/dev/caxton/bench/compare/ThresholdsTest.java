package dev.caxton.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.ConfigException;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Targets;

class ThresholdsTest {
    private static final MetricId P99 = MetricId.parse("agent/request_latency/p99[mode=closed]");
    private static final MetricId THROUGHPUT = MetricId.parse("agent/message_throughput/throughput");
    private static final MetricId JMH = MetricId.parse("jmh/dev.example.Bench.run/score[size=10]");

    @TempDir
    Path dir;

    @Test
    void defaultsAreTenAndTwentyFivePercent() {
        Thresholds t = Thresholds.defaults();
        assertThat(t.threshold(P99)).isEqualTo(0.10);
        assertThat(t.failThreshold(P99)).isEqualTo(0.25);
    }

    @Test
    void theLastMatchingGlobWinsAndEachKindIsSeparate() {
        Thresholds t = Thresholds.defaults().withThreshold("agent/*", 0.2).withThreshold("agent/request_latency/p99*", 0.15)
                .withFailThreshold("*", 0.4);
        assertThat(t.threshold(P99)).isEqualTo(0.15);
        assertThat(t.threshold(THROUGHPUT)).isEqualTo(0.2);
        assertThat(t.threshold(JMH)).isEqualTo(0.10);
        assertThat(t.failThreshold(JMH)).isEqualTo(0.4);
        assertThat(t.withThreshold("*", 0.01).threshold(P99)).isEqualTo(0.01);
    }

    @Test
    void rejectsANonPositiveThresholdNamingIt() {
        assertThatThrownBy(() -> Thresholds.defaults().withThreshold("a/*", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.05 (5%), got 0.0 for a/*");
        assertThatThrownBy(() -> Thresholds.defaults().withFailThreshold(" ", 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
    }

    @Test
    void readsThresholdLinesBesideTargetLinesFromOneFile() throws IOException {
        Path file = write("""
                # targets and thresholds
                target agent/message_throughput/throughput = 8M 4M 1.5M msg/s
                threshold agent/*                   = 20%
                threshold agent/request_latency/p99* = 0.05   # a plain fraction
                fail-threshold *                    = 12.5%
                """);
        BenchConfig config = BenchConfig.load(file);
        assertThat(config.thresholds().threshold(P99)).isEqualTo(0.05);
        assertThat(config.thresholds().threshold(THROUGHPUT)).isEqualTo(0.2);
        assertThat(config.thresholds().threshold(JMH)).isEqualTo(0.10);
        assertThat(config.thresholds().failThreshold(JMH)).isEqualTo(0.125);
        Measurement m = Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 5e6);
        assertThat(config.targets().grade(m)).contains(Grade.ACCEPTABLE);
        assertThat(Targets.load(file).grade(m)).contains(Grade.ACCEPTABLE);
        assertThat(Thresholds.load(file).threshold(P99)).isEqualTo(0.05);
        assertThat(config.settings().thresholds()).isSameAs(config.thresholds());
        assertThat(config.settings().alpha()).isEqualTo(0.01);
    }

    @Test
    void rejectsEveryKindOfBadThresholdLineNamingFileLineTextAndForm() throws IOException {
        List<String[]> cases = List.of(
                new String[] {"threshold", "metric glob is missing"},
                new String[] {"threshold = 5%", "metric glob is missing"},
                new String[] {"threshold a/* 5%", "expected '=' after the metric glob, found '5%'"},
                new String[] {"fail-threshold a/* =", "expected a relative change after '='"},
                new String[] {"threshold a/* = 5% 6%", "unexpected '6%' after the threshold"},
                new String[] {"threshold a/* = five", "the threshold 'five' is not a percentage or a fraction"},
                new String[] {"threshold a/* = 5ms", "the threshold '5ms' is not a percentage or a fraction"},
                new String[] {"threshold a/* = 0%", "must be above zero"},
                new String[] {"fail-threshold a/* = -0.1", "must be above zero"},
                new String[] {"threshold a/* = 5", "would mean 500%; write a percentage such as 5%"});
        for (String[] c : cases) {
            Path file = write("target a/b/c = 1 2 3 ms\n# comment\n" + c[0] + "\n");
            assertThatThrownBy(() -> BenchConfig.load(file))
                    .as(c[0])
                    .isInstanceOfSatisfying(ConfigException.class, e -> {
                        assertThat(e.file()).isEqualTo(file);
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.text()).isEqualTo(c[0]);
                    })
                    .hasMessageStartingWith(file + ":3: ")
                    .hasMessageContaining(c[1])
                    .hasMessageContaining("Expected: threshold|fail-threshold <metric-glob> = <percent>%|<fraction>");
            assertThatThrownBy(() -> Targets.load(file)).as("targets too: " + c[0]).isInstanceOf(ConfigException.class);
        }
    }

    @Test
    void anUnknownLineNamesAllThreeForms() throws IOException {
        Path file = write("limit a/* = 5%\n");
        assertThatThrownBy(() -> BenchConfig.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(":1: a line must start with the word 'target', 'threshold' or 'fail-threshold', "
                        + "found 'limit'")
                .hasMessageContaining("threshold|fail-threshold <metric-glob>")
                .hasMessageContaining("target <metric-glob> = <target>");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "targets", ".conf");
        Files.writeString(file, text);
        return file;
    }
}
