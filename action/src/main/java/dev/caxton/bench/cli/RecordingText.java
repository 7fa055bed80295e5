package dev.caxton.bench.cli;

import java.util.Optional;

import dev.caxton.bench.history.Recording;

/**
 * Prints what {@link dev.caxton.bench.history.HistoryRecorder} did with a run: where its rows and
 * histograms went on stdout; a repaired tail as a warning, and each failed step with the
 * {@code history add} command that adds the run once it is fixed, on stderr.
 */
final class RecordingText {
    private RecordingText() {}

    /** Prints the recording; false when a step failed (the command then exits 1). */
    static boolean print(Invocation invocation, Recording r) {
        String id = TerminalText.sanitize(r.runId().value());
        r.appended().ifPresent(a -> {
            a.repair().ifPresent(rep -> invocation.err().println("caxton-bench: warning: " + invocation.show(r.history())
                    + " ended in what a writer that stopped in the middle left (" + TerminalText.sanitize(rep.description())
                    + "); those " + rep.bytesRemoved() + " bytes were moved to " + invocation.show(rep.savedTo())
                    + " before run " + id + " was appended."));
            invocation.out().println("History: " + invocation.show(r.history()) + " (+" + a.rowsWritten()
                    + (a.rowsWritten() == 1 ? " row" : " rows") + ", run " + id + ")");
        });
        problem(r, Recording.Step.HISTORY).ifPresent(p -> notAdded(invocation, r, p.historyProblems().isEmpty()
                ? p.message()
                : String.join("; ", p.historyProblems().stream().map(h -> HistoryCommand.describe(invocation, h)).toList())));
        r.histogramLog().ifPresent(f -> invocation.out().println("Histograms: " + invocation.show(f)));
        problem(r, Recording.Step.HISTOGRAMS).ifPresent(p -> invocation.err().println("caxton-bench: the latency "
                + "histograms of run " + id + " were not written: " + TerminalText.sanitize(p.message()) + ". The run file "
                + invocation.show(r.runFile()) + " holds them; add them later with 'caxton-bench history add "
                + invocation.show(r.runFile()) + "'."));
        return r.complete();
    }

    private static Optional<Recording.Problem> problem(Recording r, Recording.Step step) {
        return r.problems().stream().filter(p -> p.step() == step).findFirst();
    }

    private static void notAdded(Invocation invocation, Recording r, String problem) {
        invocation.err().println("caxton-bench: run " + TerminalText.sanitize(r.runId().value()) + " is saved in "
                + invocation.show(r.runFile()) + ", but was not added to the history " + invocation.show(r.history()) + ": "
                + TerminalText.sanitize(problem));
        invocation.err().println("caxton-bench: fix the history (or move it aside), then add the run with "
                + "'caxton-bench history add " + invocation.show(r.runFile()) + " --history " + invocation.show(r.history())
                + "' (exit 1).");
    }
}
