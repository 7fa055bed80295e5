package dev.caxton.bench.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Shard;

/**
 * Chooses the run a new run is compared with, and says why in words.
 *
 * <p>Only a run of the same kind is a baseline: the same suite, system, profile and shard layout (a whole
 * run, or the same {@code i/n}), and the same environment fingerprint unless {@link Matching#anyEnvironment()}.
 * Anything else measures something else: a smoke run against a quick run, or Pekko against the reference
 * runtime, would report changes that no commit made. The current run itself is never its baseline.
 *
 * <p>The baseline comes from the {@link Context}:
 * <ul>
 *   <li>{@link PullRequest}: the newest run of the base commit; else the run of the merge base; else the
 *       newest base-branch run at or before the merge base's run (when the merge base has a run in
 *       another environment only); else the newest base-branch run, saying the merge base is not in
 *       the history.</li>
 *   <li>{@link Push}: the previous run on the same branch (by start time, then run id); for a run without a
 *       branch (measured outside git), the previous run without a branch.</li>
 *   <li>{@link ById}, {@link ByCommit}, {@link Named}: the run given, the newest run of the commit, the run
 *       saved under the name ({@link Baselines}).</li>
 * </ul>
 * When the automatic contexts find no run of the same kind, the selection has no baseline and its reason
 * says which runs were passed over and why ("passed over 3 runs: 2 of profile quick (this run is smoke), 1
 * of system pekko (this run is reference)"). A baseline named explicitly that is of another kind is refused
 * with a {@link BaselineException} naming the difference, unless {@link Matching#forceBaseline()} (then it
 * is compared, and the reason says so); an environment that differs is accepted only with
 * {@link Matching#anyEnvironment()}.
 */
public final class BaselineSelector {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{4,40}");

    private BaselineSelector() {}

    /** What the new run is compared for. */
    public sealed interface Context permits PullRequest, Push, ById, ByCommit, Named {}

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

    /** The run with this id, named explicitly ({@code --baseline RUN}). */
    public record ById(RunId runId) implements Context {
        public ById {
            Objects.requireNonNull(runId, "runId");
        }
    }

    /**
     * The newest run of the current run's kind of this commit, named explicitly ({@code --baseline COMMIT});
     * {@code commit} has 4 to 40 hex digits, and may abbreviate the history's commits or they it.
     */
    public record ByCommit(String commit) implements Context {
        public ByCommit {
            Objects.requireNonNull(commit, "commit");
            if (!COMMIT.matcher(commit).matches()) {
                throw new IllegalArgumentException("A commit is 4 to 40 hex digits, got '" + commit + "'");
            }
        }
    }

    /** A baseline saved under a name ({@code --baseline NAME}). */
    public record Named(String name) implements Context {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Which runs may be a baseline beyond the same kind: runs of any environment fingerprint when
     * {@code anyEnvironment}; a baseline named explicitly ({@link ById}, {@link ByCommit}, {@link Named}) of
     * another suite, system, profile or shard layout when {@code forceBaseline}. The automatic contexts never
     * cross kinds.
     */
    public record Matching(boolean anyEnvironment, boolean forceBaseline) {
        /** The same kind and the same environment. */
        public static Matching strict() {
            return new Matching(false, false);
        }

        public Matching withAnyEnvironment(boolean any) {
            return new Matching(any, forceBaseline);
        }

        public Matching withForceBaseline(boolean force) {
            return new Matching(anyEnvironment, force);
        }
    }

    /** What makes two runs of different kinds, in the order messages name them. */
    public enum Aspect {
        SUITE("suite"),
        SYSTEM("system"),
        PROFILE("profile"),
        SHARD("shard"),
        ENVIRONMENT("environment");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        String of(RunInfo run) {
            return switch (this) {
                case SUITE -> run.suite();
                case SYSTEM -> run.system();
                case PROFILE -> run.profile().label();
                case SHARD -> run.shard().map(Shard::label).orElse("none");
                case ENVIRONMENT -> run.environment().fingerprint();
            };
        }
    }

    /** A way in which a candidate run differs from the current run: its value and the current run's. */
    public record Mismatch(Aspect aspect, String candidate, String current) {
        public Mismatch {
            Objects.requireNonNull(aspect, "aspect");
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(current, "current");
        }

        /** {@code profile quick}. */
        String candidateText() {
            return aspect.label() + " " + candidate;
        }

        /** {@code profile smoke}. */
        String currentText() {
            return aspect.label() + " " + current;
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

    /**
     * How {@code candidate} differs from {@code current}, in {@link Aspect} order; empty when it is of the same
     * kind. The environment counts unless {@code anyEnvironment}.
     */
    public static List<Mismatch> mismatches(RunInfo current, RunInfo candidate, boolean anyEnvironment) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(candidate, "candidate");
        List<Mismatch> out = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            if (a == Aspect.ENVIRONMENT && anyEnvironment) {
                continue;
            }
            String theirs = a.of(candidate);
            String ours = a.of(current);
            if (!theirs.equals(ours)) {
                out.add(new Mismatch(a, theirs, ours));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Selects the baseline of {@code current} for {@code context}.
     *
     * @throws BaselineException when a baseline named explicitly does not exist, is the current run, or is of
     *         another kind than {@code matching} accepts
     */
    public static Selection select(History history, Baselines baselines, RunInfo current, Context context,
                                   Matching matching) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(baselines, "baselines");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(matching, "matching");
        return new Selector(history, current, matching).select(context, baselines);
    }

    /** One selection: the history, the current run and the rules; {@code where} ends "no run ..." messages. */
    private record Selector(History history, RunInfo current, Matching matching, String fp, String where) {
        Selector(History history, RunInfo current, Matching matching) {
            this(history, current, matching, current.environment().fingerprint(), matching.anyEnvironment() ? ""
                    : " in environment " + current.environment().fingerprint());
        }

        Selection select(Context context, Baselines baselines) {
            if (context instanceof PullRequest pr) {
                return pullRequest(pr);
            } else if (context instanceof Push) {
                return push();
            } else if (context instanceof ById byId) {
                return byId(byId.runId());
            } else if (context instanceof ByCommit c) {
                return byCommit(c.commit());
            }
            return named(baselines, ((Named) context).name());
        }

        private boolean notCurrent(Run r) {
            return !r.info().runId().equals(current.runId());
        }

        private boolean sameKind(Run r) {
            return mismatches(current, r.info(), matching.anyEnvironment()).isEmpty();
        }

        /** Of the same kind but for the environment. */
        private boolean sameKindElsewhere(Run r) {
            return mismatches(current, r.info(), true).isEmpty();
        }

        /** Runs of the current run's kind, oldest first, the current run left out. */
        private List<Run> candidates() {
            return history.runs().stream().filter(this::notCurrent).filter(this::sameKind).toList();
        }

        private Selection pullRequest(PullRequest pr) {
            List<Run> candidates = candidates();
            String branch = pr.baseBranch();
            Predicate<Run> onBase = r -> r.info().branch().filter(branch::equals).isPresent();
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
            List<Run> base = candidates.stream().filter(onBase).toList();
            if (pr.mergeBase().isPresent()) {
                String mb = pr.mergeBase().get();
                Optional<Run> run = newest(candidates, r -> ofCommit(r, mb));
                if (run.isPresent()) {
                    return Selection.of(run.get(), prefix(why) + "run " + id(run.get()) + " of merge base " + shortSha(mb)
                            + " on " + branch(run.get(), branch));
                }
                // the merge base was measured, but not here: the newest base-branch run no later than it
                Optional<Run> elsewhere = newest(history.runs(), r -> ofCommit(r, mb) && notCurrent(r)
                        && sameKindElsewhere(r));
                if (elsewhere.isPresent()) {
                    RunInfo mbRun = elsewhere.get().info();
                    Optional<Run> before = newest(base, r -> History.CHRONOLOGICAL.compare(r.info(), mbRun) <= 0);
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
            Optional<Run> newest = newest(base, r -> true);
            if (newest.isPresent()) {
                return Selection.of(newest.get(), prefix(why) + "newest " + branch + " run " + id(newest.get())
                        + " (commit " + commit(newest.get()) + ")" + (pr.mergeBase().isPresent()
                        || pr.baseCommit().isPresent() ? ", which may hold changes newer than the merge base" : ""));
            }
            Predicate<Run> inScope = r -> onBase.test(r) || pr.baseCommit().filter(c -> ofCommit(r, c)).isPresent()
                    || pr.mergeBase().filter(c -> ofCommit(r, c)).isPresent();
            return Selection.none(prefix(why) + "no run on " + branch + where + passedOver(inScope));
        }

        private Selection push() {
            Predicate<Run> earlier = r -> History.CHRONOLOGICAL.compare(r.info(), current) < 0;
            if (current.branch().isEmpty()) {
                // outside git: the previous run that has no branch either, so running twice still compares
                Predicate<Run> inScope = earlier.and(r -> r.info().branch().isEmpty());
                return newest(candidates(), inScope)
                        .map(r -> Selection.of(r, "previous run " + id(r) + " without a branch (not in git)"))
                        .orElseGet(() -> Selection.none("no earlier run without a branch" + where + passedOver(inScope)));
            }
            String branch = current.branch().get();
            Predicate<Run> inScope = earlier.and(r -> r.info().branch().filter(branch::equals).isPresent());
            return newest(candidates(), inScope)
                    .map(r -> Selection.of(r, "previous run " + id(r) + " on " + branch + " (commit " + commit(r) + ")"))
                    .orElseGet(() -> Selection.none("no earlier run on " + branch + where + passedOver(inScope)));
        }

        private Selection byId(RunId runId) {
            Run run = history.run(runId).orElseThrow(() -> new BaselineException("The baseline run " + runId
                    + " is not in the history; see 'caxton-bench history list' for the runs it holds", List.of()));
            return explicit(run, "run " + runId + " (--baseline)", "The baseline run " + runId);
        }

        private Selection byCommit(String commit) {
            List<Run> ofCommit = history.runsOfCommit(commit).stream().filter(this::notCurrent).toList();
            if (ofCommit.isEmpty()) {
                throw new BaselineException("No run of commit " + commit + " is in the history (the baseline "
                        + "commit); see 'caxton-bench history list' for the commits it holds", List.of());
            }
            Optional<Run> same = newest(ofCommit, this::sameKind);
            if (same.isPresent()) {
                return Selection.of(same.get(), "newest run " + id(same.get()) + " of commit " + commit + " (--baseline)");
            }
            List<Run> here = ofCommit.stream().filter(r -> matching.anyEnvironment()
                    || r.info().environment().fingerprint().equals(fp)).toList();
            if (matching.forceBaseline() && !here.isEmpty()) {
                // the closest kind, newest first among equals
                Run closest = here.stream().min(Comparator.<Run>comparingInt(r -> mismatches(current, r.info(),
                        matching.anyEnvironment()).size()).thenComparing(r -> r.info(), History.CHRONOLOGICAL.reversed()))
                        .orElseThrow();
                return Selection.of(closest, "newest run " + id(closest) + " of commit " + commit + " (--baseline), "
                        + forced(mismatches(current, closest.info(), matching.anyEnvironment())));
            }
            List<Mismatch> first = ofCommit.stream().map(r -> mismatches(current, r.info(), matching.anyEnvironment())
                    .get(0)).toList();
            List<Mismatch> all = ofCommit.stream().flatMap(r -> mismatches(current, r.info(), matching.anyEnvironment())
                    .stream()).toList();
            throw new BaselineException("Commit " + commit + " has " + count(ofCommit.size(), "run")
                    + " in the history (this run left out), "
                    + "none of this run's suite, system, profile and shard" + where + ": " + groups(first)
                    + ". Name a run of the same kind, " + fixes(all), all);
        }

        private Selection named(Baselines baselines, String name) {
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
            return explicit(run.get(), "baseline '" + name + "': run " + id(run.get()) + " (commit " + commit(run.get())
                    + run.get().info().branch().map(b -> " on " + b).orElse("") + ")",
                    "The baseline '" + name + "' (run " + runId.get() + ")");
        }

        /** A run named explicitly: taken when it is of this kind, or when forced; else refused, saying why. */
        private Selection explicit(Run run, String reason, String what) {
            if (!notCurrent(run)) {
                throw new BaselineException(what + " is the run being compared; name an earlier run", List.of());
            }
            List<Mismatch> m = mismatches(current, run.info(), matching.anyEnvironment());
            if (m.isEmpty()) {
                return Selection.of(run, reason);
            }
            boolean environment = m.stream().anyMatch(x -> x.aspect() == Aspect.ENVIRONMENT);
            if (matching.forceBaseline() && !environment) {
                return Selection.of(run, reason + ", " + forced(m));
            }
            throw new BaselineException(what + " is of " + and(m.stream().map(Mismatch::candidateText).toList())
                    + ", but this run is of " + and(m.stream().map(Mismatch::currentText).toList())
                    + ": only runs of the same suite, system, profile, shard and environment compare. Name a run of "
                    + "the same kind ('caxton-bench history list'), " + fixes(m), m);
        }

        /** {@code ; passed over 3 runs: 2 of profile quick (this run is smoke), ...}, or nothing. */
        private String passedOver(Predicate<Run> inScope) {
            List<Mismatch> first = history.runs().stream()
                    .filter(this::notCurrent)
                    .filter(r -> r.info().suite().equals(current.suite())) // other suites are other series
                    .filter(inScope)
                    .map(r -> mismatches(current, r.info(), matching.anyEnvironment()))
                    .filter(m -> !m.isEmpty())
                    .map(m -> m.get(0))
                    .toList();
            if (first.isEmpty()) {
                return "";
            }
            return "; passed over " + count(first.size(), "run") + ": " + groups(first)
                    + (first.stream().anyMatch(x -> x.aspect() == Aspect.ENVIRONMENT)
                    ? " (pass --any-environment to compare across environments)" : "");
        }
    }

    /** {@code 2 of profile quick (this run is smoke), 1 of system pekko (this run is reference)}. */
    static String groups(List<Mismatch> mismatches) {
        Map<Mismatch, Long> counts = mismatches.stream().sorted(Comparator.comparing(Mismatch::aspect)
                        .thenComparing(Mismatch::candidate))
                .collect(Collectors.groupingBy(m -> m, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + " of " + e.getKey().candidateText()
                + " (this run is " + e.getKey().current() + ")").collect(Collectors.joining(", "));
    }

    /** How to compare anyway. */
    private static String fixes(List<Mismatch> mismatches) {
        boolean environment = mismatches.stream().anyMatch(m -> m.aspect() == Aspect.ENVIRONMENT);
        boolean kind = mismatches.stream().anyMatch(m -> m.aspect() != Aspect.ENVIRONMENT);
        return "or pass " + (kind ? "--force-baseline" : "") + (kind && environment ? " and " : "")
                + (environment ? "--any-environment" : "") + " to compare anyway";
    }

    private static String forced(List<Mismatch> mismatches) {
        return "of " + and(mismatches.stream().map(Mismatch::candidateText).toList()) + " while this run is of "
                + and(mismatches.stream().map(Mismatch::currentText).toList()) + " (--force-baseline)";
    }

    private static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Optional<Run> newest(List<Run> runs, Predicate<Run> p) {
        Optional<Run> found = Optional.empty();
        for (Run r : runs) {
            if (p.test(r)) {
                found = Optional.of(r); // runs are oldest first
            }
        }
        return found;
    }

    private static boolean ofCommit(Run r, String commit) {
        return r.info().commit().filter(c -> History.sameCommit(c, commit)).isPresent();
    }

    private static String prefix(StringBuilder why) {
        return why.length() == 0 ? "" : why + "; ";
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
