package dev.caxton.bench.importer;

import java.util.List;
import java.util.Objects;

import dev.caxton.bench.model.Run;

/**
 * A run made of the files that could be imported, and the problems with the others (or with parts
 * of them). The run holds no measurement when no file could be imported.
 */
public record ImportResult(Run run, List<ImportProblem> problems) {
    public ImportResult {
        Objects.requireNonNull(run, "run");
        problems = List.copyOf(problems);
    }
}
