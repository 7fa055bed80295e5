package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Shard;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

import dev.caxton.bench.GoldenFiles;

/**
 * The bytes of a written history are sealed by a golden file, under several default locales; and
 * the fixture of every schema version reads back to the runs it was written from.
 */
class GoldenHistoryTest {
    @TempDir
    Path dir;

    /** Two runs covering every kind of cell: quoting, empty optionals, parameters, samples, intervals, extremes. */
    static List<Run> goldenRuns() {
        Environment env = new Environment("Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz", 2, 7_291_187_200L,
                "Linux 6.8.0-1017-azure amd64", "Eclipse Adoptium OpenJDK 64-Bit Server VM", "17.0.13+11",
                List.of("-XX:+UseG1GC", "-Xmx1g"));
        RunInfo a = new RunInfo(new RunId("20261120T100000Z-a1b2c3"), Instant.parse("2026-11-20T10:00:00Z"),
                Optional.of("4f1c2e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e"), Optional.of("main"), Optional.empty(), env,
                "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
        RunInfo b = new RunInfo(new RunId("20261121T101500Z-0d0e0f"), Instant.parse("2026-11-21T10:15:00.250Z"),
                Optional.of("9a8b7c6d"), Optional.of("feature/\"quoted\", with comma"), Optional.of(42), env, "agent",
                RunProfile.of(Profile.SMOKE), "pekko", Optional.of(new Shard(2, 4)));
        MetricId tp = MetricId.of("agent", "throughput", "msgs", Map.of("agents", "100", "mode", "a,b"));
        MetricId lat = MetricId.of("agent", "latency", "p99");
        MetricId mem = MetricId.of("agent", "memory", "heap");
        Measurement m1 = Measurement.ofSamples(tp, Unit.MESSAGES_PER_SECOND, new double[] {101_234.5, 99_876.25, 100_500});
        Measurement m2 = Measurement.of(lat, Unit.MICROSECONDS, 0.000123);
        Measurement m3 = new Measurement(mem, Unit.BYTES, Direction.LOWER_IS_BETTER, 1.5e12,
                new Statistics(5, 1.5e12, 12.5, 1e12, 2e12, Optional.of(new ConfidenceInterval(1.4e12, 1.6e12, 0.999))),
                List.of());
        Measurement m4 = Measurement.of(lat, Unit.MICROSECONDS, 7);
        Measurement m5 = Measurement.of(MetricId.of("agent", "spawn", "time [cold]"), Unit.MILLISECONDS, -0.0);
        return List.of(new Run(a, List.of(m1, m2, m3), Map.of(), List.of()),
                new Run(b, List.of(m4, m5), Map.of(), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "ar-EG", "hi-IN-u-nu-deva", "tr-TR"})
    void aWrittenHistoryMatchesTheGoldenFileUnderEveryLocale(String tag) throws IOException {
        Path file = dir.resolve("history.csv");
        GoldenFiles.underLocale(tag, () -> {
            goldenRuns().forEach(r -> HistoryFile.append(file, r));
            return file;
        });
        GoldenFiles.in("golden").assertMatches("history.csv", Files.readString(file));
    }

    @Test
    void theFixtureOfSchemaV1ReadsBackToItsRuns() throws IOException {
        Path file = dir.resolve("history-v1.csv");
        Files.writeString(file, resource("/fixtures/history-v1.csv"));
        HistoryReadResult read = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(read.warnings()).isEmpty();
        List<Run> runs = goldenRuns();
        assertThat(read.rows()).extracting(HistoryRow::measurement).containsExactlyElementsOf(
                runs.stream().flatMap(r -> r.measurements().stream()).toList());
        assertThat(read.rows().get(0).run()).isEqualTo(runs.get(0).info());
        assertThat(read.rows().get(4).run()).isEqualTo(runs.get(1).info());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = GoldenHistoryTest.class.getResourceAsStream(name)) {
            assertThat(in).as("resource " + name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
