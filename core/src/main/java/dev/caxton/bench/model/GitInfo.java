package dev.caxton.bench.model;

import java.nio.file.Path;
import java.util.Optional;

/** The commit and branch of a working directory, read from git when it is a repository. */
public record GitInfo(Optional<String> commit, Optional<String> branch) {
    // STUB detect(): owned by the model helper; signature fixed.
    public static GitInfo detect(Path workingDirectory) {
        return new GitInfo(Optional.empty(), Optional.empty());
    }
}
