package dev.caxton.bench.importer;

import static dev.caxton.bench.importer.Fixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names the history cannot hold and numbers that are not finite are refused at the door, each with
 * the file, the position and the fix (issue 12, items 3 to 5).
 */
class HostileInputTest {
    private static final String JMH_CSV_HEADER =
            "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\"";

    @Test
    void aLineBreakInAGabNameIsRefusedWithItsPathBeforeAnyRunFileIsWritten() {
        ImportProblem p = problem("[{\"name\":\"a\\nb\",\"unit\":\"ns\",\"value\":1}]", Format.GAB);

        assertThat(p.position()).contains("$[0].name");
        assertThat(p.message()).contains("'a\\nb'").contains("line feed").contains("Rename it where it comes from");
    }

    @Test
    void aLoneSurrogateInAGabNameIsRefusedWithItsPath() {
        ImportProblem p = problem("[{\"name\":\"\\ud800\",\"unit\":\"ns\",\"value\":1}]", Format.GAB);

        assertThat(p.position()).contains("$[0].name");
        assertThat(p.message()).contains("unpaired UTF-16 surrogate (\\ud800) at index 0").doesNotContain("\uD800");
    }

    @Test
    void aLoneSurrogateOrATabInAJmhParameterIsRefusedWithTheEntry() {
        String json = "[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\",\"params\":{\"size\":\"%s\"},"
                + "\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ops/s\"}}]";

        ImportProblem surrogate = problem(json.formatted("\\udc00"), Format.JMH_JSON);
        ImportProblem tab = problem(json.formatted("x\\ty"), Format.JMH_JSON);

        assertThat(surrogate.position()).contains("$[0]");
        assertThat(surrogate.message()).contains("parameter size").contains("\\udc00");
        assertThat(tab.message()).contains("'x\\ty'").contains("tab");
    }

    @Test
    void aLineBreakInAJmhSecondaryResultIsRefusedWithItsPath() {
        String json = "[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ops/s\"},"
                + "\"secondaryMetrics\":{\"gc\\r\":{\"score\":1.0,\"scoreUnit\":\"ops/s\"}}}]";

        ImportProblem p = problem(json, Format.JMH_JSON);

        assertThat(p.position()).get().asString().startsWith("$[0].secondaryMetrics");
        assertThat(p.message()).contains("carriage return");
    }

    @Test
    void aControlCharacterInAJmhCsvNameIsRefusedWithItsLine() {
        ImportProblem p = problem(JMH_CSV_HEADER + "\n\"a.B.c\u0007\",\"thrpt\",1,5,10.5,NaN,\"ops/s\"\n", Format.JMH_CSV);

        assertThat(p.position()).get().asString().startsWith("line 2");
        assertThat(p.message()).contains("\\u0007");
    }

    @Test
    void aLoneSurrogateInACriterionFullIdIsRefusedNamingBenchmarkJson(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("criterion/fib/new"));
        Files.writeString(folder.resolve("estimates.json"), "{\"mean\":{\"point_estimate\":10.0},"
                + "\"median\":{\"point_estimate\":9.0},\"std_dev\":{\"point_estimate\":1.0}}");
        Files.writeString(folder.resolve("benchmark.json"), "{\"full_id\":\"fib\\ud800\"}");

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> Importers.read(folder.resolve("estimates.json"), options()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).get().asString().endsWith("benchmark.json: $.full_id");
            assertThat(p.message()).contains("\\ud800");
        });
    }

    @Test
    void aControlCharacterInABencherNameIsRefusedWithItsLine() {
        ImportProblem p = problem("running 1 test\ntest a\u0001b ... bench:       1,234 ns/iter (+/- 56)\n", Format.BENCHER);

        assertThat(p.position()).contains("line 2");
        assertThat(p.message()).contains("\\u0001");
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefusedWithItsPath() {
        ImportProblem p = problem("[{\"name\":\"inf\",\"unit\":\"ns\",\"value\":1e309}]", Format.GAB);

        assertThat(p.position()).contains("$[0].value");
        assertThat(p.message()).contains("beyond the range of a double");
    }

    @Test
    void jsonNestedDeeperThanJacksonsLimitNamesTheLimitAndWhere() {
        ImportProblem p = problem("[" + "[".repeat(1_200) + "]".repeat(1_200) + "]", Format.JMH_JSON);

        assertThat(p.position()).contains("line 1, column 1001"); // the bracket that opens level 1,001
        assertThat(p.message()).startsWith("the JSON is nested deeper than 1000 levels here; expected a JSON array of JMH")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void aHistogramWhoseHeaderHdrHistogramRefusesIsNamedInWordsWithItsLine() throws IOException {
        byte[] content = Files.readAllBytes(Path.of(HostileInputTest.class
                .getResource("/fuzz-corpus/hlog/significant-digits-out-of-range.hlog").getPath()));

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> Importers.parse(Path.of("x.hlog"), content, Format.HDR_LOG, options()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).contains("line 2");
            assertThat(p.message()).contains("numberOfSignificantValueDigits").doesNotContain("InvocationTargetException");
        });
    }

    private static ImportProblem problem(String content, Format format) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> Importers.parse(
                Path.of("in." + format.label()), content.getBytes(StandardCharsets.UTF_8), format, options()));
        assertThat(e).as("an ImportException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
