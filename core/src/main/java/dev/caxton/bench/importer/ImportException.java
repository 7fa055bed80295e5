package dev.caxton.bench.importer;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A file (or, in strict mode, a set of files) could not be imported; each problem names file, position and fix. */
public final class ImportException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An import exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
