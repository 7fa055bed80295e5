package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history html} through the shaded jar, as users run it: the FreeMarker templates, styles and
 * script are found inside the jar and the page is written beside the history's default folder.
 */
class HistoryHtmlJarIT {
    private static final Path JAR = Path.of(System.getProperty("caxton.bench.jar", "target/caxton-bench.jar"));

    @TempDir
    Path dir;

    @Test
    void theJarWritesTheDashboardOfAHistory() throws Exception {
        HistoryFixture.write(dir.resolve(".caxton-bench/history.csv"));
        byte[] history = Files.readAllBytes(dir.resolve(".caxton-bench/history.csv"));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString(), "history", "html")).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .startsWith("Wrote the dashboard to .caxton-bench/dashboard.html: 11 charts (11 series, 4 metrics) over 32 runs");
        String page = Files.readString(dir.resolve(".caxton-bench/dashboard.html"), StandardCharsets.UTF_8);
        assertThat(page).contains(Fixtures.THROUGHPUT.canonical()).contains("Regression from run")
                .contains("data-status").doesNotContain("<script src");
        assertThat(Files.readAllBytes(dir.resolve(".caxton-bench/history.csv"))).isEqualTo(history);
    }
}
