package dev.caxton.bench.cli;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.caxton.bench.model.GitInfo;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;

/**
 * The commit, branch and pull request a run measures: read from git, overridden by the variables
 * GitHub Actions sets ({@code GITHUB_SHA}, {@code GITHUB_HEAD_REF} on pull requests, else
 * {@code GITHUB_REF_NAME}, and the PR number from {@code GITHUB_REF=refs/pull/N/merge}).
 */
record GitIdentity(Optional<String> commit, Optional<String> branch, Optional<Integer> pullRequest) {
    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d+)/(?:merge|head)");

    /** What {@code run} and {@code import} record: git in the working directory, overridden by GitHub's variables. */
    static GitIdentity detect(Invocation invocation) {
        return resolve(invocation.env(), GitInfo.detect(invocation.workDir()));
    }

    static GitIdentity resolve(Map<String, String> env, GitInfo git) {
        Optional<String> commit = nonBlank(env.get("GITHUB_SHA")).or(git::commit);
        Optional<String> branch = nonBlank(env.get("GITHUB_HEAD_REF")).or(() -> nonBlank(env.get("GITHUB_REF_NAME")))
                .or(git::branch);
        Optional<Integer> pr = nonBlank(env.get("GITHUB_REF")).flatMap(GitIdentity::pullRequestOf);
        return new GitIdentity(commit, branch, pr);
    }

    /** The run with this commit, branch and pull request; what is unknown here keeps the run's own value. */
    Run stamp(Run run) {
        RunInfo i = run.info();
        RunInfo stamped = new RunInfo(i.runId(), i.startedAt(), commit.or(i::commit), branch.or(i::branch),
                pullRequest.or(i::pullRequest), i.environment(), i.suite(), i.profile(), i.system(), i.shard());
        return new Run(stamped, run.measurements(), run.histograms(), run.failures());
    }

    private static Optional<Integer> pullRequestOf(String ref) {
        Matcher m = PULL_REF.matcher(ref);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // more digits than an int holds: not a PR number GitHub issues
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
