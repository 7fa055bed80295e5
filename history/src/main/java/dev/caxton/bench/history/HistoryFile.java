package dev.caxton.bench.history;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * The history file: one tidy CSV, one row per metric per run (see {@code docs/history-format.md}).
 *
 * <p>Appending costs the rows appended: under an exclusive lock on {@code <file>.lock}, a tail left
 * by a writer that stopped in the middle is moved to {@code <file>.torn-<time>} (a last line that is no
 * whole row, and the rows of a run that has fewer rows than it announces; a whole last row without its
 * newline is kept and gets one), and the run's rows go in with one write, then are forced to disk.
 * A run whose append did not return was never acknowledged, so removing its remains loses nothing
 * that was recorded. Reading never modifies the file. The default file is
 * {@link dev.caxton.bench.io.OutputLayout#history()}.
 */
public final class HistoryFile {
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
        return HistoryAppender.append(file, info, measurements);
    }

    /**
     * Reads a history file of any known schema version. A missing or empty file is an empty history.
     *
     * @throws HistoryFormatException when the header is unknown, or (strict mode) a row is malformed
     * @throws UncheckedIOException when the file cannot be read
     */
    public static HistoryReadResult read(Path file, ReadMode mode) {
        return HistoryReader.parse(file, mode).result();
    }

    /** Receives a history's runs as they are read. */
    @FunctionalInterface
    public interface RunConsumer {
        /**
         * Consecutive rows of one run, in file order: a run comes in one block, or in several when a hand
         * edit moved some of its rows after other runs. Every block of a run has the same {@code run}.
         */
        void accept(RunInfo run, List<Measurement> measurements);
    }

    /**
     * Reads a history file run by run into {@code runs}, holding at most one run's rows at a time, with
     * the same checks as {@link #read}; a run cut short at the end of the file is not handed over.
     * Returns the warnings.
     *
     * @throws HistoryFormatException when the header is unknown, or (strict mode) a row is malformed (the
     *                                runs before it may have been handed over)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<HistoryProblem> stream(Path file, ReadMode mode, RunConsumer runs) {
        Objects.requireNonNull(runs, "runs");
        return HistoryReader.stream(file, mode, (rows, lines) -> runs.accept(rows.get(0).run(),
                RunBlocks.measurements(rows))).warnings();
    }
}
