package dev.caxton.bench.importer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with an imported file: the file, where in it (a line and column such as
 * {@code line 3, column 7}, or a JSON path such as {@code $[0].primaryMetric.scoreUnit}; empty when
 * the problem is the whole file) and what was expected.
 */
public record ImportProblem(Path file, Optional<String> position, String message) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        position = position == null ? Optional.empty() : position;
        Objects.requireNonNull(message, "message");
    }

    static ImportProblem at(Path file, String position, String message) {
        return new ImportProblem(file, Optional.of(position), message);
    }

    static ImportProblem of(Path file, String message) {
        return new ImportProblem(file, Optional.empty(), message);
    }

    /** {@code file: position: message}, the form shown to users. */
    @Override
    public String toString() {
        return file + position.map(p -> ": " + p).orElse("") + ": " + message;
    }
}
