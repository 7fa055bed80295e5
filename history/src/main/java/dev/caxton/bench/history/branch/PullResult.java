package dev.caxton.bench.history.branch;

import java.util.List;

/**
 * What a pull did.
 *
 * @param branchExists whether the remote has the branch (a missing branch is no error: nothing to pull)
 * @param newRuns the runs new to the local history, in the order it holds them
 * @param histogramsCopied how many histogram logs the local folder lacked and got
 */
public record PullResult(boolean branchExists, List<String> newRuns, int histogramsCopied) {
    public PullResult {
        newRuns = List.copyOf(newRuns);
    }
}
