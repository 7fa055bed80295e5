package dev.caxton.bench.history;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A history file could not be read (or merged); every problem names the file, the line and the fix. */
public final class HistoryFormatException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<HistoryProblem> problems;

    HistoryFormatException(List<HistoryProblem> problems) {
        super(problems.stream().map(HistoryProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<HistoryProblem> problems() {
        return problems;
    }
}
