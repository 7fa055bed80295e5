package dev.caxton.bench.history;

import java.io.Serial;
import java.util.List;

import dev.caxton.bench.history.BaselineSelector.Mismatch;

/**
 * A baseline that was named explicitly (a run id, a commit, a saved name or a {@code --baseline} text) and
 * cannot be compared with: it does not exist, it is the run being compared, or it is of another kind than the
 * current run. The message names the baseline, the difference and the fix; {@link #mismatches()} lists the
 * differences, empty when the baseline does not exist.
 */
public final class BaselineException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Mismatch> mismatches;

    BaselineException(String message, List<Mismatch> mismatches) {
        super(message);
        this.mismatches = List.copyOf(mismatches);
    }

    /** How the baseline differs from the current run; empty when it was not found. */
    public List<Mismatch> mismatches() {
        return mismatches;
    }
}
