package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;

/** One writer writes the rows of several runs as each row would be written alone. */
class CsvV1RowWriterTest {
    @Test
    void rowsOfRunsTakenInTurnAreTheLinesEachRowGivesAlone() {
        RunInfo a = TestRuns.info("20261126T100000Z-aaaaaa", "2026-11-26T10:00:00Z", "abc123", "main");
        RunInfo b = TestRuns.info("20261126T110000Z-bbbbbb", "2026-11-26T11:00:00Z", null, "feature, \"quoted\"");
        RunInfo equalToA = TestRuns.info("20261126T100000Z-aaaaaa", "2026-11-26T10:00:00Z", "abc123", "main");
        List<Measurement> ms = TestRuns.measurements(6, 1);
        record Row(RunInfo run, int runRows, Measurement m) {}
        List<Row> rows = List.of(new Row(a, 6, ms.get(0)), new Row(a, 6, ms.get(1)), new Row(b, 6, ms.get(2)),
                new Row(a, 6, ms.get(3)), new Row(a, 2, ms.get(4)), new Row(equalToA, 6, ms.get(5)), new Row(b, 3, ms.get(0)));

        StringBuilder written = new StringBuilder();
        CsvV1.RowWriter w = new CsvV1.RowWriter(written).header();
        StringBuilder alone = new StringBuilder(CsvV1.HEADER);
        for (Row r : rows) {
            w.row(r.run(), r.runRows(), r.m());
            alone.append(CsvV1.line(r.run(), r.runRows(), r.m()));
        }

        assertThat(written.toString()).isEqualTo(alone.toString()).contains(",\"feature, \"\"quoted\"\"\",");
        assertThat(written.toString().lines()).hasSize(rows.size() + 1);
    }
}
