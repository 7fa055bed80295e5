package dev.caxton.bench.history.branch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import dev.caxton.bench.history.HistoryFormatException;

/**
 * The history kept on a dedicated git branch (default {@value BranchSettings#DEFAULT_BRANCH}), so that
 * CI jobs, which start from a fresh checkout, share one history: {@link #pull} merges the branch's runs
 * into a local history, {@link #push} adds the local runs the branch lacks. Concurrent pushes lose no
 * run and duplicate none (see {@link #git}).
 *
 * <pre>{@code
 * HistoryBranch branch = HistoryBranch.git(Path.of(""), Map.of(), BranchSettings.defaults());
 * PushResult r = branch.push(OutputLayout.DEFAULT.history(), OutputLayout.DEFAULT.histograms());
 * }</pre>
 */
public interface HistoryBranch {
    /** Where this branch is. */
    BranchSettings settings();

    /**
     * Fetches the branch and merges its runs into {@code localHistory} (by union on run id and metric id)
     * and copies its histogram logs that {@code localHistograms} lacks.
     *
     * @throws HistoryBranchException when git is missing, this is no repository, or the fetch fails
     * @throws HistoryFormatException when a history is malformed or the two hold different rows for one key
     */
    PullResult pull(Path localHistory, Path localHistograms);

    /**
     * Adds the runs of {@code localHistory} that the branch lacks, with their histogram logs from
     * {@code localHistograms}, and pushes; a rejected push is retried after a merge, at most
     * {@link BranchSettings#attempts()} times.
     *
     * @throws HistoryBranchException naming the problem and the fix; the local history keeps every run
     * @throws HistoryFormatException when a history is malformed or two sides hold different rows for one key
     */
    PushResult push(Path localHistory, Path localHistograms);

    /** {@link #git(Path, Map, BranchSettings, Sleeper, RandomGenerator)} with real sleeps and a fresh random source. */
    static HistoryBranch git(Path workDir, Map<String, String> gitEnv, BranchSettings settings) {
        return git(workDir, gitEnv, settings, Sleeper.SYSTEM, new SplittableRandom());
    }

    /**
     * The branch through the {@code git} command line, run in the repository that holds {@code workDir}:
     * its remote, credentials and object store are used; the user's checkout, index and branches are not
     * touched (the branch is checked out in a temporary worktree). An instance serves one caller at a
     * time (make one per thread).
     *
     * @param gitEnv variables set for git on top of this process's environment (tests set HOME and identities)
     * @param sleeper waits between push attempts
     * @param random the jitter of those waits
     */
    static HistoryBranch git(Path workDir, Map<String, String> gitEnv, BranchSettings settings, Sleeper sleeper,
                             RandomGenerator random) {
        return new GitHistoryBranch(Objects.requireNonNull(workDir, "workDir"), new Git(gitEnv),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(sleeper, "sleeper"),
                Objects.requireNonNull(random, "random"));
    }
}
