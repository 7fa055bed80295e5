package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * The history file: one tidy CSV, one row per metric per run (see {@code docs/history-format.md}).
 *
 * <p>Appending costs the rows appended: under an exclusive lock on {@code <file>.lock}, a tail left
 * by a writer that stopped in the middle is removed (a torn last line, and the rows of a run that has
 * fewer rows than it announces), and the run's rows go in with one write, then are forced to disk.
 * A run whose append did not return was never acknowledged, so removing its remains loses nothing
 * that was recorded. Reading never modifies the file.
 */
public final class HistoryFile {
    /** The default location, relative to the working directory. */
    public static final Path DEFAULT = Path.of(".caxton-bench", "history.csv");

    /** The schema version written by this version of Caxton Bench. */
    public static final int SCHEMA_VERSION = CsvV1.VERSION;

    private HistoryFile() {}

    /** Appends every measurement of the run (histograms are stored by {@link HistogramStore}). */
    public static AppendResult append(Path file, Run run) {
        Objects.requireNonNull(run, "run");
        return append(file, run.info(), run.measurements());
    }

    /**
     * Appends one row per measurement, creating the file (and its folder) with the header when
     * missing or empty. Nothing is written for no measurements.
     *
     * @throws IllegalArgumentException when a measurement appears twice or a text holds a line break
     * @throws HistoryFormatException when the file is not a history of the current schema
     * @throws UncheckedIOException when the file cannot be locked, read or written
     */
    public static AppendResult append(Path file, RunInfo info, List<Measurement> measurements) {
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
            Optional<AppendResult.TailRepair> repair = Tail.repair(ch, file);
            long size = ch.size();
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

    /** The lines of a run's rows, as an append writes them. */
    static byte[] rowBytes(RunInfo info, List<Measurement> measurements) {
        StringBuilder sb = new StringBuilder(measurements.size() * 300);
        for (Measurement m : measurements) {
            CsvV1.writeRow(sb, info, measurements.size(), m);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a history file of any known schema version. A missing or empty file is an empty history.
     *
     * @throws HistoryFormatException when the header is unknown, or (strict mode) a row is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public static HistoryReadResult read(Path file, ReadMode mode) {
        Parsed p = parse(file, mode);
        return new HistoryReadResult(p.version, p.rows, p.warnings);
    }

    /** Rows with their 1-based line numbers ({@code lines[i]} is the line of row i), for messages that point at lines. */
    record Parsed(int version, List<HistoryRow> rows, long[] lines, List<HistoryProblem> warnings) {
        long line(int row) {
            return lines[row];
        }
    }

    /**
     * Reads the file's bytes in large blocks and splits them into lines itself: each row of a run after
     * its first is read by {@link CsvV1FastPath} straight from the bytes; a run's first row, and any
     * line the fast path does not take, is decoded strictly as UTF-8 and read by the schema's reader,
     * which names the column and the fix of a malformed row.
     */
    static Parsed parse(Path file, ReadMode mode) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mode, "mode");
        List<HistoryRow> rows = new ArrayList<>();
        LineNumbers lines = new LineNumbers();
        List<HistoryProblem> warnings = new ArrayList<>();
        List<HistoryProblem> errors = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return new Parsed(SCHEMA_VERSION, rows, lines.toArray(), warnings);
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            // rows are 250 to 450 bytes: room for all of them at once saves regrowing large arrays
            int expectedRows = (int) Math.min(size / 256, 1 << 26);
            rows = new ArrayList<>(expectedRows);
            lines = new LineNumbers(expectedRows);
            ByteLines in = new ByteLines(ch, size);
            in.next();
            if (!in.terminated()) {
                warnings.add(new HistoryProblem(file, 1, Optional.empty(), "the header is torn (a writer stopped in the"
                        + " middle of creating the file); the history is empty and the next append rewrites the header"));
                return new Parsed(SCHEMA_VERSION, rows, lines.toArray(), warnings);
            }
            String header = stripCr(decode(decoder, in));
            SchemaVersions.Version version = SchemaVersions.forHeader(header).orElseThrow(() -> new HistoryFormatException(
                    List.of(new HistoryProblem(file, 1, Optional.empty(), SchemaVersions.unknownHeader(header)))));
            RunCache cache = new RunCache();
            CsvV1FastPath fast = version.number() == CsvV1.VERSION ? new CsvV1FastPath(cache) : null;
            Map<RunId, RunInfo> runs = new HashMap<>();
            RunId blockRun = null;
            RunInfo blockInfo = null;
            Map<MetricId, Long> blockKeys = new IdentityHashMap<>();
            long lineNo = 1;
            while (in.next()) {
                lineNo++;
                byte[] buf = in.buffer();
                if (!in.terminated()) {
                    String torn = new String(buf, in.start(), in.end() - in.start(), StandardCharsets.UTF_8);
                    warnings.add(new HistoryProblem(file, lineNo, Optional.empty(), "the last line is torn (" + torn.length()
                            + " characters without an end of line: a writer stopped in the middle of appending); it is"
                            + " ignored, and the next append removes it"));
                    break;
                }
                HistoryRow row = fast == null ? null : fast.read(buf, in.start(), in.end());
                if (row == null) {
                    String line = decode(decoder, in);
                    if (line.isBlank()) {
                        warnings.add(new HistoryProblem(file, lineNo, Optional.empty(), "an empty line; it is ignored"));
                        continue;
                    }
                    try {
                        int cr = line.indexOf('\r');
                        if (cr >= 0 && cr < line.length() - 1) {
                            throw new CsvV1.FieldError(-1, "a carriage return (\\r) inside the line; rows end with a line"
                                    + " feed (or \\r\\n) and hold no other line break");
                        }
                        row = version.reader().read(line, cache);
                    } catch (CsvV1.FieldError e) {
                        HistoryProblem problem = new HistoryProblem(file, lineNo, e.columnName(),
                                e.getMessage() + "; fix or delete the line, or restore the file from git");
                        if (!bad(mode, problem, warnings, errors)) {
                            break;
                        }
                        continue;
                    }
                    if (fast != null) {
                        fast.learn(buf, in.start(), in.end(), row);
                    }
                }
                RunId runId = row.run().runId();
                RunInfo known = runId.equals(blockRun) ? blockInfo : runs.get(runId);
                if (known != null && known != row.run() && !known.equals(row.run())) {
                    HistoryProblem problem = new HistoryProblem(file, lineNo, Optional.empty(), "run "
                            + runId + " is described differently than on its earlier rows (time, commit,"
                            + " branch, suite or environment); two runs share one id. Give one of them a new run id,"
                            + " or delete the line");
                    if (!bad(mode, problem, warnings, errors)) {
                        break;
                    }
                    continue;
                }
                if (!runId.equals(blockRun)) {
                    // a new block of rows of one run; metric ids are shared instances within one read
                    blockKeys = new IdentityHashMap<>();
                    if (known != null) {
                        // the run appears again after other runs (a hand edit): gather its earlier rows
                        for (int i = 0; i < rows.size(); i++) {
                            if (rows.get(i).run().runId().equals(runId)) {
                                blockKeys.put(rows.get(i).measurement().id(), lines.get(i));
                            }
                        }
                    } else {
                        runs.put(runId, row.run());
                    }
                    blockRun = runId;
                    blockInfo = known != null ? known : row.run();
                }
                Long dup = blockKeys.putIfAbsent(row.measurement().id(), lineNo);
                if (dup != null) {
                    HistoryProblem problem = new HistoryProblem(file, lineNo, Optional.of("metric_id"), "the row "
                            + row.key() + " was already on line " + dup + "; a run has one row per metric. Delete one"
                            + " of the two lines");
                    if (!bad(mode, problem, warnings, errors)) {
                        break;
                    }
                    continue;
                }
                rows.add(row);
                lines.add(lineNo);
            }
            if (!errors.isEmpty()) {
                throw new HistoryFormatException(errors);
            }
            checkRuns(file, rows, lines, warnings);
            return new Parsed(version.number(), rows, lines.toArray(), warnings);
        } catch (NoSuchFileException e) {
            return new Parsed(SCHEMA_VERSION, rows, lines.toArray(), warnings);
        } catch (CharacterCodingException e) {
            throw new HistoryFormatException(List.of(new HistoryProblem(file, 0, Optional.empty(), "the file is not UTF-8 ("
                    + e + "); histories are written in UTF-8. Restore the file from git")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the history " + file + ": " + e, e);
        }
    }

    private static String decode(java.nio.charset.CharsetDecoder decoder, ByteLines in) throws CharacterCodingException {
        return decoder.decode(ByteBuffer.wrap(in.buffer(), in.start(), in.end() - in.start())).toString();
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** A growing list of line numbers, unboxed. */
    private static final class LineNumbers {
        private long[] values;
        private int size;

        LineNumbers() {
            this(16);
        }

        LineNumbers(int capacity) {
            values = new long[Math.max(16, capacity)];
        }

        void add(long line) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = line;
        }

        long get(int i) {
            return values[i];
        }

        void truncate(int newSize) {
            size = newSize;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** Records a malformed row; false when reading stops (strict mode). */
    private static boolean bad(ReadMode mode, HistoryProblem p, List<HistoryProblem> warnings, List<HistoryProblem> errors) {
        if (mode == ReadMode.STRICT) {
            errors.add(p);
            return false;
        }
        warnings.add(new HistoryProblem(p.file(), p.line(), p.column(), p.message() + " (skipped)"));
        return true;
    }

    /**
     * Drops a run cut short at the end of the file (a writer killed in the middle of its single
     * write); warns about runs elsewhere whose row count differs from what they announce.
     */
    private static void checkRuns(Path file, List<HistoryRow> rows, LineNumbers lines, List<HistoryProblem> warnings) {
        if (rows.isEmpty()) {
            return;
        }
        Map<RunId, int[]> counts = new LinkedHashMap<>();
        Map<RunId, Integer> firstIndex = new HashMap<>();
        RunInfo current = null;
        int[] count = null;
        for (int i = 0; i < rows.size(); i++) {
            RunInfo run = rows.get(i).run();
            if (run != current) {
                current = run;
                RunId id = run.runId();
                count = counts.computeIfAbsent(id, k -> new int[1]);
                firstIndex.putIfAbsent(id, i);
            }
            count[0]++;
        }
        HistoryRow lastRow = rows.get(rows.size() - 1);
        RunId lastRun = lastRow.run().runId();
        int tail = 0;
        for (int i = rows.size() - 1; i >= 0 && rows.get(i).run().runId().equals(lastRun); i--) {
            tail++;
        }
        if (tail == counts.get(lastRun)[0] && tail < lastRow.runRows()) {
            int from = rows.size() - tail;
            warnings.add(new HistoryProblem(file, lines.get(from), Optional.empty(), "run " + lastRun + " on lines "
                    + lines.get(from) + " to " + lines.get(rows.size() - 1) + " has " + tail + " of its " + lastRow.runRows()
                    + " rows: a writer stopped in the middle of appending it; its rows are ignored, and the next append"
                    + " removes them"));
            rows.subList(from, rows.size()).clear();
            lines.truncate(from);
            counts.remove(lastRun);
        }
        counts.forEach((runId, c) -> {
            int i = firstIndex.get(runId);
            int announced = rows.get(i).runRows();
            if (c[0] != announced) {
                warnings.add(new HistoryProblem(file, lines.get(i), Optional.of("run_rows"), "run " + runId + " has "
                        + c[0] + " rows but announces " + announced + "; rows of it were deleted or added by hand."
                        + " Its rows are kept; restore the file from git if that was not intended"));
            }
        });
    }

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
     * Replaces {@code file} with exactly these rows, atomically (a temporary file beside it, forced,
     * then renamed over it); the caller holds the writers' lock. Each run's {@code run_rows} is its
     * row count here.
     */
    static void writeAllLocked(Path file, List<HistoryRow> rows) {
        Map<RunId, Integer> counts = new HashMap<>();
        for (HistoryRow row : rows) {
            counts.merge(row.run().runId(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder(CsvV1.HEADER.length() + rows.size() * 300);
        sb.append(CsvV1.HEADER);
        for (HistoryRow row : rows) {
            CsvV1.writeRow(sb, row.run(), counts.get(row.run().runId()), row.measurement());
        }
        replaceLocked(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void replaceLocked(Path file, byte[] bytes) {
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path candidate = dir.resolve("." + file.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try (FileChannel ch = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                tmp = candidate;
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the history " + file + ": " + e
                    + ". Check that the folder is writable and the disk has room", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write failure is the one to report; a stray temporary file is harmless
                }
            }
        }
    }

    /** Finds and removes what a writer that stopped in the middle left at the end of the file. */
    static final class Tail {
        private Tail() {}

        static Optional<AppendResult.TailRepair> repair(FileChannel ch, Path file) throws IOException {
            long size = ch.size();
            if (size == 0) {
                return Optional.empty();
            }
            long lastNewline = previousNewline(ch, size);
            long keep = lastNewline + 1;
            StringBuilder what = new StringBuilder();
            if (keep < size) {
                String torn = text(ch, keep, Math.min(size, keep + 60));
                what.append("a torn line of ").append(size - keep).append(" bytes ('").append(torn)
                        .append(size - keep > 60 ? "...'" : "'").append(")");
            }
            if (keep == 0) {
                ch.truncate(0);
                return Optional.of(new AppendResult.TailRepair(size, what.toString()));
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
                List<String> fields;
                try {
                    fields = CsvLine.split(text(ch, start, end - 1));
                } catch (CsvV1.FieldError e) {
                    break;
                }
                if (fields.size() != CsvV1.COLUMNS.size()) {
                    break;
                }
                if (runId == null) {
                    runId = fields.get(1);
                    try {
                        announced = Integer.parseInt(fields.get(10));
                    } catch (NumberFormatException e) {
                        break;
                    }
                } else if (!runId.equals(fields.get(1))) {
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
            ch.truncate(keep);
            return Optional.of(new AppendResult.TailRepair(size - keep, what.toString()));
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
            if (nl >= 0 && v.isPresent() && v.get().number() == SCHEMA_VERSION) {
                return line.getBytes(StandardCharsets.UTF_8).length + 1L;
            }
            String why = v.map(x -> "the file has schema version " + x.number() + " but appends write version "
                    + SCHEMA_VERSION + "; convert it first with 'caxton-bench history merge FILE FILE --out FILE'")
                    .orElseGet(() -> SchemaVersions.unknownHeader(line));
            throw new HistoryFormatException(List.of(new HistoryProblem(file, 1, Optional.empty(),
                    why + ". Nothing was appended")));
        }

        /** The position of the last '\n' before {@code end}, or -1. */
        static long previousNewline(FileChannel ch, long end) throws IOException {
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
}
