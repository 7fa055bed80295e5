package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history list}, {@code show} and {@code trend} read a history whose rows do not fit in the JVM's
 * heap: they keep each run's values compactly and the full measurements of the shown window only. The
 * commands run as users run them, in a JVM of their own, here with a 32 MB heap and a history of 400,000
 * rows (89 MB of CSV). Before, they held every row and each of them ran out of memory there. No timing
 * is asserted: the heap bound is the behaviour.
 */
class HistoryReadsInSmallHeapTest {
    private static final int RUNS = 400;
    private static final int METRICS = 1_000;

    @TempDir
    static Path dir;

    private static Path history;

    @BeforeAll
    static void writeHistory() {
        history = dir.resolve("history.csv");
        Environment env = new Environment("Intel Xeon", 2, 8L << 30, "Linux 6.1", "OpenJDK", "17.0.15", List.of());
        for (int r = 0; r < RUNS; r++) {
            RunInfo info = new RunInfo(new RunId("run-" + r), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * r),
                    Optional.of(String.format("%07x", 0x100000 + r)), Optional.of("main"), Optional.empty(), env, "agent",
                    RunProfile.parse("quick"), "reference", Optional.empty());
            List<Measurement> ms = new ArrayList<>(METRICS);
            for (int m = 0; m < METRICS; m++) {
                double value = 1_000 + m + (r >= RUNS / 2 && m == 7 ? 500 : 0) + (r % 5);
                ms.add(Measurement.of(MetricId.of("agent", "bench" + m / 10, "metric" + m % 10), Unit.NANOSECONDS, value));
            }
            HistoryFile.append(history, info, ms);
        }
    }

    @Test
    void listShowsEveryRunInAHeapSmallerThanTheRows() throws Exception {
        Result r = caxtonBench("history", "list", "--history", history.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("run-199").contains("run-0 ").endsWith(RUNS + " of " + RUNS + " runs.\n");
    }

    @Test
    void trendShowsEveryMetricAndTheStepInAHeapSmallerThanTheRows() throws Exception {
        Result r = caxtonBench("history", "trend", "--history", history.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("last 20 runs").contains("bench99/metric9");
        assertThat(r.out().lines().filter(l -> l.startsWith("bench"))).hasSize(METRICS);
    }

    @Test
    void showFindsTheStepOfOneMetricInAHeapSmallerThanTheRows() throws Exception {
        Result r = caxtonBench("history", "show", "--history", history.toString(), "--last", "250", "bench0/metric7");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("the last 250 of " + RUNS + " runs").contains("run-" + RUNS / 2).contains("regression");
    }

    private record Result(int exit, String out, String err) {}

    private static Result caxtonBench(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("caxton-bench " + String.join(" ", args) + " did not end within 5 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
