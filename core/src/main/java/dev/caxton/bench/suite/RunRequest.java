package dev.caxton.bench.suite;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Shard;

/**
 * What to run: a suite, a profile, the system under test and its settings, which benchmarks
 * (include/exclude regular expressions matched against benchmark names; an empty include list
 * means all), the git identity of the code measured (found by the caller), and optionally the
 * {@link Shard} of the selected benchmarks to run (all of them when empty).
 */
public record RunRequest(String suite, Profile profile, String system, AgentSystemConfig config,
                         List<Pattern> include, List<Pattern> exclude, Optional<String> commit,
                         Optional<String> branch, Optional<Integer> pullRequest, Optional<Shard> shard) {
    public RunRequest {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(config, "config");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        commit = commit == null ? Optional.empty() : commit;
        branch = branch == null ? Optional.empty() : branch;
        pullRequest = pullRequest == null ? Optional.empty() : pullRequest;
        shard = shard == null ? Optional.empty() : shard;
    }

    /** A request for every selected benchmark (no shard). */
    public RunRequest(String suite, Profile profile, String system, AgentSystemConfig config,
                      List<Pattern> include, List<Pattern> exclude, Optional<String> commit,
                      Optional<String> branch, Optional<Integer> pullRequest) {
        this(suite, profile, system, config, include, exclude, commit, branch, pullRequest, Optional.empty());
    }

    /** This request, running only {@code shard} of the selected benchmarks. */
    public RunRequest withShard(Optional<Shard> shard) {
        return new RunRequest(suite, profile, system, config, include, exclude, commit, branch, pullRequest, shard);
    }

    /** The agent suite, quick profile, reference runtime, every benchmark, no git identity. */
    public static RunRequest defaults() {
        return new RunRequest("agent", Profile.QUICK, "reference", AgentSystemConfig.defaults(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
