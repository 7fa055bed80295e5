package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a history file of any known schema version into rows with their line numbers. It reads the
 * file's bytes in large blocks and splits them into lines itself ({@link ByteLines}): each row of a run
 * after its first is read by {@link CsvV1FastPath} straight from the bytes; a run's first row, and any
 * line the fast path does not take, is decoded strictly as UTF-8 and read by the schema's reader
 * (commons-csv), which names the column and the fix of a malformed row. {@link RunBlocks} checks the
 * rows against each other and hands them on run by run, so that a reader that keeps less than every row
 * ({@link #stream}) holds at most one run's rows at a time. Reading never modifies the file.
 */
final class HistoryReader {
    private final Path file;
    private final ReadMode mode;
    private final boolean fastPath;
    private final List<HistoryProblem> warnings = new ArrayList<>();
    private final List<HistoryProblem> errors = new ArrayList<>();
    private final CsvCells.Splitter cells = new CsvCells.Splitter();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private HistoryReader(Path file, ReadMode mode, boolean fastPath) {
        this.file = Objects.requireNonNull(file, "file");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.fastPath = fastPath;
    }

    /**
     * The rows of {@code file}; a missing or empty file is an empty history.
     *
     * @throws HistoryFormatException when the header is unknown, or (strict mode) a row is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    static ParsedHistory parse(Path file, ReadMode mode) {
        return new HistoryReader(file, mode, true).collect();
    }

    /**
     * Reads {@code file} run block by run block into {@code sink}, in file order, keeping no rows: the
     * same rows, checks and problems as {@link #parse}. Returns the schema version and the warnings.
     *
     * @throws HistoryFormatException when the header is unknown, or (strict mode) a row is malformed;
     *                                the sink may have received blocks before the malformed row
     * @throws UncheckedIOException when the file cannot be read
     */
    static Streamed stream(Path file, ReadMode mode, RunBlocks.Sink sink) {
        HistoryReader reader = new HistoryReader(file, mode, true);
        int version = reader.parse(sink);
        return new Streamed(version, List.copyOf(reader.warnings));
    }

    /** What a streamed read reports besides its rows. */
    record Streamed(int version, List<HistoryProblem> warnings) {}

    /**
     * The same reading with every line read by the schema's reader through commons-csv, for the
     * side-by-side measurement that justifies the fast path ({@code HistoryReadBenchmark}) and the tests
     * that check that both give the same.
     */
    static ParsedHistory parseWithoutFastPath(Path file, ReadMode mode) {
        return new HistoryReader(file, mode, false).collect();
    }

    /** Reads every row into memory, with its line. */
    private ParsedHistory collect() {
        List<HistoryRow> rows = new ArrayList<>();
        LineNumbers lines = new LineNumbers(1024);
        int version = parse((block, blockLines) -> {
            rows.addAll(block);
            for (long line : blockLines) {
                lines.add(line);
            }
        });
        return new ParsedHistory(version, rows, lines.toArray(), warnings);
    }

    /** Reads the file into {@code sink}; returns its schema version. */
    private int parse(RunBlocks.Sink sink) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch, sink);
        } catch (NoSuchFileException e) {
            return HistoryFile.SCHEMA_VERSION;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the history " + file + ": " + e, e);
        }
    }

    private int read(FileChannel ch, RunBlocks.Sink sink) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return HistoryFile.SCHEMA_VERSION;
        }
        ByteLines in = new ByteLines(ch, size);
        in.next();
        if (!in.terminated()) {
            warnings.add(new HistoryProblem(file, 1, Optional.empty(), "the header is torn (a writer stopped in the"
                    + " middle of creating the file); the history is empty and the next append rewrites the header"));
            return HistoryFile.SCHEMA_VERSION;
        }
        String header = decode(in, 1);
        String headerLine = header.endsWith("\r") ? header.substring(0, header.length() - 1) : header;
        SchemaVersions.Version version = SchemaVersions.forHeader(headerLine).orElseThrow(() -> new HistoryFormatException(
                List.of(new HistoryProblem(file, 1, Optional.empty(), SchemaVersions.unknownHeader(headerLine)))));
        RunBlocks blocks = new RunBlocks(file, sink);
        RunCache cache = new RunCache();
        Optional<CsvV1FastPath> fast = fastPath && version.number() == CsvV1.VERSION ? Optional.of(new CsvV1FastPath(cache))
                : Optional.empty();
        long lineNo = 1;
        while (in.next()) {
            lineNo++;
            if (!in.terminated()) {
                String torn = new String(in.buffer(), in.start(), in.end() - in.start(), StandardCharsets.UTF_8);
                warnings.add(new HistoryProblem(file, lineNo, Optional.empty(), "the last line is torn (" + torn.length()
                        + " characters without an end of line: a writer stopped in the middle of appending); it is"
                        + " ignored, and the next append removes it"));
                break;
            }
            HistoryRow row = fast.isPresent() ? fast.get().read(in.buffer(), in.start(), in.end()) : null;
            if (row == null) {
                Optional<HistoryRow> careful = carefully(in, lineNo, version, cache);
                if (careful.isEmpty()) {
                    if (stop()) {
                        break;
                    }
                    continue;
                }
                row = careful.get();
                fast.ifPresent(f -> f.learn(in.buffer(), in.start(), in.end(), careful.get()));
            }
            Optional<HistoryProblem> problem = blocks.admit(row, lineNo);
            if (problem.isPresent()) {
                if (!bad(problem.get())) {
                    break;
                }
                continue;
            }
        }
        if (!errors.isEmpty()) {
            throw new HistoryFormatException(errors);
        }
        blocks.finish(warnings);
        return version.number();
    }

    /** Whether a line that gave no row ended the reading (a strict read stops at its first error). */
    private boolean stop() {
        return !errors.isEmpty();
    }

    /**
     * The row of the current line, read by the schema's reader; empty (with a warning for a blank line, or
     * the problem recorded) when it gives none.
     */
    private Optional<HistoryRow> carefully(ByteLines in, long lineNo, SchemaVersions.Version version, RunCache cache) {
        String line = decode(in, lineNo);
        if (line.isBlank()) {
            warnings.add(new HistoryProblem(file, lineNo, Optional.empty(), "an empty line; it is ignored"));
            return Optional.empty();
        }
        try {
            int cr = line.indexOf('\r');
            if (cr >= 0 && cr < line.length() - 1) {
                throw new CsvV1.FieldError(-1, "a carriage return (\\r) inside the line; rows end with a line"
                        + " feed (or \\r\\n) and hold no other line break");
            }
            return Optional.of(version.reader().read(cells.split(line), cache));
        } catch (CsvV1.FieldError e) {
            bad(new HistoryProblem(file, lineNo, e.columnName(), e.getMessage()
                    + "; fix or delete the line, or restore the file from git"));
            return Optional.empty();
        }
    }

    /**
     * The current line as text. A byte that begins no UTF-8 character is refused in every mode, naming
     * the line and where the byte is (the decoder leaves the buffer at the start of the bad bytes).
     */
    private String decode(ByteLines in, long lineNo) {
        ByteBuffer bytes = ByteBuffer.wrap(in.buffer(), in.start(), in.end() - in.start());
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            int inLine = bytes.position() - in.start();
            throw new HistoryFormatException(List.of(new HistoryProblem(file, lineNo, Optional.empty(), String.format(
                    java.util.Locale.ROOT, "the line is not UTF-8: its byte %d (0x%02X, at offset %d of the file) begins no"
                            + " UTF-8 character; histories are written in UTF-8. Restore the file from git, or save it"
                            + " again as UTF-8", inLine + 1, in.buffer()[bytes.position()] & 0xff, in.offset() + inLine))));
        }
    }

    /** Records a malformed row: an error (strict mode, then false: reading stops) or a warning. */
    private boolean bad(HistoryProblem p) {
        if (mode == ReadMode.STRICT) {
            errors.add(p);
            return false;
        }
        warnings.add(new HistoryProblem(p.file(), p.line(), p.column(), p.message() + " (skipped)"));
        return true;
    }
}
