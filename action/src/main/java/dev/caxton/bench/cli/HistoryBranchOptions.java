package dev.caxton.bench.cli;


import picocli.CommandLine.Option;

/** {@code --remote}, {@code --branch} and {@code --path}: where {@code history push} and {@code pull} keep the history. */
final class HistoryBranchOptions {
    @Option(names = "--remote", paramLabel = "NAME", description = "The git remote that keeps the branch (default: origin).")
    String remote = "origin";

    @Option(names = "--branch", paramLabel = "BRANCH",
            description = "The branch that keeps the history (default: " + HistoryBranch.DEFAULT_BRANCH + ").")
    String branch = HistoryBranch.DEFAULT_BRANCH;

    @Option(names = "--path", paramLabel = "PATH", description = "The history CSV's path on the branch; its histogram "
            + "logs go to 'histograms' beside it (default: " + HistoryBranch.DEFAULT_PATH + ").")
    String path = HistoryBranch.DEFAULT_PATH;

    HistoryBranch.Settings settings(int attempts) {
        try {
            return new HistoryBranch.Settings(remote, branch, path, attempts, HistoryBranch.DEFAULT_BACKOFF);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
