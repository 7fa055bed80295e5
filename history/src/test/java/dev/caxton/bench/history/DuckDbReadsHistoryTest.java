package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB reads a written history as it is, with no options, and types its columns usefully. */
class DuckDbReadsHistoryTest {
    @TempDir
    Path dir;

    @Test
    void readCsvAutoReadsEveryRowWithNumericAndTimeColumns() throws Exception {
        Path file = dir.resolve("history.csv");
        double sum = 0;
        int rows = 0;
        for (int i = 0; i < 30; i++) {
            var info = TestRuns.info("run-" + i, Instant.parse("2026-11-01T10:00:00Z").plusSeconds(3600L * i).plusNanos(i % 4 == 1 ? 123_456_789 : 0),
                    "c" + i, i % 2 == 0 ? "main" : "feature,x", i % 3 == 0 ? TestRuns.OTHER_ENV : TestRuns.ENV);
            var run = TestRuns.run(info, 9, i);
            HistoryFile.append(file, run);
            sum += run.measurements().stream().mapToDouble(m -> m.value()).sum();
            rows += run.measurements().size();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            String from = " FROM read_csv_auto('" + file.toString().replace("'", "''") + "')";
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(value), count(DISTINCT run_id),"
                    + " count(*) FILTER (WHERE branch = 'feature,x'), max(schema_v1)" + from)) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isEqualTo(rows);
                assertThat(r.getDouble(2)).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6 * sum));
                assertThat(r.getLong(3)).isEqualTo(30);
                assertThat(r.getLong(4)).isEqualTo(15 * 9);
                assertThat(r.getLong(5)).isEqualTo(1);
            }
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT *" + from)) {
                while (r.next()) {
                    types.put(r.getString("column_name"), r.getString("column_type"));
                }
            }
            assertThat(types.keySet()).containsExactlyElementsOf(CsvV1.COLUMNS);
            assertThat(types).containsEntry("value", "DOUBLE").containsEntry("mean", "DOUBLE")
                    .containsEntry("n", "BIGINT").containsEntry("cores", "BIGINT").containsEntry("run_rows", "BIGINT")
                    .containsEntry("metric_id", "VARCHAR").containsEntry("commit", "VARCHAR");
            assertThat(types.get("timestamp")).startsWith("TIMESTAMP");
            try (ResultSet r = s.executeQuery("SELECT min(timestamp), max(timestamp)" + from)) {
                assertThat(r.next()).isTrue();
                assertThat(r.getObject(1).toString()).contains("2026-11-01");
                assertThat(r.getObject(2).toString()).contains("2026-11-02");
            }
            Files.writeString(Path.of("target", "duckdb-types.txt"), types.toString());
        }
    }
}
