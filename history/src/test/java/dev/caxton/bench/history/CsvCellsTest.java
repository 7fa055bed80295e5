package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;

/** The history's cells through commons-csv: quoting as written, the cell a quote error is in, and the fast path's agreement. */
class CsvCellsTest {
    @TempDir
    Path dir;

    @Test
    void aCellIsQuotedOnlyWhenItMustBe() {
        StringBuilder sb = line(List.of("1", "plain", "", "a,b", "say \"hi\"", " lead", "trail ", "débit", "-0.0", "1.5E-7"));
        assertThat(sb).hasToString("1,plain,,\"a,b\",\"say \"\"hi\"\"\",\" lead\",\"trail \",débit,-0.0,1.5E-7\n");
    }

    @Test
    void splittingReadsBackWhatWasWritten() {
        List<String> cells = List.of("1", "", "a,b", "say \"hi\"", " lead", "trail ", "débit", "#x", "!");
        StringBuilder sb = line(cells);
        String line = sb.substring(0, sb.length() - 1);
        assertThat(CsvCells.split(line)).containsExactlyElementsOf(cells);
        assertThat(CsvCells.split(line + "\r")).as("a CRLF line end").containsExactlyElementsOf(cells);
        CsvCells.Splitter splitter = new CsvCells.Splitter();
        for (int i = 0; i < 3; i++) {
            assertThat(splitter.split(line)).containsExactlyElementsOf(cells);
        }
    }

    @Test
    void cellsAreWrittenAsACommonsCsvPrinterWritesThem() throws java.io.IOException {
        List<String> cells = List.of("", "1", "", "a,b", "say \"hi\"", " lead", "trail ", "débit", "#x", "!", "");
        StringBuilder printed = new StringBuilder();
        try (var p = new org.apache.commons.csv.CSVPrinter(printed, CsvCells.FORMAT)) {
            p.printRecord(cells);
            p.printRecord(cells.subList(1, cells.size()));
        }
        assertThat(line(cells).append(line(cells.subList(1, cells.size())))).hasToString(printed.toString());
    }

    private static StringBuilder line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            CsvCells.cell(sb, cells.get(i), i == 0);
        }
        CsvCells.endLine(sb);
        return sb;
    }

    @Test
    void anUnclosedQuoteNamesItsCell() {
        assertThatThrownBy(() -> CsvCells.split("1,r1,\"2026-11-20T10:00:00Z,abc"))
                .isInstanceOfSatisfying(CsvV1.FieldError.class, e -> assertThat(e.columnName()).contains("timestamp"))
                .hasMessageContaining("a quoted cell is not closed");
    }

    @Test
    void textAfterAClosingQuoteNamesItsCell() {
        assertThatThrownBy(() -> CsvCells.split("1,r1,2026-11-20T10:00:00Z,\"abc\"def,main"))
                .isInstanceOfSatisfying(CsvV1.FieldError.class, e -> assertThat(e.columnName()).contains("commit"))
                .hasMessageContaining("expected ',' after a closing quote, found 'd'");
    }

    @Test
    void theSplitterRecoversFromABadLineAndReadsTheNextOnes() {
        CsvCells.Splitter splitter = new CsvCells.Splitter();
        assertThat(splitter.split("a,b")).containsExactly("a", "b");
        assertThatThrownBy(() -> splitter.split("a,\"b")).isInstanceOf(CsvV1.FieldError.class);
        assertThat(splitter.split("c,\"d,e\"")).containsExactly("c", "d,e");
        assertThatThrownBy(() -> splitter.split("\"x\"y,z")).isInstanceOf(CsvV1.FieldError.class);
        assertThat(splitter.split("f")).containsExactly("f");
    }

    @Test
    void aBadQuoteInAHistoryIsReportedWithFileLineAndColumn() throws Exception {
        Path file = dir.resolve("history.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 2, 1));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replaceFirst(",abc,", ",\"abc\"x,"));
        Files.write(file, lines);

        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.STRICT)).isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("history.csv line 2, column commit: expected ',' after a closing quote, found 'x'")
                .hasMessageContaining("fix or delete the line");
    }

    @Test
    void theFastPathReadsTheSchemasColumnsFromMetricIdOnInOrder() {
        assertThat(CsvV1FastPath.READS).containsExactlyElementsOf(CsvV1.COLUMNS.subList(CsvV1.METRIC_ID,
                CsvV1.COLUMNS.size()));
    }

    @Test
    void readingWithAndWithoutTheFastPathGivesTheSameRowsAndWarnings() throws Exception {
        Path file = dir.resolve("history.csv");
        List<Measurement> ms = new ArrayList<>(TestRuns.measurements(30, 0.123456789));
        ms.add(Measurement.of(MetricId.of("agent", "bench", "say \"hi\"", Map.of("mode", "a,b")), Unit.COUNT, 3));
        for (int r = 0; r < 5; r++) {
            HistoryFile.append(file, new Run(TestRuns.info("r" + r, "2026-11-2" + r + "T10:00:00Z", "abc", "main"), ms,
                    Map.of(), List.of()));
        }
        Files.writeString(file, Files.readString(file) + "1,torn", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);

        ParsedHistory fast = HistoryReader.parse(file, ReadMode.STRICT);
        ParsedHistory careful = HistoryReader.parseWithoutFastPath(file, ReadMode.STRICT);

        assertThat(fast.rows()).hasSize(5 * ms.size()).containsExactlyElementsOf(careful.rows());
        assertThat(fast.lines()).containsExactly(careful.lines());
        assertThat(fast.warnings()).hasSize(1).containsExactlyElementsOf(careful.warnings());
    }
}
