package dev.caxton.bench.report.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.GoldenFiles;

class JobSummaryGoldenTest {

    @Test
    void aReportThatFitsIsAppendedWithALineEnd(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "# Earlier step\n");

        JobSummary.Result result = JobSummary.append(file, "## Benchmarks\n| a | b |", "report.md");

        assertThat(result).isEqualTo(new JobSummary.Result(24, false));
        assertThat(Files.readString(file)).isEqualTo("# Earlier step\n## Benchmarks\n| a | b |\n");
    }

    @Test
    void aReportOverTheCapIsCutAtALineEndWithANoteMatchingTheGoldenFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "# Earlier step\n");
        StringBuilder report = new StringBuilder("## Benchmarks ✓\n");
        for (int i = 0; i < 40; i++) {
            report.append("| route_").append(i).append(" | 120 000 msg/s | −3.1 % |\n");
        }

        JobSummary.Result result = JobSummary.append(file, report.toString(), ".caxton-bench/report.md", 600);

        assertThat(result.truncated()).isTrue();
        assertThat(Files.size(file)).isLessThanOrEqualTo(600);
        GoldenFiles.besides(getClass()).assertMatches("summary-truncated.md", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void oneHugeLineIsCutAtACharacterBoundaryAndTheFileStaysUnderTheCap(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");
        String line = "✓".repeat(500);

        JobSummary.append(file, line, "", 400);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isLessThanOrEqualTo(400);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\uFFFD").startsWith("✓✓✓").contains("cut to fit GitHub's 1 MiB limit");
    }

    @Test
    void aFileAlreadyAtTheCapGetsNothingMore(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "x".repeat(100));

        JobSummary.Result result = JobSummary.append(file, "more", "", 100);

        assertThat(result).isEqualTo(new JobSummary.Result(0, true));
        assertThat(Files.size(file)).isEqualTo(100);
    }

    @Test
    void theRealCapIsOneMebibyte(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");

        JobSummary.append(file, "a\n".repeat(600_000), "report.md");

        assertThat(Files.size(file)).isLessThanOrEqualTo(1024 * 1024).isGreaterThan(1024 * 1024 - 300);
    }
}
