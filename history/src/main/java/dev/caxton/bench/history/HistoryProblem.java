package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong in a history file: the file, the 1-based line, the column when one cell is at
 * fault, and what is wrong and how to fix it.
 */
public record HistoryProblem(Path file, long line, Optional<String> column, String message) {
    public HistoryProblem {
        Objects.requireNonNull(file, "file");
        column = column == null ? Optional.empty() : column;
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + " line " + line + column.map(c -> ", column " + c).orElse("") + ": " + message;
    }
}
