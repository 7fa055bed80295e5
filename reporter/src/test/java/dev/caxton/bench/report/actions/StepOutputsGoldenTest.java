package dev.caxton.bench.report.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.caxton.bench.compare.FailPolicy;

import dev.caxton.bench.GoldenFiles;

class StepOutputsGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR"})
    void benchOutputsAndAMultilineValueMatchTheGoldenFile(String tag) throws IOException {
        String text = GoldenFiles.underLocale(tag, () -> {
            Map<String, String> outputs = new LinkedHashMap<>(BenchOutputs.of(Comparisons.withRegressions(2),
                    FailPolicy.REGRESSION, Path.of(".caxton-bench", "report.md"),
                    Optional.of(URI.create("https://github.com/o/r/pull/7#issuecomment-101"))).asMap());
            outputs.put("summary", "two lines\r\nand a delimiter-like ghadelimiter_1 inside");
            ArrayDeque<String> delimiters = new ArrayDeque<>(List.of("ghadelimiter_1", "ghadelimiter_2"));
            return StepOutputs.format(outputs, delimiters::removeFirst);
        });

        GoldenFiles.besides(getClass()).assertMatches("outputs.txt", text);
    }

    @Test
    void appendingAddsToWhatOtherStepsWroteAndUsesARandomDelimiter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("output");
        Files.writeString(file, "earlier=1\n");

        StepOutputs.append(file, Map.of("report", "a\nb"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("earlier=1");
        assertThat(lines.get(1)).matches("report<<ghadelimiter_[0-9a-f]{32}");
        assertThat(lines.get(4)).isEqualTo(lines.get(1).substring("report<<".length()));
    }

    @Test
    void anInvalidNameIsRefusedWithTheRule() {
        assertThatThrownBy(() -> StepOutputs.format(Map.of("bad name", "x"), () -> "d"))
                .hasMessageContaining("'bad name'").hasMessageContaining("letters, digits");
    }

    @Test
    void withoutBaselineTheVerdictIsNoBaselineAndTheCommentUrlIsEmpty() {
        var outputs = BenchOutputs.of(Comparisons.of(List.of(), false), FailPolicy.REGRESSION, Path.of("r.md"),
                Optional.empty());

        assertThat(outputs.asMap()).containsEntry("verdict", "no-baseline").containsEntry("comment_url", "")
                .containsEntry("failed", "false");
    }
}
