package dev.caxton.bench.history;

import dev.caxton.bench.model.RunId;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HistoryRecorder} did with one run: its run file, the append to the history (with the
 * repair of a torn tail an earlier writer left), the histogram log written, and each step that failed.
 * The run file holds the whole run whatever failed, so nothing is lost: add the run again from it once
 * the problem is fixed.
 *
 * @param runId the run
 * @param runFile its run file
 * @param history the history file
 * @param appended the append; empty when it failed
 * @param histogramLog the histogram log written; empty when the run has no histograms or writing them failed
 * @param problems the steps that failed, in order; empty when the run is recorded completely
 */
public record Recording(RunId runId, Path runFile, Path history, Optional<AppendResult> appended,
                        Optional<Path> histogramLog, List<Problem> problems) {
    public Recording {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(runFile, "runFile");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(appended, "appended");
        Objects.requireNonNull(histogramLog, "histogramLog");
        problems = List.copyOf(problems);
    }

    /** Whether every step succeeded. */
    public boolean complete() {
        return problems.isEmpty();
    }

    /** A step of recording. */
    public enum Step {
        /** Appending the run's rows to the history file. */
        HISTORY("history"),
        /** Writing the run's histogram log. */
        HISTOGRAMS("histograms");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A step that failed: what went wrong, and for a malformed history the problems of its lines (file,
     * line, column and fix). The fix is the same for every step: repair what the message names (or move
     * the history aside), then add the run from {@link Recording#runFile()}.
     */
    public record Problem(Step step, String message, List<HistoryProblem> historyProblems) {
        public Problem {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(message, "message");
            historyProblems = List.copyOf(historyProblems);
        }
    }
}
