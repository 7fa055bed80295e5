package dev.caxton.bench.model;

import java.nio.file.Path;

/** Run files: one JSON file per run, {@code <dir>/<run-id>.json}. */
public final class RunFiles {
    // STUB: owned by the model helper; signatures fixed.
    private RunFiles() {}

    /** Writes the run atomically (temporary file, then rename) and returns the file. */
    public static Path write(Path runsDir, Run run) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads a run file; errors name the file, the JSON path and what was expected. */
    public static Run read(Path file) {
        throw new UnsupportedOperationException("not yet");
    }
}
