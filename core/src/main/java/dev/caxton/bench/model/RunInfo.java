package dev.caxton.bench.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who, what and where of a run: its id, start time, the git commit and branch when known, the pull
 * request number when known, the environment, and what was run (suite, profile, system under
 * test). {@code shard} is present for a partial run, for example {@code 2/4}.
 */
public record RunInfo(String runId, Instant startedAt, Optional<String> commit, Optional<String> branch,
                      Optional<Integer> pullRequest, Environment environment, String suite, String profile,
                      String system, Optional<String> shard) {
    public RunInfo {
        Objects.requireNonNull(runId, "runId");
        if (!runId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A run id may hold only letters, digits, '.', '_' and '-', got '"
                    + runId + "'");
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(system, "system");
        commit = commit == null ? Optional.empty() : commit;
        branch = branch == null ? Optional.empty() : branch;
        pullRequest = pullRequest == null ? Optional.empty() : pullRequest;
        shard = shard == null ? Optional.empty() : shard;
    }
}
