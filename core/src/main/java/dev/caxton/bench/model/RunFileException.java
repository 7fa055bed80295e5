package dev.caxton.bench.model;

import java.nio.file.Path;

/**
 * A run file that cannot be read: malformed JSON, a wrong shape, a missing field, an unknown label
 * or a schema version this build does not know. The message names the file, where in it the
 * problem is ({@link #location()}: a JSON path such as {@code $.measurements[2].unit}, or a line
 * and column for malformed JSON), what was expected there, and how to fix it.
 */
public final class RunFileException extends IllegalArgumentException {
    private final transient Path file;
    private final String location;

    RunFileException(Path file, String location, String problem, Throwable cause) {
        super("Cannot read run file " + file + " at " + location + ": " + problem, cause);
        this.file = file;
        this.location = location;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** Where in the file: a JSON path ({@code $.info.runId}) or {@code line L, column C}. */
    public String location() {
        return location;
    }
}
