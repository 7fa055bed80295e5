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
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

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
        History h = History.of(rows);
        return BaselineSelector.select(h, Baselines.in(dir), current("feature"), c, any);
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
        assertThat(same.reason()).contains("no run on main in environment " + TestRuns.ENV.fingerprint())
                .contains("--any-environment");
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
        Selection s = BaselineSelector.select(History.of(rows), noBranch, new Push(), false);
        assertThat(s.baseline()).isEmpty();
        assertThat(s.reason()).isEqualTo("no earlier run without a branch in environment " + TestRuns.ENV.fingerprint()
                + " (pass --any-environment to compare across environments)");
    }

    @Test
    void aRunOutsideGitComparesWithThePreviousRunOutsideGit() {
        add("m1", 1, "2222222", "main", TestRuns.ENV);
        add("n1", 2, null, null, TestRuns.ENV);
        add("n2", 3, null, null, TestRuns.ENV);
        add("m2", 4, "3333333", "main", TestRuns.ENV);
        RunInfo noBranch = TestRuns.info("x", Instant.parse("2026-12-01T00:00:00Z"), null, null, TestRuns.ENV);

        Selection s = BaselineSelector.select(History.of(rows), noBranch, new Push(), false);

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
        assertThat(select(new Named("other"), false).reason()).contains("--any-environment");
        assertThat(select(new Named("other"), true).baseline()).isPresent();
        assertThat(select(new Named("gone"), false).reason()).contains("not in the history");
        assertThat(select(new Named("nope"), false).reason()).contains("no baseline named 'nope'")
                .contains("before-refactor, gone, other");
        b.save("before-refactor", new RunId("m2"));
        assertThat(b.find("before-refactor")).hasValue(new RunId("m2"));
        assertThatThrownBy(() -> b.save("../x", new RunId("m1"))).hasMessageContaining("baseline name");
    }
}
