package dev.caxton.bench.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who, what and where of a run: its id, start time, the git commit and branch when known, the pull
 * request number when known, the environment, and what was run (suite, profile, system under
 * test). {@code shard} is present for a partial run, for example {@code 2/4}. Suite and system follow
 * the rule for names ({@link Names}).
 */
public record RunInfo(RunId runId, Instant startedAt, Optional<String> commit, Optional<String> branch,
                      Optional<Integer> pullRequest, Environment environment, String suite, RunProfile profile,
                      String system, Optional<Shard> shard) {
    public RunInfo {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(system, "system");
        Names.require("suite name", suite);
        Names.require("system name", system);
        commit = commit == null ? Optional.empty() : commit;
        branch = branch == null ? Optional.empty() : branch;
        pullRequest = pullRequest == null ? Optional.empty() : pullRequest;
        shard = shard == null ? Optional.empty() : shard;
    }
}
