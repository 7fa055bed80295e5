package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.compare.BenchConfig;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.history.BaselineSelector.ByCommit;
import dev.caxton.bench.history.BaselineSelector.ById;
import dev.caxton.bench.history.BaselineSelector.Named;
import dev.caxton.bench.history.BaselineSelector.Push;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;

/** The library's comparison flow: what {@code compare}, {@code report}, {@code run} and {@code ci} compute. */
class ComparisonFlowTest {
    private static final MetricId THROUGHPUT = MetricId.parse("agent/message_throughput/throughput");
    private static final ComparisonFlow.Options OPTIONS = ComparisonFlow.Options.defaults(BenchConfig.defaults().settings());

    @TempDir
    Path dir;

    private final List<HistoryRow> rows = new ArrayList<>();

    private Run add(String id, int day, String commit, Profile profile, String system, double value) {
        Run run = run(id, day, commit, profile, system, value);
        rows.add(new HistoryRow(run.info(), 1, run.measurements().get(0)));
        return run;
    }

    private static Run run(String id, int day, String commit, Profile profile, String system, double value) {
        RunInfo i = TestRuns.info(id, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * day), commit, "main",
                TestRuns.ENV);
        RunInfo info = new RunInfo(i.runId(), i.startedAt(), i.commit(), i.branch(), i.pullRequest(), i.environment(),
                i.suite(), RunProfile.of(profile), system, i.shard());
        return new Run(info, List.of(Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, value)), Map.of(), List.of());
    }

    private ComparisonFlow flow() {
        return ComparisonFlow.of(History.of(rows), Baselines.in(dir.resolve("baselines")), dir.resolve("runs"));
    }

    @Test
    void aSmokeRunAfterAQuickRunHasNoBaselineAndSaysWhichRunWasPassedOver() {
        add("quick", 1, "1111111", Profile.QUICK, "reference", 1000);
        Run smoke = run("smoke", 2, "2222222", Profile.SMOKE, "reference", 100);

        ComparisonFlow.Outcome o = flow().compare(smoke, new Push(), OPTIONS);

        assertThat(o.comparison().baseline()).isEmpty();
        assertThat(o.comparison().metrics()).extracting(m -> m.verdict()).containsExactly(Verdict.NEW);
        assertThat(o.selection().reason()).endsWith("passed over 1 run: 1 of profile quick (this run is smoke)");
        assertThat(o.comparison().fails(FailPolicy.REGRESSION)).isFalse();
    }

    @Test
    void theNoiseOfTheBaselineBranchComesFromRunsOfTheBaselinesSystemOnly() {
        for (int day = 1; day <= 10; day++) {
            add("ref" + day, day, "aaaa00" + day, Profile.QUICK, "reference", 1000 + day % 2);
            add("naive" + day, day, "aaaa00" + day, Profile.QUICK, "naive", day % 2 == 0 ? 10 : 5000);
        }
        Run current = run("now", 20, "bbbbbbb", Profile.QUICK, "reference", 1000);
        RunInfo baseline = rows.get(rows.size() - 2).run();

        List<Double> noise = flow().noise(baseline, current.info(), OPTIONS).of(THROUGHPUT);

        assertThat(noise).hasSize(10).allMatch(v -> v >= 1000 && v <= 1001);
    }

    @Test
    void theTrendOfTheCurrentRunLeavesOutOtherProfilesAndEndsWithTheCurrentValue() {
        add("q1", 1, "1111111", Profile.QUICK, "reference", 10);
        add("s1", 2, "2222222", Profile.SMOKE, "reference", 20);
        add("q2", 3, "3333333", Profile.QUICK, "reference", 30);
        Run current = run("q3", 4, "4444444", Profile.QUICK, "reference", 40);

        assertThat(flow().trends(current, OPTIONS)).containsEntry(THROUGHPUT, List.of(10.0, 30.0, 40.0));
    }

    @Test
    void theBaselinesRunFileIsPreferredToItsHistoryRows() {
        Run base = add("base", 1, "1111111", Profile.QUICK, "reference", 1000);
        Run fuller = new Run(base.info(), List.of(Measurement.ofSamples(THROUGHPUT, Unit.MESSAGES_PER_SECOND,
                new double[] {999, 1000, 1001})), Map.of(), List.of());
        RunFiles.write(dir.resolve("runs"), fuller);

        ComparisonFlow.Outcome o = flow().compare(run("now", 2, "2222222", Profile.QUICK, "reference", 1000), new Push(),
                OPTIONS);

        assertThat(o.selection().baseline()).map(BaselineSelector.Baseline::runId).hasValue(new RunId("base"));
        assertThat(o.comparison().metrics().get(0).baseline()).hasValueSatisfying(m ->
                assertThat(m.samples()).hasSize(3));
    }

    @Test
    void aBaselineSpecIsAutoARunIdASavedNameOrACommitInThisOrder() {
        add("20261101T000000Z-aaaaaa", 1, "abcd123", Profile.QUICK, "reference", 1);
        Baselines.in(dir.resolve("baselines")).save("abcd123", new RunId("20261101T000000Z-aaaaaa"));
        ComparisonFlow flow = flow();

        assertThat(flow.context("auto", new Push())).isEqualTo(new Push());
        assertThat(flow.context("20261101T000000Z-aaaaaa", new Push()))
                .isEqualTo(new ById(new RunId("20261101T000000Z-aaaaaa")));
        assertThat(flow.context("abcd123", new Push())).as("a saved name wins over a commit")
                .isEqualTo(new Named("abcd123"));
        assertThat(flow.context("abcd", new Push())).isEqualTo(new ByCommit("abcd"));
        assertThatThrownBy(() -> flow.context("yesterday", new Push())).isInstanceOf(BaselineException.class)
                .hasMessageContaining("--baseline 'yesterday' is neither 'auto', a run id of the history, a named "
                        + "baseline (abcd123) nor a commit with a run in the history");
        assertThatThrownBy(() -> flow.context("ffff", new Push())).hasMessageContaining("'ffff' is neither");
    }

    @Test
    void optionsRefuseAnEmptyTrend() {
        assertThatThrownBy(() -> new ComparisonFlow.Options(BenchConfig.defaults().settings(),
                BaselineSelector.Matching.strict(), 20, 0)).hasMessageContaining("at least 1 point, got 20 and 0");
        assertThat(OPTIONS.withForceBaseline(true).withAnyEnvironment(true).matching())
                .isEqualTo(new BaselineSelector.Matching(true, true));
        assertThat(OPTIONS.noiseWindow()).isEqualTo(ComparisonFlow.Options.NOISE_WINDOW);
        assertThat(OPTIONS.trendPoints()).isEqualTo(ComparisonFlow.Options.TREND_POINTS);
    }
}
