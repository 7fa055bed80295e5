package dev.caxton.bench.cli;

import dev.caxton.bench.history.branch.BranchSettings;
import picocli.CommandLine.Option;

/** {@code --remote}, {@code --branch} and {@code --path}: where {@code history push} and {@code pull} keep the history. */
final class HistoryBranchOptions {
    @Option(names = "--remote", paramLabel = "NAME", description = "The git remote that keeps the branch (default: "
            + BranchSettings.DEFAULT_REMOTE + ").")
    String remote = BranchSettings.DEFAULT_REMOTE;

    @Option(names = "--branch", paramLabel = "BRANCH",
            description = "The branch that keeps the history (default: " + BranchSettings.DEFAULT_BRANCH + ").")
    String branch = BranchSettings.DEFAULT_BRANCH;

    @Option(names = "--path", paramLabel = "PATH", description = "The history CSV's path on the branch; its histogram "
            + "logs go to 'histograms' beside it (default: " + BranchSettings.DEFAULT_PATH + ").")
    String path = BranchSettings.DEFAULT_PATH;

    BranchSettings settings(int attempts) {
        try {
            return new BranchSettings(remote, branch, path, attempts, BranchSettings.DEFAULT_BACKOFF);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
