package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.GitInfo;

class GitIdentityTest {
    private static final GitInfo LOCAL = new GitInfo(Optional.of("aaaa"), Optional.of("feature"));

    @Test
    void usesGitWhenNotOnGitHubActions() {
        assertThat(GitIdentity.resolve(Map.of(), LOCAL))
                .isEqualTo(new GitIdentity(Optional.of("aaaa"), Optional.of("feature"), Optional.empty()));
    }

    @Test
    void takesCommitBranchAndPullRequestFromAPullRequestEvent() {
        Map<String, String> env = Map.of("GITHUB_SHA", "bbbb", "GITHUB_REF", "refs/pull/42/merge",
                "GITHUB_REF_NAME", "42/merge", "GITHUB_HEAD_REF", "fix-latency");
        assertThat(GitIdentity.resolve(env, LOCAL))
                .isEqualTo(new GitIdentity(Optional.of("bbbb"), Optional.of("fix-latency"), Optional.of(42)));
    }

    @Test
    void takesTheBranchFromTheRefNameOnAPush() {
        Map<String, String> env = Map.of("GITHUB_SHA", "cccc", "GITHUB_REF", "refs/heads/main",
                "GITHUB_REF_NAME", "main", "GITHUB_HEAD_REF", "");
        assertThat(GitIdentity.resolve(env, new GitInfo(Optional.empty(), Optional.empty())))
                .isEqualTo(new GitIdentity(Optional.of("cccc"), Optional.of("main"), Optional.empty()));
    }
}
