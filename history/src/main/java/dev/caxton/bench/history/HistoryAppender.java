package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;

/**
 * Appends a run's rows: built in memory first (a text that cannot be written fails before the file is
 * touched), then, under the writers' lock, the torn tail repaired ({@link TailRepair}), the header
 * written when the file is new, the rows written with one (gathering) write and forced to disk.
 */
final class HistoryAppender {
    /** The size of the pieces a run's rows are encoded in, in characters. */
    static final int CHUNK = 1 << 20;

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
        Set<MetricId> seen = new HashSet<>(measurements.size() * 4 / 3 + 1); // sized once, not grown 17 times for 700K
        for (Measurement m : measurements) {
            if (!seen.add(m.id())) {
                throw new IllegalArgumentException("Run " + info.runId() + " holds the metric " + m.id()
                        + " twice; a history has one row per metric per run");
            }
        }
        if (measurements.isEmpty()) {
            return new AppendResult(file, 0, 0, Optional.empty());
        }
        List<ByteBuffer> rows = rowBytes(info, measurements);
        try (FileLocks.Held lock = FileLocks.lock(file);
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                     StandardOpenOption.WRITE)) {
            Optional<AppendResult.TailRepair> repair = TailRepair.repair(ch, file);
            long size = ch.size();
            if (unlessThere && holds(ch, size, info.runId().value())) {
                return new AppendResult(file, 0, 0, repair, true);
            }
            List<ByteBuffer> bytes = new ArrayList<>(rows.size() + 1);
            if (size == 0) {
                bytes.add(ByteBuffer.wrap(CsvV1.HEADER.getBytes(StandardCharsets.UTF_8)));
            }
            bytes.addAll(rows);
            ByteBuffer[] buffers = bytes.toArray(ByteBuffer[]::new);
            long length = 0;
            for (ByteBuffer b : buffers) {
                length += b.remaining();
            }
            // one gathering write (up to the system's limit of buffers per write, 1024 on Linux: 1 GB of rows)
            ch.position(size);
            for (long written = 0; written < length; ) {
                written += ch.write(buffers);
            }
            ch.force(true);
            return new AppendResult(file, measurements.size(), length, repair);
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

    /**
     * The lines of a run's rows, as an append writes them, in UTF-8 chunks of about {@link #CHUNK} bytes:
     * the rows of a large run are encoded once, never gathered into one text and copied to one array.
     */
    static List<ByteBuffer> rowBytes(RunInfo info, List<Measurement> measurements) {
        List<ByteBuffer> chunks = new ArrayList<>();
        StringBuilder sb = new StringBuilder(Math.min(CHUNK, measurements.size() * 400) + 1024);
        CsvV1.RowWriter w = new CsvV1.RowWriter(sb);
        for (Measurement m : measurements) {
            w.row(info, measurements.size(), m);
            if (sb.length() >= CHUNK) {
                chunks.add(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
                sb.setLength(0);
            }
        }
        if (sb.length() > 0) {
            chunks.add(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return chunks;
    }
}
