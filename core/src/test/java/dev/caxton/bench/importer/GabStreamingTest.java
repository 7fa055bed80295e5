package dev.caxton.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Measurement;

/**
 * The github-action-benchmark reader reads its array an entry at a time (a 50 MB file is not held as
 * one tree), yet reports what a read of the whole tree reported: syntax errors anywhere before the
 * first wrong entry.
 */
class GabStreamingTest {
    private static final String ENTRY = "{\"name\": \"parse\", \"unit\": \"ns\", \"value\": 12.5, \"range\": \"± 0.5\"}";

    /** Bytes served on demand; remembers how many metrics were read when its last bytes were asked for. */
    private static final class Watched extends InputStream {
        private final ByteArrayInputStream bytes;
        private final List<Measurement> out;
        private int readBeforeTheEnd = -1;

        Watched(byte[] content, List<Measurement> out) {
            this.bytes = new ByteArrayInputStream(content);
            this.out = out;
        }

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = bytes.read(b, off, Math.min(len, 4096));
            if (n > 0 && bytes.available() == 0) {
                readBeforeTheEnd = out.size();
            }
            return n;
        }
    }

    @Test
    void anEntrysMetricsAreReadBeforeTheRestOfTheFileIsRead() throws Exception {
        String json = "[" + ENTRY + "," + " ".repeat(100_000) + ENTRY.replace("parse", "format") + "]";
        List<Measurement> out = new ArrayList<>();
        Watched in = new Watched(json.getBytes(StandardCharsets.UTF_8), out);

        try (JsonParser p = JmhJsonReader.JSON.createParser(in)) {
            GabReader.read(p, Optional.empty(), new ArrayList<>(), out);
        }

        assertThat(in.readBeforeTheEnd).as("metrics read when the last bytes were served").isEqualTo(2);
        assertThat(out).extracting(m -> m.id().canonical())
                .containsExactly("gab/parse/value", "gab/parse/range", "gab/format/value", "gab/format/range");
    }

    @Test
    void aSyntaxErrorAfterAWrongEntryIsReportedAsAWholeTreeReadReportedIt() {
        ImportProblem p = problemOf("[{\"name\": \"parse\", \"unit\": \"ns\"},\n" + ENTRY + ",\n{\"name\": ");

        assertThat(p.position()).contains("line 3, column 10");
        assertThat(p.message()).startsWith("the JSON ends early (the file is truncated)");
    }

    @Test
    void theFirstWrongEntryIsReportedWhenTheSyntaxIsGood() {
        ImportProblem p = problemOf("[" + ENTRY + ", {\"name\": \"a\", \"unit\": \"ns\"}, {\"name\": \"b\"}] ");

        assertThat(p.position()).contains("$[1]");
        assertThat(p.message()).startsWith("missing field 'value'; expected a number");
    }

    @Test
    void contentAfterTheArrayIsReportedBeforeAWrongEntry() {
        assertThat(problemOf("[{\"name\": \"a\", \"unit\": \"ns\"}] []").message())
                .startsWith("more content follows the JSON document");
    }

    private static ImportProblem problemOf(String json) {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> Importers.parse(Path.of("gab.json"), content, Format.GAB, ImportOptions.defaults()));
        assertThat(e).as("the import's exception").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
