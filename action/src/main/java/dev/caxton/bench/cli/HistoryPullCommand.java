package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.branch.HistoryBranch;
import dev.caxton.bench.history.branch.PullResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code history pull}: merges the history branch's runs into the local history. */
@Command(name = "pull", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Fetches the history branch and merges its runs into the local history (the union of rows by "
                + "run id and metric id) and copies the histogram logs the local folder lacks.",
                "A branch that does not exist yet is not an error: there is nothing to pull."},
        footer = {"", "Exit codes: 0 pulled, or no branch yet; 1 the fetch failed (credentials) or the histories "
                + "conflict (listed with their lines; nothing was changed); 2 no git, no repository or no such remote; "
                + "3 internal error."})
final class HistoryPullCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Mixin
    HistoryBranchOptions where = new HistoryBranchOptions();

    HistoryPullCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path csv = file.file(invocation);
        HistoryBranch branch = HistoryBranch.git(invocation.workDir(), invocation.env(), where.settings(1));
        PullResult r = branch.pull(csv, HistogramStore.besideHistory(csv));
        String from = TerminalText.sanitize(branch.settings().display());
        if (!r.branchExists()) {
            invocation.out().println(from + " does not exist yet; nothing to pull ('caxton-bench history push' starts it).");
        } else {
            invocation.out().println("Pulled " + r.newRuns().size() + (r.newRuns().size() == 1 ? " new run" : " new runs")
                    + " from " + from + " into " + invocation.show(csv) + " (+" + r.histogramsCopied()
                    + (r.histogramsCopied() == 1 ? " histogram log)." : " histogram logs)."));
        }
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
