package dev.caxton.bench.history;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.io.AtomicFiles;

/**
 * Finds and moves aside what a writer that stopped in the middle left at the end of a history file: a
 * last line without its {@code \n} that is no whole row (a whole row only gets its {@code \n}), and the
 * rows of a last run that has fewer rows than its {@code run_rows} announces. The bytes cut go to
 * {@code <file>.torn-<time>}, never just dropped. It reads backwards from the end, so its cost is the tail's, not the
 * file's. The caller holds the writers' lock.
 */
final class TailRepair {
    private TailRepair() {}

    /**
     * Truncates the file to its last complete run, the cut bytes saved beside it, and says what was moved; empty when nothing was.
     *
     * @throws HistoryFormatException when the header is not the current schema's: nothing is appended to it
     */
    static Optional<AppendResult.TailRepair> repair(FileChannel ch, Path file) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return Optional.empty();
        }
        long lastNewline = previousNewline(ch, size);
        long keep = lastNewline + 1;
        StringBuilder what = new StringBuilder();
        if (keep > 0 && keep < size && wholeRow(text(ch, keep, size))) {
            // a complete last row without its final newline, as editors and merges leave it: kept
            writeFully(ch, ByteBuffer.wrap(new byte[] {'\n'}), size);
            size++;
            keep = size;
        }
        if (keep < size) {
            String torn = text(ch, keep, Math.min(size, keep + 60));
            what.append("a torn line of ").append(size - keep).append(" bytes ('").append(torn)
                    .append(size - keep > 60 ? "...'" : "'").append(")");
        }
        if (keep == 0) {
            Path side = moveAside(ch, file, 0, size);
            return Optional.of(new AppendResult.TailRepair(size, what.toString(), side));
        }
        long headerEnd = headerEnd(ch, file, keep);
        // the rows of the last run: complete when as many as its run_rows announce
        String runId = null;
        int announced = 0;
        int count = 0;
        long runStart = keep;
        long end = keep;
        while (end > headerEnd && (runId == null || count < announced)) {
            long start = previousNewline(ch, end - 1) + 1;
            Optional<CsvV1.RowHead> head;
            try {
                head = CsvV1.head(CsvCells.split(text(ch, start, end - 1)));
            } catch (CsvV1.FieldError e) {
                break;
            }
            if (head.isEmpty()) {
                break;
            }
            if (runId == null) {
                runId = head.get().runId();
                announced = head.get().runRows();
            } else if (!runId.equals(head.get().runId())) {
                break;
            }
            count++;
            runStart = start;
            end = start;
        }
        if (runId != null && count < announced) {
            if (what.length() > 0) {
                what.append(" and ");
            }
            what.append("the first ").append(count).append(" of ").append(announced).append(" rows of run ")
                    .append(runId);
            keep = runStart;
        }
        if (keep == size) {
            return Optional.empty();
        }
        Path side = moveAside(ch, file, keep, size);
        return Optional.of(new AppendResult.TailRepair(size - keep, what.toString(), side));
    }

    /** True when the line (no line end) is a whole row of the current schema. */
    private static boolean wholeRow(String line) {
        try {
            CsvV1.readRow(CsvCells.split(line), new RunCache());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Saves the bytes from {@code from} to {@code to} in {@code <file>.torn-<time>} (written atomically,
     * before the file is cut), then truncates the file to {@code from}; returns the side file.
     */
    private static Path moveAside(FileChannel ch, Path file, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
        readFully(ch, buf, from);
        String time = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString().replace(":", "");
        Path side = file.resolveSibling(file.getFileName() + ".torn-" + time);
        for (int n = 2; Files.exists(side); n++) {
            side = file.resolveSibling(file.getFileName() + ".torn-" + time + "-" + n);
        }
        AtomicFiles.write(side, Arrays.copyOf(buf.array(), buf.position()));
        ch.truncate(from);
        ch.force(true);
        return side;
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long p = at;
        while (buf.hasRemaining()) {
            p += ch.write(buf, p);
        }
    }

    /**
     * Checks the header (the current schema only: older files are converted by a merge; a CRLF
     * line end or a byte order mark, as editors leave them, are accepted) and returns its end.
     */
    private static long headerEnd(FileChannel ch, Path file, long limit) throws IOException {
        String head = text(ch, 0, Math.min(limit, CsvV1.HEADER.length() + 8));
        int nl = head.indexOf('\n');
        String line = nl < 0 ? head : head.substring(0, nl);
        Optional<SchemaVersions.Version> v = SchemaVersions.forHeader(line);
        if (nl >= 0 && v.isPresent() && v.get().number() == HistoryFile.SCHEMA_VERSION) {
            return line.getBytes(StandardCharsets.UTF_8).length + 1L;
        }
        String why = v.map(x -> "the file has schema version " + x.number() + " but appends write version "
                + HistoryFile.SCHEMA_VERSION + "; convert it first with 'caxton-bench history merge FILE FILE --out FILE'")
                .orElseGet(() -> SchemaVersions.unknownHeader(line));
        throw new HistoryFormatException(List.of(new HistoryProblem(file, 1, Optional.empty(),
                why + ". Nothing was appended")));
    }

    /** The position of the last '\n' before {@code end}, or -1. */
    private static long previousNewline(FileChannel ch, long end) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long pos = end;
        while (pos > 0) {
            long from = Math.max(0, pos - buf.capacity());
            buf.clear().limit((int) (pos - from));
            readFully(ch, buf, from);
            for (int i = (int) (pos - from) - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return from + i;
                }
            }
            pos = from;
        }
        return -1;
    }

    private static String text(FileChannel ch, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
        readFully(ch, buf, from);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long p = at;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, p);
            if (n < 0) {
                break;
            }
            p += n;
        }
    }
}
