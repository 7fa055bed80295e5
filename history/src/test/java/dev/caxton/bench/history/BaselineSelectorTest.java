package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.history.BaselineSelector.Named;
import dev.caxton.bench.history.BaselineSelector.PullRequest;
import dev.caxton.bench.history.BaselineSelector.Push;
import dev.caxton.bench.history.BaselineSelector.Selection;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Shard;

class BaselineSelectorTest {
    @TempDir
    Path dir;

    private final List<HistoryRow> rows = new ArrayList<>();

    private RunInfo add(String id, int day, String commit, String branch, Environment env) {
        RunInfo info = TestRuns.info(id, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * day), commit, branch, env);
        TestRuns.measurements(2, day).forEach(m -> rows.add(new HistoryRow(info, 2, m)));
        return info;
    }

    private RunInfo current(String branch) {
        return TestRuns.info("current", Instant.parse("2026-12-01T00:00:00Z"), "feedface", branch, TestRuns.ENV);
    }

    private Selection select(BaselineSelector.Context c, boolean any) {
        return select(current("feature"), c, BaselineSelector.Matching.strict().withAnyEnvironment(any));
    }

    private Selection select(RunInfo current, BaselineSelector.Context c, BaselineSelector.Matching matching) {
        return BaselineSelector.select(History.of(rows), Baselines.in(dir), current, c, matching);
    }

    /** A run of the agent suite with this profile, system and shard. */
    private RunInfo add(String id, int day, String commit, String branch, Environment env, Profile profile,
                        String system, Optional<Shard> shard) {
        RunInfo info = kind(TestRuns.info(id, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * day), commit,
                branch, env), profile, system, shard);
        TestRuns.measurements(2, day).forEach(m -> rows.add(new HistoryRow(info, 2, m)));
        return info;
    }

    private static RunInfo kind(RunInfo i, Profile profile, String system, Optional<Shard> shard) {
        return new RunInfo(i.runId(), i.startedAt(), i.commit(), i.branch(), i.pullRequest(), i.environment(), i.suite(),
                RunProfile.of(profile), system, shard);
    }

    /** The current run on feature, measured with the smoke profile on the reference system. */
    private RunInfo smoke() {
        return kind(current("feature"), Profile.SMOKE, "reference", Optional.empty());
    }

    private static PullRequest pr(String baseCommit, String mergeBase) {
        return new PullRequest("main", Optional.ofNullable(baseCommit), Optional.ofNullable(mergeBase));
    }

    @Test
    void pullRequestTakesTheNewestRunOfTheBaseCommit() {
        add("m1", 1, "aaaaaaa1111", "main", TestRuns.ENV);
        add("m2", 2, "bbbbbbb2222", "main", TestRuns.ENV);
        add("m2again", 3, "bbbbbbb2222", "main", TestRuns.ENV);
        Selection s = select(pr("bbbbbbb2222", "aaaaaaa1111"), false);
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("m2again"));
        assertThat(s.reason()).isEqualTo("run m2again of base commit bbbbbbb on main");
    }

    @Test
    void withoutARunOfTheBaseCommitTheRunOfTheMergeBase() {
        add("m1", 1, "aaaaaaa1111", "main", TestRuns.ENV);
        add("m2", 2, "ccccccc3333", "main", TestRuns.ENV);
        Selection s = select(pr("bbbbbbb2222", "aaaaaaa1111"), false);
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("m1"));
        assertThat(s.reason()).isEqualTo("no run of base commit bbbbbbb in environment " + TestRuns.ENV.fingerprint()
                + "; run m1 of merge base aaaaaaa on main");
    }

    @Test
    void whenTheMergeBaseRanElsewhereTheNewestBaseRunAtOrBeforeIt() {
        add("m1", 1, "0000000", "main", TestRuns.ENV);
        add("mbOther", 2, "aaaaaaa1111", "main", TestRuns.OTHER_ENV);
        add("m3", 3, "ddddddd", "main", TestRuns.ENV);
        Selection s = select(pr("bbbbbbb2222", "aaaaaaa1111"), false);
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("m1"));
        assertThat(s.reason()).endsWith("newest main run m1 (commit 0000000) at or before merge base aaaaaaa, whose run"
                + " mbOther is in another environment");
    }

    @Test
    void whenNeitherCommitIsInTheHistoryTheNewestBaseBranchRunAndSaysSo() {
        add("m1", 1, "0000000", "main", TestRuns.ENV);
        add("m2", 2, "1111111", "main", TestRuns.ENV);
        add("f1", 3, "2222222", "feature", TestRuns.ENV);
        Selection s = select(pr("bbbbbbb", "aaaaaaa"), false);
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("m2"));
        assertThat(s.reason()).isEqualTo("no run of base commit bbbbbbb in environment " + TestRuns.ENV.fingerprint()
                + " or merge base aaaaaaa; newest main run m2 (commit 1111111), which may hold changes newer than the"
                + " merge base");
    }

    @Test
    void onlyTheSameEnvironmentUnlessAnyEnvironment() {
        add("m1", 1, "bbbbbbb", "main", TestRuns.OTHER_ENV);
        Selection same = select(pr("bbbbbbb", null), false);
        assertThat(same.baseline()).isEmpty();
        assertThat(same.reason()).isEqualTo("no run of base commit bbbbbbb in environment " + TestRuns.ENV.fingerprint()
                + "; no run on main in environment " + TestRuns.ENV.fingerprint() + "; passed over 1 run: 1 of "
                + "environment " + TestRuns.OTHER_ENV.fingerprint() + " (this run is " + TestRuns.ENV.fingerprint()
                + ") (pass --any-environment to compare across environments)");
        Selection any = select(pr("bbbbbbb", null), true);
        assertThat(any.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("m1"));
        assertThat(any.reason()).isEqualTo("run m1 of base commit bbbbbbb on main");
    }

    @Test
    void pushTakesThePreviousRunOnTheSameBranch() {
        add("f1", 1, "1111111", "feature", TestRuns.ENV);
        add("m1", 2, "2222222", "main", TestRuns.ENV);
        add("f2", 3, "3333333", "feature", TestRuns.ENV);
        add("f3other", 4, "4444444", "feature", TestRuns.OTHER_ENV);
        add("current", 30, "feedface", "feature", TestRuns.ENV); // the current run, already appended
        Selection s = select(new Push(), false);
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("f2"));
        assertThat(s.reason()).isEqualTo("previous run f2 on feature (commit 3333333)");
        assertThat(select(new Push(), true).baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("f3other"));
    }

    @Test
    void pushWithoutAnEarlierRunOrWithoutABranchChoosesNothingAndSaysWhy() {
        add("m1", 1, "2222222", "main", TestRuns.ENV);
        assertThat(select(new Push(), false).reason()).startsWith("no earlier run on feature in environment");
        RunInfo noBranch = TestRuns.info("x", Instant.parse("2026-12-01T00:00:00Z"), "feedface", null, TestRuns.ENV);
        Selection s = select(noBranch, new Push(), BaselineSelector.Matching.strict());
        assertThat(s.baseline()).isEmpty();
        assertThat(s.reason()).as("no run was passed over, so no flag would help")
                .isEqualTo("no earlier run without a branch in environment " + TestRuns.ENV.fingerprint());
    }

    @Test
    void aRunOutsideGitComparesWithThePreviousRunOutsideGit() {
        add("m1", 1, "2222222", "main", TestRuns.ENV);
        add("n1", 2, null, null, TestRuns.ENV);
        add("n2", 3, null, null, TestRuns.ENV);
        add("m2", 4, "3333333", "main", TestRuns.ENV);
        RunInfo noBranch = TestRuns.info("x", Instant.parse("2026-12-01T00:00:00Z"), null, null, TestRuns.ENV);

        Selection s = select(noBranch, new Push(), BaselineSelector.Matching.strict());

        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("n2"));
        assertThat(s.reason()).isEqualTo("previous run n2 without a branch (not in git)");
    }

    @Test
    void namedBaselinesAreSavedAndFound() {
        add("m1", 1, "2222222", "main", TestRuns.ENV);
        add("m2", 2, "3333333", "main", TestRuns.OTHER_ENV);
        Baselines b = Baselines.in(dir);
        b.save("before-refactor", new RunId("m1"));
        b.save("other", new RunId("m2"));
        b.save("gone", new RunId("pruned-run"));
        assertThat(b.list()).containsEntry("before-refactor", new RunId("m1")).hasSize(3);
        Selection s = select(new Named("before-refactor"), false);
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("m1"));
        assertThat(s.reason()).isEqualTo("baseline 'before-refactor': run m1 (commit 2222222 on main)");
        assertThatThrownBy(() -> select(new Named("other"), false)).isInstanceOf(BaselineException.class)
                .hasMessage("The baseline 'other' (run m2) is of environment " + TestRuns.OTHER_ENV.fingerprint()
                        + ", but this run is of environment " + TestRuns.ENV.fingerprint() + ": only runs of the same "
                        + "suite, system, profile, shard and environment compare. Name a run of the same kind "
                        + "('caxton-bench history list'), or pass --any-environment to compare anyway");
        assertThat(select(new Named("other"), true).baseline()).isPresent();
        assertThat(select(new Named("gone"), false).reason()).contains("not in the history");
        assertThat(select(new Named("nope"), false).reason()).contains("no baseline named 'nope'")
                .contains("before-refactor, gone, other");
        b.save("before-refactor", new RunId("m2"));
        assertThat(b.find("before-refactor")).hasValue(new RunId("m2"));
        assertThatThrownBy(() -> b.save("../x", new RunId("m1"))).hasMessageContaining("baseline name");
    }

    @Test
    void aPushPassesOverEarlierRunsOfAnotherProfileOrSystemAndSaysWhichAndWhy() {
        add("q1", 1, "1111111", "feature", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());
        add("q2", 2, "2222222", "feature", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());
        add("p1", 3, "3333333", "feature", TestRuns.ENV, Profile.SMOKE, "pekko", Optional.empty());
        add("m1", 4, "4444444", "main", TestRuns.ENV, Profile.SMOKE, "reference", Optional.empty());

        Selection s = select(smoke(), new Push(), BaselineSelector.Matching.strict());

        assertThat(s.baseline()).isEmpty();
        assertThat(s.reason()).isEqualTo("no earlier run on feature in environment " + TestRuns.ENV.fingerprint()
                + "; passed over 3 runs: 1 of system pekko (this run is reference), 2 of profile quick (this run is "
                + "smoke)");
    }

    @Test
    void aPushTakesTheNewestEarlierRunOfItsKindOverANewerRunOfAnotherProfile() {
        add("s1", 1, "1111111", "feature", TestRuns.ENV, Profile.SMOKE, "reference", Optional.empty());
        add("q1", 2, "2222222", "feature", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());

        Selection s = select(smoke(), new Push(), BaselineSelector.Matching.strict());

        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("s1"));
        assertThat(s.reason()).isEqualTo("previous run s1 on feature (commit 1111111)");
    }

    @Test
    void aShardComparesOnlyWithTheSameShardOfTheSameSplit() {
        add("whole", 1, "1111111", "feature", TestRuns.ENV, Profile.SMOKE, "reference", Optional.empty());
        add("half2", 2, "1111111", "feature", TestRuns.ENV, Profile.SMOKE, "reference", Optional.of(new Shard(2, 2)));
        add("half1", 3, "1111111", "feature", TestRuns.ENV, Profile.SMOKE, "reference", Optional.of(new Shard(1, 2)));
        RunInfo shard2 = kind(current("feature"), Profile.SMOKE, "reference", Optional.of(new Shard(2, 2)));
        RunInfo shard3 = kind(current("feature"), Profile.SMOKE, "reference", Optional.of(new Shard(1, 3)));

        assertThat(select(shard2, new Push(), BaselineSelector.Matching.strict()).baseline())
                .map(BaselineSelector.Baseline::runId).hasValue(new RunId("half2"));
        assertThat(select(smoke(), new Push(), BaselineSelector.Matching.strict()).baseline())
                .map(BaselineSelector.Baseline::runId).hasValue(new RunId("whole"));
        assertThat(select(shard3, new Push(), BaselineSelector.Matching.strict()).reason())
                .endsWith("passed over 3 runs: 1 of shard 1/2 (this run is 1/3), 1 of shard 2/2 (this run is 1/3), 1 of "
                        + "shard none (this run is 1/3)");
    }

    @Test
    void aPullRequestNeverTakesABaseRunOfAnotherProfileAndSaysSo() {
        add("m1", 1, "bbbbbbb2222", "main", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());
        add("f1", 2, "ccccccc3333", "feature", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());

        Selection s = select(smoke(), pr("bbbbbbb2222", "aaaaaaa1111"), BaselineSelector.Matching.strict());

        assertThat(s.baseline()).isEmpty();
        assertThat(s.reason()).as("f1 is on the pull request's own branch, outside what a pull request looks at")
                .endsWith("; no run on main in environment " + TestRuns.ENV.fingerprint()
                        + "; passed over 1 run: 1 of profile quick (this run is smoke)");
    }

    @Test
    void anyEnvironmentRelaxesOnlyTheEnvironment() {
        add("elsewhere", 1, "1111111", "feature", TestRuns.OTHER_ENV, Profile.SMOKE, "reference", Optional.empty());
        add("pekko", 2, "2222222", "feature", TestRuns.OTHER_ENV, Profile.SMOKE, "pekko", Optional.empty());

        Selection s = select(smoke(), new Push(), BaselineSelector.Matching.strict().withAnyEnvironment(true));

        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("elsewhere"));
    }

    @Test
    void aRunNamedByIdOfAnotherKindIsRefusedNamingTheDifferenceAndTheFlagThatForcesIt() {
        add("q1", 1, "1111111", "main", TestRuns.ENV, Profile.QUICK, "pekko", Optional.empty());
        BaselineSelector.ById byId = new BaselineSelector.ById(new RunId("q1"));

        assertThatThrownBy(() -> select(smoke(), byId, BaselineSelector.Matching.strict()))
                .isInstanceOf(BaselineException.class)
                .hasMessage("The baseline run q1 is of system pekko and profile quick, but this run is of system "
                        + "reference and profile smoke: only runs of the same suite, system, profile, shard and "
                        + "environment compare. Name a run of the same kind ('caxton-bench history list'), or pass "
                        + "--force-baseline to compare anyway")
                .satisfies(e -> assertThat(((BaselineException) e).mismatches()).hasSize(2));
        Selection forced = select(smoke(), byId, BaselineSelector.Matching.strict().withForceBaseline(true));
        assertThat(forced.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("q1"));
        assertThat(forced.reason()).isEqualTo("run q1 (--baseline), of system pekko and profile quick while this run is "
                + "of system reference and profile smoke (--force-baseline)");
    }

    @Test
    void forcingABaselineNeverCrossesEnvironmentsWithoutAnyEnvironment() {
        add("e1", 1, "1111111", "main", TestRuns.OTHER_ENV, Profile.QUICK, "reference", Optional.empty());
        BaselineSelector.ById byId = new BaselineSelector.ById(new RunId("e1"));

        assertThatThrownBy(() -> select(smoke(), byId, BaselineSelector.Matching.strict().withForceBaseline(true)))
                .hasMessageEndingWith("or pass --force-baseline and --any-environment to compare anyway");
        assertThat(select(smoke(), byId, new BaselineSelector.Matching(true, true)).baseline()).isPresent();
    }

    @Test
    void aRunNamedByIdThatIsMissingOrTheCurrentRunIsRefused() {
        add("current", 1, "1111111", "feature", TestRuns.ENV, Profile.SMOKE, "reference", Optional.empty());

        assertThatThrownBy(() -> select(smoke(), new BaselineSelector.ById(new RunId("gone")),
                BaselineSelector.Matching.strict())).hasMessageContaining("The baseline run gone is not in the history");
        assertThatThrownBy(() -> select(smoke(), new BaselineSelector.ById(new RunId("current")),
                BaselineSelector.Matching.strict())).hasMessageContaining("is the run being compared");
    }

    @Test
    void aCommitGivesItsNewestRunOfThisKindAndIsRefusedWhenItHasNone() {
        add("s1", 1, "abcdef1", "main", TestRuns.ENV, Profile.SMOKE, "reference", Optional.empty());
        add("q1", 2, "abcdef1", "main", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());
        add("q2", 3, "1234567", "main", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());

        Selection s = select(smoke(), new BaselineSelector.ByCommit("abcdef1"), BaselineSelector.Matching.strict());
        assertThat(s.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("s1"));
        assertThat(s.reason()).isEqualTo("newest run s1 of commit abcdef1 (--baseline)");

        assertThatThrownBy(() -> select(smoke(), new BaselineSelector.ByCommit("1234"), BaselineSelector.Matching.strict()))
                .hasMessage("Commit 1234 has 1 run in the history (this run left out), none of this run's suite, system, profile and shard "
                        + "in environment " + TestRuns.ENV.fingerprint() + ": 1 of profile quick (this run is smoke). "
                        + "Name a run of the same kind, or pass --force-baseline to compare anyway");
        Selection forced = select(smoke(), new BaselineSelector.ByCommit("1234"),
                BaselineSelector.Matching.strict().withForceBaseline(true));
        assertThat(forced.baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("q2"));
        assertThatThrownBy(() -> select(smoke(), new BaselineSelector.ByCommit("9999"), BaselineSelector.Matching.strict()))
                .hasMessageContaining("No run of commit 9999 is in the history");
    }

    @Test
    void aNamedBaselineOfAnotherProfileIsRefusedLikeARunId() {
        add("q1", 1, "1111111", "main", TestRuns.ENV, Profile.QUICK, "reference", Optional.empty());
        Baselines.in(dir).save("release", new RunId("q1"));

        assertThatThrownBy(() -> select(smoke(), new Named("release"), BaselineSelector.Matching.strict()))
                .hasMessageStartingWith("The baseline 'release' (run q1) is of profile quick, but this run is of "
                        + "profile smoke");
    }

    @Test
    void mismatchesAreListedInAspectOrderAndTheEnvironmentOnlyWhenItCounts() {
        RunInfo other = kind(TestRuns.info("o", Instant.EPOCH, null, null, TestRuns.OTHER_ENV), Profile.FULL, "naive",
                Optional.of(new Shard(1, 2)));

        assertThat(BaselineSelector.mismatches(smoke(), other, false)).extracting(BaselineSelector.Mismatch::aspect)
                .containsExactly(BaselineSelector.Aspect.SYSTEM, BaselineSelector.Aspect.PROFILE,
                        BaselineSelector.Aspect.SHARD, BaselineSelector.Aspect.ENVIRONMENT);
        assertThat(BaselineSelector.mismatches(smoke(), other, true)).hasSize(3)
                .first().isEqualTo(new BaselineSelector.Mismatch(BaselineSelector.Aspect.SYSTEM, "naive", "reference"));
        assertThat(BaselineSelector.mismatches(smoke(), smoke(), false)).isEmpty();
    }
}
