package dev.caxton.bench.importer;

import static dev.caxton.bench.importer.Fixtures.file;
import static dev.caxton.bench.importer.Fixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final String JMH_HEADER = "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\"";

    private static ImportProblem problemOf(String name) {
        ImportResult r = Importers.importFiles(List.of(file(name)), options(), Fixtures.ENVIRONMENT);
        assertThat(r.run().measurements()).isEmpty();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void truncatedJsonNamesTheLineAndColumnWhereItEnds() {
        ImportProblem p = problemOf("bad/truncated.json");

        assertThat(p.file()).isEqualTo(file("bad/truncated.json"));
        assertThat(p.position()).get().asString().matches("line \\d+, column \\d+");
        assertThat(p.message()).contains("truncated").contains("JMH results");
    }

    @Test
    void aWrongShapeNamesTheJsonPathAndWhatWasExpected() {
        // an object is detected as no known format; forced to JMH JSON it is the wrong shape
        ImportResult r = Importers.importFiles(List.of(file("bad/not-an-array.json")),
                options(Format.JMH_JSON), Fixtures.ENVIRONMENT);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).contains("$");
            assertThat(p.message()).contains("expected a JSON array of JMH results but found an object");
        });
    }

    @Test
    void emptyResultsAreAnError() {
        ImportResult r = Importers.importFiles(List.of(file("bad/empty.json")), options(Format.JMH_JSON), Fixtures.ENVIRONMENT);

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no results"));
    }

    @Test
    void anUnknownUnitIsNamedWithItsPosition() {
        ImportProblem p = problemOf("bad/unknown-unit.json");

        assertThat(p.position()).contains("$[0].primaryMetric.scoreUnit");
        assertThat(p.message()).contains("'furlongs/fortnight'").contains("ops/s");
    }

    @Test
    void aNegativeCountIsNamedWithItsPosition() {
        ImportProblem p = problemOf("bad/negative-count.json");

        assertThat(p.position()).contains("$[0].primaryMetric.rawDataHistogram[0][0][1][1]");
        assertThat(p.message()).contains("negative count -3");
    }

    @Test
    void anUndetectableFileNamesTheFormatsTriedAndHowToForceOne() {
        ImportProblem p = problemOf("bad/unknown.txt");

        assertThat(p.message()).contains("tried jmh-json, jmh-csv").contains("--format F");
    }

    @Test
    void aCorruptedHistogramLineIsNamedByItsLine() {
        ImportProblem p = problemOf("bad/truncated-interval.hlog");

        assertThat(p.position()).contains("line 5");
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        ImportProblem p = Importers.importFiles(List.of(Path.of("no/such/file.json")), options(), Fixtures.ENVIRONMENT)
                .problems().get(0);

        assertThat(p.message()).contains("does not exist");
    }

    @Test
    void oneBadFileKeepsTheGoodOnesUnlessStrict() {
        List<Path> files = List.of(file("bad/truncated.json"), file("jmh/jmh-1.37-single-shot.json"));

        ImportResult r = Importers.importFiles(files, options(), Fixtures.ENVIRONMENT);
        assertThat(r.run().measurements()).isNotEmpty();
        assertThat(r.problems()).hasSize(1);

        assertThatThrownBy(() -> Importers.importFiles(files, options().withStrict(true), Fixtures.ENVIRONMENT))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).hasSize(1))
                .hasMessageContaining("truncated.json");
    }

    @Test
    void csvRowsWithTheWrongNumberOfFieldsAreNamedByLine() {
        String csv = JMH_HEADER + "\n"
                + "\"a.B.c\",\"thrpt\",1,5,10.5,NaN,\"ops/s\"\n"
                + "\"a.B.d\",\"thrpt\",1,5,10.5\n";

        assertThatThrownBy(() -> jmhCsv(csv))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems().get(0).position()).contains("line 3"))
                .hasMessageContaining("5 fields but the header has 7");
    }

    @Test
    void aNegativeSampleCountInCsvIsAnError() {
        String csv = JMH_HEADER + "\n"
                + "\"a.B.c\",\"thrpt\",1,-5,10.5,NaN,\"ops/s\"\n";

        assertThatThrownBy(() -> jmhCsv(csv))
                .hasMessageContaining("line 2, column 4").hasMessageContaining("count of 0 or more");
    }

    @Test
    void aRowAfterAQuotedLineBreakAndBlankLinesIsNamedByTheLineItStartsOn() {
        String csv = "\uFEFF" + JMH_HEADER + ","
                + "\"Param: text\"\r\n"
                + "\"a.B.c\",\"thrpt\",1,5,10.5,NaN,\"ops/s\",\"two\r\nlines\"\r\n"
                + "\r\n"
                + "\"a.B.d\",\"thrpt\",1,5,10.5\r\n";

        assertThatThrownBy(() -> jmhCsv(csv))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems().get(0).position()).contains("line 5"))
                .hasMessageContaining("5 fields but the header has 8");
    }

    @Test
    void aQuoteThatIsNeverClosedNamesTheLineOfItsRow() {
        String csv = JMH_HEADER + "\n"
                + "\"a.B.c\",\"thrpt\",1,5,10.5,NaN,\"ops/s\"\n"
                + "\"a.B.d\",\"thrpt\",1,5,10.5,NaN,\"ops/s\n";

        assertThatThrownBy(() -> jmhCsv(csv))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems().get(0).position()).contains("line 3"))
                .hasMessageContaining("not closed before the end of the file");
    }

    private static ImportedFile jmhCsv(String csv) {
        return Importers.parse(Path.of("x.csv"), csv.getBytes(StandardCharsets.UTF_8), Format.JMH_CSV, options());
    }
}
