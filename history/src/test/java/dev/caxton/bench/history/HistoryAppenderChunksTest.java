package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;

/** A run whose rows take several of the appender's chunks is appended whole, in order, after the header. */
class HistoryAppenderChunksTest {
    @TempDir
    Path dir;

    @Test
    void aRunOfMoreRowsThanOneChunkIsAppendedAsItsLines() throws IOException {
        Run run = TestRuns.run(TestRuns.info("20261126T100000Z-aaaaaa", "2026-11-26T10:00:00Z", "abc123", "main"), 9_000, 1);
        Path file = dir.resolve("history.csv");

        AppendResult result = HistoryAppender.append(file, run.info(), run.measurements());

        StringBuilder expected = new StringBuilder(CsvV1.HEADER);
        for (Measurement m : run.measurements()) {
            expected.append(CsvV1.line(run.info(), run.measurements().size(), m));
        }
        assertThat(HistoryAppender.rowBytes(run.info(), run.measurements())).hasSizeGreaterThan(2);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        assertThat(result.bytesWritten()).isEqualTo(Files.size(file));
        assertThat(result.rowsWritten()).isEqualTo(9_000);
    }
}
