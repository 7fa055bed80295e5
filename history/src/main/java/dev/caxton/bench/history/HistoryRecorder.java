package dev.caxton.bench.history;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;

/**
 * Records a run as {@code caxton-bench run} and {@code import} do, in the order that never loses it:
 * first its run file ({@link RunFiles#write}, {@code runs/<run-id>.json}), then its rows appended to
 * the history ({@link HistoryFile#append}), then its latency histograms ({@link HistogramStore#write}).
 * From the moment the run file exists the run is safe: a history that cannot be appended to (another
 * file, another schema version, no lock, no room) or histograms that cannot be written do not stop
 * the other steps, and come back as {@link Recording.Problem}s; once fixed, the run is added from its
 * run file with {@link #record(Run, Path)} ({@code caxton-bench history add RUN_FILE}).
 *
 * <pre>{@code
 * Recording r = HistoryRecorder.of(OutputLayout.DEFAULT).save(run);
 * if (!r.complete()) { ... r.problems() ... }
 * }</pre>
 *
 * Immutable; the history's writers' lock makes concurrent recorders safe.
 */
public final class HistoryRecorder {
    private final Path runs;
    private final Path history;
    private final Path histograms;

    private HistoryRecorder(Path runs, Path history, Path histograms) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.history = Objects.requireNonNull(history, "history");
        this.histograms = Objects.requireNonNull(histograms, "histograms");
    }

    /** Run files, history and histograms where {@code layout} keeps them. */
    public static HistoryRecorder of(OutputLayout layout) {
        Objects.requireNonNull(layout, "layout");
        return new HistoryRecorder(layout.runs(), layout.history(), layout.histograms());
    }

    /** The same, with the history in {@code file} (run files and histograms stay where they were). */
    public HistoryRecorder withHistory(Path file) {
        return new HistoryRecorder(runs, file, histograms);
    }

    /** The same, with the histogram logs in {@code dir}. */
    public HistoryRecorder withHistograms(Path dir) {
        return new HistoryRecorder(runs, history, dir);
    }

    /** The folder of the run files. */
    public Path runs() {
        return runs;
    }

    /** The history file. */
    public Path history() {
        return history;
    }

    /** The folder of the histogram logs. */
    public Path histograms() {
        return histograms;
    }

    /**
     * Writes the run file, then appends the run to the history, then writes its histograms.
     *
     * @throws UncheckedIOException when the run file cannot be written: then nothing was recorded
     * @throws IllegalArgumentException when a text in the run cannot be encoded in a run file
     */
    public Recording save(Run run) {
        Objects.requireNonNull(run, "run");
        return record(run, RunFiles.write(runs, run));
    }

    /**
     * Appends a run already saved in {@code runFile} to the history, then writes its histograms; each
     * step's failure is a problem of the result, and the other step is still made.
     */
    public Recording record(Run run, Path runFile) {
        return record(run, runFile, false);
    }

    /**
     * As {@link #record(Run, Path)}, for {@code history add}: a run the history holds already is not
     * appended again ({@link AppendResult#alreadyThere()}), the check made under the writers' lock
     * together with the append, so concurrent adds of one run write it once.
     */
    public Recording add(Run run, Path runFile) {
        return record(run, runFile, true);
    }

    private Recording record(Run run, Path runFile, boolean unlessThere) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(runFile, "runFile");
        List<Recording.Problem> problems = new ArrayList<>();
        Optional<AppendResult> appended = Optional.empty();
        try {
            appended = Optional.of(HistoryAppender.append(history, run.info(), run.measurements(), unlessThere));
        } catch (HistoryFormatException e) {
            problems.add(new Recording.Problem(Recording.Step.HISTORY, e.getMessage(), e.problems()));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            problems.add(new Recording.Problem(Recording.Step.HISTORY, String.valueOf(e.getMessage()), List.of()));
        }
        Optional<Path> log = Optional.empty();
        if (appended.isPresent() && appended.get().alreadyThere()) { // its histograms were written with it
            return new Recording(run.info().runId(), runFile, history, appended, log, problems);
        }
        try {
            log = HistogramStore.write(histograms, run);
        } catch (UncheckedIOException e) {
            problems.add(new Recording.Problem(Recording.Step.HISTOGRAMS, String.valueOf(e.getMessage()), List.of()));
        }
        return new Recording(run.info().runId(), runFile, history, appended, log, problems);
    }
}
