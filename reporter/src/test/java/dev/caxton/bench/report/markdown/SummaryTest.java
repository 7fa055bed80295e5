package dev.caxton.bench.report.markdown;

import static dev.caxton.bench.report.markdown.Fixtures.BASELINE;
import static dev.caxton.bench.report.markdown.Fixtures.CURRENT;
import static dev.caxton.bench.report.markdown.Fixtures.id;
import static dev.caxton.bench.report.markdown.Fixtures.metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;

class SummaryTest {
    private static Comparison of(MetricComparison... metrics) {
        return new Comparison(CURRENT, Optional.of(BASELINE), List.of(metrics));
    }

    @Test
    void withoutRegressionsTheHeadlineSaysSoAndAllTargetsMet() {
        Comparison c = of(metric(id("a", "x"), Unit.NANOSECONDS, 1.0, 1.0, Verdict.NO_CHANGE, Grade.TARGET, Grade.TARGET,
                false, "r"));
        assertThat(Summary.lines(c, Flavour.MARKDOWN)).containsExactly("✅ No regressions",
                "✅ All performance targets met (1 graded metric)", "🧮 1 metric: 1 unchanged");
    }

    @Test
    void regressionsAreCountedWithTheCriticalOnesAndWorseGrades() {
        Comparison c = of(
                metric(id("a", "x"), Unit.NANOSECONDS, 1.0, 2.0, Verdict.REGRESSION, null, null, true, "r"),
                metric(id("a", "y"), Unit.NANOSECONDS, 1.0, 1.3, Verdict.REGRESSION),
                metric(id("a", "z"), Unit.NANOSECONDS, 1.0, 1.01, Verdict.NO_CHANGE, Grade.TARGET, Grade.ACCEPTABLE, false, "r"),
                metric(id("a", "w"), Unit.OPS_PER_SECOND, 1.0, 1.5, Verdict.IMPROVEMENT));
        assertThat(Summary.lines(c, Flavour.TEXT)).containsExactly(
                "3 regressions (1 critical) against the baseline",
                "1 of 1 graded metric misses its target (1 acceptable)",
                "Biggest improvement: a/w, +50.0%",
                "4 metrics: 2 regressed, 1 improved, 1 unchanged, 1 with a worse grade");
    }

    @Test
    void unverifiedChangesAreSaidButNeverCountedAsRegressions() {
        Comparison c = of(
                metric(id("a", "x"), Unit.NANOSECONDS, 1.0, 2.0, Verdict.UNVERIFIED),
                metric(id("a", "y"), Unit.NANOSECONDS, 1.0, 1.3, Verdict.UNVERIFIED),
                metric(id("a", "z"), Unit.NANOSECONDS, 1.0, 1.01, Verdict.NO_CHANGE));
        assertThat(Summary.lines(c, Flavour.MARKDOWN)).first().isEqualTo("❓ No verified regressions; 2 changes beyond the "
                + "threshold are unverified: no samples or history to tell them from noise (measure repetitions, run "
                + "caxton-bench ab, or build more history)");
        assertThat(c.regressions()).isEmpty();
        assertThat(Summary.lines(c, Flavour.TEXT)).last().isEqualTo("3 metrics: 1 unchanged, 2 unverified");
    }

    @Test
    void withoutABaselineEveryMetricIsNew() {
        Comparison c = new Comparison(CURRENT, Optional.empty(), List.of(
                metric(id("a", "x"), Unit.NANOSECONDS, null, 1.0, Verdict.NEW),
                metric(id("a", "y"), Unit.NANOSECONDS, null, 1.0, Verdict.NEW)));
        assertThat(Summary.headline(c, Flavour.TEXT)).isEqualTo("No baseline to compare with: all 2 metrics are new");
    }

    @Test
    void everyMetricMissingIsSaid() {
        Comparison c = of(metric(id("a", "x"), Unit.NANOSECONDS, 1.0, null, Verdict.MISSING));
        assertThat(Summary.headline(c, Flavour.TEXT)).isEqualTo("Every metric of the baseline is missing from this run (1)");
        assertThat(Summary.targets(c, Flavour.TEXT)).isEmpty();
    }

    @Test
    void theBiggestImprovementIsTheLargestGainInTheMetricsOwnDirection() {
        Comparison c = of(
                metric(id("a", "tput"), Unit.OPS_PER_SECOND, 100.0, 115.0, Verdict.IMPROVEMENT),
                metric(id("a", "lat"), Unit.NANOSECONDS, 100.0, 60.0, Verdict.IMPROVEMENT));
        assertThat(Summary.lines(c, Flavour.TEXT)).contains("Biggest improvement: a/lat, -40.0%");
    }

    @Test
    void severalGradesMissingTheirTargetAreCountedByGrade() {
        Comparison c = of(
                metric(id("a", "x"), Unit.NANOSECONDS, 1.0, 1.0, Verdict.NO_CHANGE, null, Grade.CRITICAL, false, "r"),
                metric(id("a", "y"), Unit.NANOSECONDS, 1.0, 1.0, Verdict.NO_CHANGE, null, Grade.FAILING, false, "r"),
                metric(id("a", "z"), Unit.NANOSECONDS, 1.0, 1.0, Verdict.NO_CHANGE, null, Grade.TARGET, false, "r"));
        assertThat(Summary.targets(c, Flavour.TEXT))
                .contains("2 of 3 graded metrics miss their target (1 critical, 1 failing)");
    }

    @Test
    void countsAndNumbersIgnoreTheLocale() {
        assertThat(Summary.count(1, "row", "rows")).isEqualTo("1 row");
        assertThat(Summary.count(0, "row", "rows")).isEqualTo("0 rows");
        assertThat(GoldenReportTest.underLocale("de-DE", () -> Summary.grouped(65_536))).isEqualTo("65,536");
    }
}
