package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;

/**
 * Appends a run's rows: built in memory first (a text that cannot be written fails before the file is
 * touched), then, under the writers' lock, the torn tail repaired ({@link TailRepair}), the header
 * written when the file is new, the rows written with one write and forced to disk.
 */
final class HistoryAppender {
    private HistoryAppender() {}

    /** See {@link HistoryFile#append(Path, RunInfo, List)}. */
    @SuppressWarnings("try") // the lock is held for the body, never read
    static AppendResult append(Path file, RunInfo info, List<Measurement> measurements) {
        return append(file, info, measurements, false);
    }

    /**
     * The same; with {@code unlessThere}, a run whose id the file holds already is not written again,
     * the check made under the same lock as the append (so two concurrent adds write it once).
     */
    @SuppressWarnings("try") // the lock is held for the body, never read
    static AppendResult append(Path file, RunInfo info, List<Measurement> measurements, boolean unlessThere) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(info, "info");
        Set<String> seen = new HashSet<>();
        for (Measurement m : measurements) {
            if (!seen.add(m.id().canonical())) {
                throw new IllegalArgumentException("Run " + info.runId() + " holds the metric " + m.id()
                        + " twice; a history has one row per metric per run");
            }
        }
        if (measurements.isEmpty()) {
            return new AppendResult(file, 0, 0, Optional.empty());
        }
        byte[] rows = rowBytes(info, measurements);
        try (FileLocks.Held lock = FileLocks.lock(file);
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                     StandardOpenOption.WRITE)) {
            Optional<AppendResult.TailRepair> repair = TailRepair.repair(ch, file);
            long size = ch.size();
            if (unlessThere && holds(ch, size, info.runId().value())) {
                return new AppendResult(file, 0, 0, repair, true);
            }
            byte[] bytes = rows;
            if (size == 0) {
                byte[] header = CsvV1.HEADER.getBytes(StandardCharsets.UTF_8);
                bytes = new byte[header.length + rows.length];
                System.arraycopy(header, 0, bytes, 0, header.length);
                System.arraycopy(rows, 0, bytes, header.length, rows.length);
            }
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            long pos = size;
            while (buf.hasRemaining()) {
                pos += ch.write(buf, pos);
            }
            ch.force(true);
            return new AppendResult(file, measurements.size(), bytes.length, repair);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append run " + info.runId() + " to the history " + file + ": " + e
                    + ". Check that the folder is writable and the disk has room", e);
        }
    }

    /**
     * True when a row of the file has the run id (the caller holds the lock; the tail is repaired). It
     * reads the file's bytes in blocks and decodes only the lines that hold the run id's bytes, so its
     * memory does not grow with the history.
     */
    private static boolean holds(FileChannel ch, long size, String runId) throws IOException {
        byte[] id = runId.getBytes(StandardCharsets.UTF_8);
        ByteLines in = new ByteLines(ch, size);
        if (!in.next()) { // the header
            return false;
        }
        while (in.next()) {
            if (indexOf(in.buffer(), in.start(), in.end(), id) < 0) {
                continue;
            }
            String line = new String(in.buffer(), in.start(), in.end() - in.start(), StandardCharsets.UTF_8);
            Optional<CsvV1.RowHead> head;
            try {
                head = CsvV1.head(CsvCells.split(line));
            } catch (RuntimeException e) {
                continue;
            }
            if (head.isPresent() && head.get().runId().equals(runId)) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code what} begins in {@code bytes[from, to)}, or -1. */
    private static int indexOf(byte[] bytes, int from, int to, byte[] what) {
        if (what.length == 0) {
            return from;
        }
        byte first = what[0];
        for (int i = from, last = to - what.length; i <= last; i++) {
            if (bytes[i] == first && java.util.Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The lines of a run's rows, as an append writes them. */
    static byte[] rowBytes(RunInfo info, List<Measurement> measurements) {
        StringBuilder sb = new StringBuilder(measurements.size() * 300);
        CsvV1.RowWriter w = new CsvV1.RowWriter(sb);
        for (Measurement m : measurements) {
            w.row(info, measurements.size(), m);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
