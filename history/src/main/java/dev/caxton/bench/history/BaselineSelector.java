package dev.caxton.bench.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * Chooses the run a new run is compared with, and says why in words.
 *
 * <ul>
 *   <li>Pull request: the newest run of the base commit; else the run of the merge base; else the
 *       newest base-branch run at or before the merge base's run (when the merge base has a run in
 *       another environment only); else the newest base-branch run, saying the merge base is not in
 *       the history.</li>
 *   <li>Push: the previous run on the same branch (by start time, then run id); for a run without a branch
 *       (measured outside git), the previous run without a branch.</li>
 *   <li>Named: the run saved under the name ({@link Baselines}).</li>
 * </ul>
 * Only runs of the current run's suite and system, and of its environment fingerprint unless
 * {@code anyEnvironment}, are candidates (a named baseline is taken as named); the current run itself never is.
 */
public final class BaselineSelector {
    private BaselineSelector() {}

    /** What the new run is compared for. */
    public sealed interface Context permits PullRequest, Push, Named {}

    /**
     * A pull request into {@code baseBranch}; the base commit (the head of the base branch) and the
     * merge base (where the pull request's branch left it) when known.
     */
    public record PullRequest(String baseBranch, Optional<String> baseCommit, Optional<String> mergeBase)
            implements Context {
        public PullRequest {
            Objects.requireNonNull(baseBranch, "baseBranch");
            baseCommit = baseCommit == null ? Optional.empty() : baseCommit;
            mergeBase = mergeBase == null ? Optional.empty() : mergeBase;
        }
    }

    /** A push to the current run's branch. */
    public record Push() implements Context {}

    /** A baseline saved under a name. */
    public record Named(String name) implements Context {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The chosen run and why. */
    public record Baseline(Run run, String reason) {
        public Baseline {
            Objects.requireNonNull(run, "run");
            Objects.requireNonNull(reason, "reason");
        }

        public RunId runId() {
            return run.info().runId();
        }
    }

    /** The baseline when there is one, and in words what was chosen, or why nothing was. */
    public record Selection(Optional<Baseline> baseline, String reason) {
        public Selection {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(reason, "reason");
        }

        static Selection of(Run run, String reason) {
            return new Selection(Optional.of(new Baseline(run, reason)), reason);
        }

        static Selection none(String reason) {
            return new Selection(Optional.empty(), reason);
        }
    }

    /** Selects for a pull request or a push; a {@link Named} context needs {@link #select(History, Baselines, RunInfo, Context, boolean)}. */
    public static Selection select(History history, RunInfo current, Context context, boolean anyEnvironment) {
        if (context instanceof Named n) {
            throw new IllegalArgumentException("The baseline '" + n.name() + "' is a named baseline; select it with"
                    + " the Baselines it is saved in");
        }
        return select(history, Baselines.in(Baselines.DEFAULT_DIR), current, context, anyEnvironment);
    }

    public static Selection select(History history, Baselines baselines, RunInfo current, Context context,
                                   boolean anyEnvironment) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(baselines, "baselines");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(context, "context");
        String fp = current.environment().fingerprint();
        Predicate<Run> env = r -> anyEnvironment || r.info().environment().fingerprint().equals(fp);
        Predicate<Run> notCurrent = r -> !r.info().runId().equals(current.runId());
        // only runs of the same suite and system compare: a history holds every suite and system side by side
        Predicate<Run> sameSubject = r -> r.info().suite().equals(current.suite())
                && r.info().system().equals(current.system());
        List<Run> candidates = history.runs().stream().filter(notCurrent).filter(env).filter(sameSubject)
                .toList(); // oldest first
        String where = anyEnvironment ? "" : " in environment " + fp;
        if (context instanceof PullRequest pr) {
            return pullRequest(history, candidates, pr, where, notCurrent);
        } else if (context instanceof Push) {
            return push(candidates, current, where);
        } else {
            return named(history, baselines, ((Named) context).name(), env, fp);
        }
    }

    private static Selection pullRequest(History history, List<Run> candidates, PullRequest pr, String where,
                                         Predicate<Run> notCurrent) {
        String branch = pr.baseBranch();
        StringBuilder why = new StringBuilder();
        if (pr.baseCommit().isPresent()) {
            String base = pr.baseCommit().get();
            Optional<Run> run = newest(candidates, r -> ofCommit(r, base));
            if (run.isPresent()) {
                return Selection.of(run.get(), "run " + id(run.get()) + " of base commit " + shortSha(base) + " on "
                        + branch(run.get(), branch));
            }
            why.append("no run of base commit ").append(shortSha(base)).append(where);
        }
        List<Run> onBase = candidates.stream().filter(r -> r.info().branch().filter(branch::equals).isPresent()).toList();
        if (pr.mergeBase().isPresent()) {
            String mb = pr.mergeBase().get();
            Optional<Run> run = newest(candidates, r -> ofCommit(r, mb));
            if (run.isPresent()) {
                return Selection.of(run.get(), prefix(why) + "run " + id(run.get()) + " of merge base " + shortSha(mb)
                        + " on " + branch(run.get(), branch));
            }
            // the merge base was measured, but not here: the newest base-branch run no later than it
            Optional<Run> elsewhere = newest(history.runs(), r -> ofCommit(r, mb) && notCurrent.test(r));
            if (elsewhere.isPresent()) {
                RunInfo mbRun = elsewhere.get().info();
                Optional<Run> before = newest(onBase, r -> History.CHRONOLOGICAL.compare(r.info(), mbRun) <= 0);
                if (before.isPresent()) {
                    return Selection.of(before.get(), prefix(why) + "newest " + branch + " run " + id(before.get())
                            + " (commit " + commit(before.get()) + ") at or before merge base " + shortSha(mb)
                            + ", whose run " + mbRun.runId() + " is in another environment");
                }
            }
            if (why.length() > 0) {
                why.append(" or merge base ").append(shortSha(mb));
            } else {
                why.append("no run of merge base ").append(shortSha(mb)).append(where);
            }
        }
        Optional<Run> newest = newest(onBase, r -> true);
        if (newest.isPresent()) {
            return Selection.of(newest.get(), prefix(why) + "newest " + branch + " run " + id(newest.get()) + " (commit "
                    + commit(newest.get()) + ")" + (pr.mergeBase().isPresent() || pr.baseCommit().isPresent()
                    ? ", which may hold changes newer than the merge base" : ""));
        }
        return Selection.none(prefix(why) + "no run on " + branch + where + anyEnvironmentHint(where));
    }

    private static Selection push(List<Run> candidates, RunInfo current, String where) {
        if (current.branch().isEmpty()) {
            // outside git: the previous run that has no branch either, so running twice still compares
            Optional<Run> previous = newest(candidates, r -> r.info().branch().isEmpty()
                    && History.CHRONOLOGICAL.compare(r.info(), current) < 0);
            return previous.map(r -> Selection.of(r, "previous run " + id(r) + " without a branch (not in git)"))
                    .orElseGet(() -> Selection.none("no earlier run without a branch" + where
                            + anyEnvironmentHint(where)));
        }
        String branch = current.branch().get();
        Optional<Run> previous = newest(candidates, r -> r.info().branch().filter(branch::equals).isPresent()
                && History.CHRONOLOGICAL.compare(r.info(), current) < 0);
        return previous.map(r -> Selection.of(r, "previous run " + id(r) + " on " + branch + " (commit " + commit(r) + ")"))
                .orElseGet(() -> Selection.none("no earlier run on " + branch + where + anyEnvironmentHint(where)));
    }

    private static Selection named(History history, Baselines baselines, String name, Predicate<Run> env, String fp) {
        Optional<RunId> runId = baselines.find(name);
        if (runId.isEmpty()) {
            return Selection.none("no baseline named '" + name + "' in " + baselines.dir() + " (saved: "
                    + (baselines.list().isEmpty() ? "none" : String.join(", ", baselines.list().keySet()))
                    + "); save one with --save-baseline " + name);
        }
        Optional<Run> run = history.run(runId.get());
        if (run.isEmpty()) {
            return Selection.none("baseline '" + name + "' is run " + runId.get() + ", which is not in the history"
                    + " (pruned?); save the baseline again");
        }
        if (!env.test(run.get())) {
            return Selection.none("baseline '" + name + "' is run " + runId.get() + ", measured in environment "
                    + run.get().info().environment().fingerprint() + ", not in " + fp
                    + "; pass --any-environment to compare anyway");
        }
        return Selection.of(run.get(), "baseline '" + name + "': run " + id(run.get()) + " (commit " + commit(run.get())
                + (run.get().info().branch().map(b -> " on " + b).orElse("")) + ")");
    }

    private static Optional<Run> newest(List<Run> runs, Predicate<Run> p) {
        Run found = null;
        for (Run r : runs) {
            if (p.test(r)) {
                found = r; // runs are oldest first
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean ofCommit(Run r, String commit) {
        return r.info().commit().filter(c -> History.sameCommit(c, commit)).isPresent();
    }

    private static String prefix(StringBuilder why) {
        return why.length() == 0 ? "" : why + "; ";
    }

    private static String anyEnvironmentHint(String where) {
        return where.isEmpty() ? "" : " (pass --any-environment to compare across environments)";
    }

    private static RunId id(Run r) {
        return r.info().runId();
    }

    private static String branch(Run r, String fallback) {
        return r.info().branch().orElse(fallback);
    }

    private static String commit(Run r) {
        return r.info().commit().map(BaselineSelector::shortSha).orElse("unknown");
    }

    static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
