package dev.caxton.bench.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.caxton.bench.model.RunId;
import dev.caxton.bench.io.AtomicFiles;

/**
 * Edits that read a history and replace it whole (merge, prune): the writers' lock, and the atomic
 * replacement by exactly a list of rows.
 */
final class HistoryRewrite {
    private HistoryRewrite() {}

    /** The writers' lock of a history file, for edits that read and then replace it. */
    static FileLocks.Held lock(Path file) {
        try {
            return FileLocks.lock(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the history " + file + " (through " + FileLocks.lockFile(file)
                    + "): " + e, e);
        }
    }

    /**
     * Replaces {@code file} with exactly these rows, atomically ({@link AtomicFiles}); the caller holds
     * the writers' lock. Each run's {@code run_rows} is its row count here.
     */
    static void writeAllLocked(Path file, List<HistoryRow> rows) {
        Map<RunId, Integer> counts = new HashMap<>();
        for (HistoryRow row : rows) {
            counts.merge(row.run().runId(), 1, Integer::sum);
        }
        try {
            AtomicFiles.write(file, out -> {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                try {
                    CsvV1.RowWriter w = new CsvV1.RowWriter(text).header();
                    for (HistoryRow row : rows) {
                        w.row(row.run(), counts.get(row.run().runId()), row.measurement());
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // the stream's own failure, reported below with the file
                }
                text.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the history " + file + ": " + e
                    + ". Check that the folder is writable and the disk has room", e);
        }
    }
}
