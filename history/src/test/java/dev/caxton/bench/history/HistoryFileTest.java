package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;

class HistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void appendedRunsReadBackEqual() {
        Path file = dir.resolve(".caxton-bench/history.csv");
        Run a = TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 7, 1);
        Run b = TestRuns.run(TestRuns.info("r2", "2026-11-21T10:00:00.123456789Z", null, null), 5, 2);
        HistoryFile.append(file, a);
        HistoryFile.append(file, b);
        HistoryReadResult read = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.schemaVersion()).isEqualTo(1);
        assertThat(read.rows()).hasSize(12);
        assertThat(read.rows().stream().map(HistoryRow::measurement).toList())
                .containsExactlyElementsOf(concat(a.measurements(), b.measurements()));
        assertThat(read.rows().get(0).run()).isEqualTo(a.info());
        assertThat(read.rows().get(11).run()).isEqualTo(b.info());
    }

    @Test
    void missingFileIsAnEmptyHistory() {
        assertThat(HistoryFile.read(dir.resolve("none.csv"), ReadMode.STRICT).rows()).isEmpty();
    }

    @Test
    void tornLastLineIsReportedWithItsLineNumberAndRemovedByTheNextAppend() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        Files.writeString(file, "1,r2,2026-11-21T10:00:00Z,def,ma", StandardOpenOption.APPEND);
        HistoryReadResult read = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(read.rows()).hasSize(3);
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.message()).contains("torn");
        });
        AppendResult r = HistoryFile.append(file, TestRuns.run(TestRuns.info("r3", "2026-11-22T10:00:00Z", "x", "main"), 2, 3));
        assertThat(r.repair()).hasValueSatisfying(t -> assertThat(t.description()).contains("torn line"));
        HistoryReadResult after = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(after.warnings()).isEmpty();
        assertThat(after.rows()).hasSize(5);
    }

    @Test
    void aCompleteLastRowWithoutItsNewlineIsKeptByTheNextAppend() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1)); // as an editor leaves it
        AppendResult r = HistoryFile.append(file, TestRuns.run(TestRuns.info("r2", "2026-11-22T10:00:00Z", "x", "main"), 2, 3));
        assertThat(r.repair()).isEmpty();
        HistoryReadResult after = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(after.warnings()).isEmpty();
        assertThat(after.rows()).extracting(row -> row.run().runId().value())
                .containsExactly("r1", "r1", "r1", "r2", "r2");
    }

    @Test
    void aTornTailsBytesAreMovedToASideFile() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        String torn = "1,r2,2026-11-21T10:00:00Z,def,ma";
        Files.writeString(file, torn, StandardOpenOption.APPEND);
        AppendResult r = HistoryFile.append(file, TestRuns.run(TestRuns.info("r3", "2026-11-22T10:00:00Z", "x", "main"), 2, 3));
        assertThat(r.repair()).hasValueSatisfying(t -> {
            assertThat(t.savedTo().getParent()).isEqualTo(dir);
            assertThat(t.savedTo().getFileName().toString()).startsWith("history.csv.torn-");
            try {
                assertThat(Files.readString(t.savedTo())).isEqualTo(torn);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void aRunCutShortAtTheEndIsIgnoredOnReadAndRemovedByTheNextAppend() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r2", "2026-11-21T10:00:00Z", "abc", "main"), 4, 1));
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 2)); // r2 keeps 2 of its 4 rows, whole lines
        HistoryReadResult read = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(read.rows()).hasSize(3);
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.message()).contains("run r2 on lines 5 to 6 has 2 of its 4 rows");
        });
        AppendResult r = HistoryFile.append(file, TestRuns.run(TestRuns.info("r3", "2026-11-22T10:00:00Z", "x", "main"), 2, 3));
        assertThat(r.repair()).hasValueSatisfying(t -> assertThat(t.description()).isEqualTo("the first 2 of 4 rows of run r2"));
        assertThat(HistoryFile.read(file, ReadMode.STRICT).rows()).extracting(row -> row.run().runId().value())
                .containsExactly("r1", "r1", "r1", "r3", "r3");
    }

    @Test
    void aBrokenRowInTheMiddleFailsStrictReadingNamingLineAndColumnAndIsSkippedWhenLenient() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r2", "2026-11-21T10:00:00Z", "abc", "main"), 3, 2));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replaceFirst(",1000\\.1,", ",10O0.1,"));
        lines.set(3, lines.get(3).substring(0, 40));
        Files.write(file, lines);
        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.STRICT))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("history.csv line 2, column value: expected a number such as 1234.5 or 1.2E-4,"
                        + " found '10O0.1'; fix or delete the line, or restore the file from git");
        HistoryReadResult lenient = HistoryFile.read(file, ReadMode.LENIENT);
        assertThat(lenient.rows()).hasSize(4);
        assertThat(lenient.warnings()).extracting(HistoryProblem::line).containsExactly(2L, 4L, 3L);
        assertThat(lenient.warnings().toString()).contains("line 4: expected 35 columns, found 7")
                .contains("run r1 has 1 rows but announces 3");
    }

    @Test
    void anUnknownHeaderIsRefusedOnReadAndOnAppend() throws Exception {
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "name,value\nx,1\n");
        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.LENIENT)).hasMessageContaining("line 1")
                .hasMessageContaining("Caxton Bench history");
        assertThatThrownBy(() -> HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "a", "m"), 1, 1)))
                .isInstanceOf(HistoryFormatException.class).hasMessageContaining("Nothing was appended");
        assertThat(Files.readString(file)).isEqualTo("name,value\nx,1\n");
        Files.writeString(file, "schema_v2,run_id\n");
        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.STRICT)).hasMessageContaining("schema_v2")
                .hasMessageContaining("upgrade Caxton Bench");
    }

    @Test
    void aLineBreakInAFieldIsRefusedBeforeAnythingIsWritten() {
        Path file = dir.resolve("history.csv");
        var info = new dev.caxton.bench.model.RunInfo(new dev.caxton.bench.model.RunId("r1"), java.time.Instant.EPOCH,
                java.util.Optional.empty(), java.util.Optional.of("feature\nx"), java.util.Optional.empty(), TestRuns.ENV,
                "s", dev.caxton.bench.model.RunProfile.parse("p"), "q", java.util.Optional.empty());
        assertThatThrownBy(() -> HistoryFile.append(file, TestRuns.run(info, 1, 1)))
                .hasMessageContaining("the branch may not hold a line break");
        assertThat(file).doesNotExist();
    }

    @Test
    void crlfLineEndsFromAWindowsCheckoutReadTheSame() throws Exception {
        Path file = dir.resolve("history.csv");
        Run a = TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 4, 1);
        HistoryFile.append(file, a);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("\n", "\r\n"));
        assertThat(HistoryFile.read(file, ReadMode.STRICT).rows()).extracting(HistoryRow::measurement)
                .containsExactlyElementsOf(a.measurements());
        Run b = TestRuns.run(TestRuns.info("r2", "2026-11-21T10:00:00Z", "abc", "main"), 2, 2);
        HistoryFile.append(file, b);
        assertThat(HistoryFile.read(file, ReadMode.STRICT).rows()).hasSize(6);
    }

    private static List<Measurement> concat(List<Measurement> a, List<Measurement> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
