package dev.caxton.bench.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.caxton.bench.GoldenFiles;

/**
 * Every report shape is sealed by a golden file, rendered under {@code Locale.ROOT} and a comma-decimal
 * locale ({@code de-DE}) with the same bytes. After an intended change, regenerate with
 * {@code ./mvnw -o -pl reporter -am verify -Dtest=GoldenReportTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 * and review the diff.
 */
class GoldenReportTest {
    private static final Map<String, Supplier<ReportInput>> MARKDOWN = Map.of(
            "mixed", Fixtures::mixed,
            "all-new", Fixtures::allNew,
            "all-missing", Fixtures::allMissing,
            "hostile", Fixtures::hostile,
            "huge", () -> Fixtures.huge(1_500, 30, 50),
            "huge-regressions", () -> Fixtures.huge(1_200, 1_200, 50),
            "paired", Fixtures::paired);
    private static final Map<String, Supplier<ReportInput>> TEXT = Map.of(
            "mixed", Fixtures::mixed,
            "all-new", Fixtures::allNew,
            "all-missing", Fixtures::allMissing,
            "hostile", Fixtures::hostile,
            "paired", Fixtures::paired);

    static Stream<Arguments> markdownCases() {
        return MARKDOWN.keySet().stream().sorted().flatMap(n -> Stream.of(Arguments.of(n, "und"), Arguments.of(n, "de-DE")));
    }

    static Stream<Arguments> textCases() {
        return TEXT.keySet().stream().sorted().flatMap(n -> Stream.of(Arguments.of(n, "und"), Arguments.of(n, "de-DE")));
    }

    @ParameterizedTest(name = "{0}.md under {1}")
    @MethodSource("markdownCases")
    void theMarkdownReportMatchesItsGoldenFileWhateverTheLocale(String name, String locale) throws IOException {
        String md = underLocale(locale, () -> MarkdownReport.render(MARKDOWN.get(name).get(), ReportOptions.defaults()));
        check(name + ".md", md);
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.GITHUB_COMMENT_LIMIT);
    }

    @ParameterizedTest(name = "{0}.txt under {1}")
    @MethodSource("textCases")
    void theTextReportMatchesItsGoldenFileWhateverTheLocale(String name, String locale) throws IOException {
        String text = underLocale(locale, () -> TextReport.render(TEXT.get(name).get(), ReportOptions.defaults()));
        check(name + ".txt", text);
    }

    static String underLocale(String tag, Supplier<String> render) {
        return GoldenFiles.underLocale(tag, "Europe/Berlin", render);
    }

    private static void check(String file, String actual) {
        GoldenFiles.besides(GoldenReportTest.class).assertMatches(file, actual);
    }
}
