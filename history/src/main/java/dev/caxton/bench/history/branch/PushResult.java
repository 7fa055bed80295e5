package dev.caxton.bench.history.branch;

import java.util.List;
import java.util.Optional;

/**
 * What a push did.
 *
 * @param pushedRuns the runs it added (empty when the branch held every local run)
 * @param commit the commit pushed; empty when there was nothing to push
 * @param attempts how many pushes it took
 * @param merges how many merges of the branch it made after rejections
 * @param rebuilds how many of those merges rebuilt the CSV from both sides, because the union alone was no valid history
 * @param createdBranch whether this push started the branch
 */
public record PushResult(List<String> pushedRuns, Optional<String> commit, int attempts, int merges, int rebuilds,
                         boolean createdBranch) {
    public PushResult {
        pushedRuns = List.copyOf(pushedRuns);
    }

    static PushResult nothing() {
        return new PushResult(List.of(), Optional.empty(), 0, 0, 0, false);
    }

    /** The pushed run ids as a commit message or a report names them: at most 10, then how many more. */
    public String runList() {
        return ids(pushedRuns);
    }

    static String ids(List<String> runIds) {
        if (runIds.size() <= 10) {
            return String.join(", ", runIds);
        }
        return String.join(", ", runIds.subList(0, 10)) + " and " + (runIds.size() - 10) + " more";
    }
}
