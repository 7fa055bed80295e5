package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.branch.BranchSettings;
import dev.caxton.bench.history.branch.HistoryBranch;
import dev.caxton.bench.history.branch.PushResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history push}: adds the local history's runs to the history branch on the remote. */
@Command(name = "push", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Adds the runs of the local history that the history branch lacks (with their histogram logs), "
                + "commits naming their run ids and pushes. The branch is started when the remote has none.",
                "When another job pushed first, it fetches, merges (the CSV by union, each row kept once) and pushes "
                        + "again, waiting a growing, jittered delay between attempts."},
        footer = {"", "Exit codes: 0 pushed, or nothing to push; 1 the push failed (credentials, branch protection, "
                + "too many rejections; the local history keeps every run); 2 no git, no repository or no such remote; "
                + "3 internal error."})
final class HistoryPushCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Mixin
    HistoryBranchOptions where = new HistoryBranchOptions();

    @Option(names = "--attempts", paramLabel = "N",
            description = "How many times to push before giving up (default: " + BranchSettings.DEFAULT_ATTEMPTS + ").")
    int attempts = BranchSettings.DEFAULT_ATTEMPTS;

    HistoryPushCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path csv = file.file(invocation);
        HistoryBranch branch = HistoryBranch.git(invocation.workDir(), invocation.env(), where.settings(attempts));
        PushResult r = branch.push(csv, HistogramStore.besideHistory(csv));
        String to = TerminalText.sanitize(branch.settings().display());
        if (r.commit().isEmpty()) {
            invocation.out().println("Nothing to push: " + to + " holds every run of " + invocation.show(csv) + ".");
        } else {
            invocation.out().println((r.pushedRuns().isEmpty() ? "Pushed histogram logs"
                    : "Pushed " + (r.pushedRuns().size() == 1 ? "run " : "runs ") + TerminalText.sanitize(r.runList()))
                    + " to " + to + (r.createdBranch() ? " (a new branch)" : "")
                    + ": commit " + r.commit().get().substring(0, Math.min(12, r.commit().get().length())) + ", "
                    + r.attempts() + (r.attempts() == 1 ? " attempt" : " attempts") + ", " + r.merges()
                    + (r.merges() == 1 ? " merge." : " merges."));
        }
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
