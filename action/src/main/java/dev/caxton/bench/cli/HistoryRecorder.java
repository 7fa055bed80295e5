package dev.caxton.bench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.caxton.bench.history.AppendResult;
import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.model.Run;

/**
 * Adds a run that is already saved in its run file to the history and writes its latency
 * histograms beside it, saying where on stdout. A problem with the history never loses the run:
 * the run file exists before this is called, and the message names the problem and the command
 * that adds the run once the history is fixed.
 */
final class HistoryRecorder {
    private final Invocation invocation;
    private final Path history;
    private final Path histograms;

    HistoryRecorder(Invocation invocation, Path history, Path histograms) {
        this.invocation = invocation;
        this.history = history;
        this.histograms = histograms;
    }

    /** Appends the run and writes its histograms; false (with the reason on stderr) when either failed. */
    boolean record(Run run, Path runFile) {
        boolean ok = true;
        String id = run.info().runId().value();
        try {
            AppendResult r = HistoryFile.append(history, run);
            r.repair().ifPresent(rep -> invocation.err().println("caxton-bench: warning: " + invocation.show(history)
                    + " ended in what a writer that stopped in the middle left (" + TerminalText.sanitize(rep.description())
                    + "); those " + rep.bytesRemoved() + " bytes were removed before run " + id + " was appended."));
            invocation.out().println("History: " + invocation.show(history) + " (+" + r.rowsWritten()
                    + (r.rowsWritten() == 1 ? " row" : " rows") + ", run " + id + ")");
        } catch (HistoryFormatException e) {
            ok = false;
            notAdded(run, runFile, String.join("; ", e.problems().stream()
                    .map(p -> HistoryCommand.describe(invocation, p)).toList()));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            ok = false;
            notAdded(run, runFile, e.getMessage());
        }
        try {
            Optional<Path> log = HistogramStore.write(histograms, run);
            log.ifPresent(f -> invocation.out().println("Histograms: " + invocation.show(f)));
        } catch (UncheckedIOException e) {
            ok = false;
            invocation.err().println("caxton-bench: the latency histograms of run " + id + " were not written: "
                    + TerminalText.sanitize(e.getMessage()) + ". The run file " + invocation.show(runFile)
                    + " holds them; add them later with 'caxton-bench history add " + invocation.show(runFile) + "'.");
        }
        return ok;
    }

    private void notAdded(Run run, Path runFile, String problem) {
        invocation.err().println("caxton-bench: run " + run.info().runId().value() + " is saved in "
                + invocation.show(runFile) + ", but was not added to the history " + invocation.show(history) + ": "
                + TerminalText.sanitize(problem));
        invocation.err().println("caxton-bench: fix the history (or move it aside), then add the run with "
                + "'caxton-bench history add " + invocation.show(runFile) + " --history " + invocation.show(history)
                + "' (exit 1).");
    }
}
