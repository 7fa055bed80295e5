package dev.caxton.bench.report.markdown;

import static dev.caxton.bench.report.markdown.Fixtures.id;
import static dev.caxton.bench.report.markdown.Fixtures.metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;

class CellsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "0.15; +15.0%",
            "-0.017; -1.7%",
            "-0.125; -12.5%",
            "0.098; +9.8%",
            "0.0004; 0.0%",
            "-0.0004; 0.0%",
            "0; 0.0%",
            "0.00051; +0.1%",
            "0.9994; +99.9%",
            "0.9996; +100%",
            "2.5; +250%",
            "-0.99; -99.0%",
            "-1; -100%",
            "12.345; +1235%",
    })
    void writesTheChangeAsASignedPercentage(double relative, String expected) {
        assertThat(Cells.percent(relative)).isEqualTo(expected);
    }

    @Test
    void aChangeWithoutMeaningIsNotANumber() {
        MetricId id = id("b", "m");
        assertThat(Cells.change(metric(id, Unit.COUNT, 0.0, 5.0, Verdict.INCONCLUSIVE))).isEqualTo("n/a");
        assertThat(Cells.change(metric(id, Unit.COUNT, null, 5.0, Verdict.NEW))).isEqualTo("—");
        assertThat(Cells.change(metric(id, Unit.COUNT, 5.0, null, Verdict.MISSING))).isEqualTo("—");
        assertThat(Cells.percent(Double.POSITIVE_INFINITY)).isEqualTo("+∞%");
    }

    @Test
    void theChangeIsSignedAsTheValuesMoveWhateverTheDirection() {
        // a latency that grew is "+", even though it is worse; the verdict says worse
        assertThat(Cells.change(metric(id("b", "p99"), Unit.NANOSECONDS, 100.0, 120.0, Verdict.REGRESSION)))
                .isEqualTo("+20.0%");
        assertThat(Cells.change(metric(id("b", "tput"), Unit.OPS_PER_SECOND, 100.0, 80.0, Verdict.REGRESSION)))
                .isEqualTo("-20.0%");
    }

    @Test
    void valuesAreInHumanUnits() {
        assertThat(Cells.value(metric(id("b", "m"), Unit.NANOSECONDS, 9_200_000.0, null, Verdict.MISSING).baseline()))
                .isEqualTo("9.2 ms");
        assertThat(Cells.value(java.util.Optional.empty())).isEqualTo("—");
    }

    @Test
    void theVerdictNamesCriticalRegressionsAndWorseGrades() {
        MetricId id = id("b", "m");
        assertThat(Cells.verdict(metric(id, Unit.NANOSECONDS, 1.0, 2.0, Verdict.REGRESSION, null, null, true, "r"),
                Flavour.MARKDOWN)).isEqualTo("🔴 regression (critical)");
        assertThat(Cells.verdict(metric(id, Unit.NANOSECONDS, 1.0, 2.0, Verdict.REGRESSION), Flavour.TEXT))
                .isEqualTo("regression");
        assertThat(Cells.verdict(metric(id, Unit.NANOSECONDS, 1.0, 1.01, Verdict.NO_CHANGE, Grade.TARGET,
                Grade.ACCEPTABLE, false, "r"), Flavour.TEXT)).isEqualTo("regression (grade)");
        assertThat(Cells.verdict(metric(id, Unit.NANOSECONDS, null, 1.0, Verdict.NEW), Flavour.MARKDOWN))
                .isEqualTo("🆕 new");
    }

    @Test
    void theGradeShowsTheStepWhenItChanged() {
        MetricId id = id("b", "m");
        assertThat(Cells.grade(metric(id, Unit.NANOSECONDS, 1.0, 1.0, Verdict.NO_CHANGE, Grade.TARGET, Grade.TARGET,
                false, "r"), Flavour.MARKDOWN)).isEqualTo("✅ target");
        assertThat(Cells.grade(metric(id, Unit.NANOSECONDS, 1.0, 2.0, Verdict.REGRESSION, Grade.TARGET, Grade.FAILING,
                false, "r"), Flavour.TEXT)).isEqualTo("target → failing");
        assertThat(Cells.grade(metric(id, Unit.NANOSECONDS, 1.0, null, Verdict.MISSING, Grade.ACCEPTABLE, null,
                false, "r"), Flavour.TEXT)).isEqualTo("acceptable → —");
        assertThat(Cells.grade(metric(id, Unit.NANOSECONDS, 1.0, 1.0, Verdict.NO_CHANGE), Flavour.TEXT)).isEqualTo("—");
    }

    @Test
    void theTrendScalesTheNewestTwentyPointsAndMarksGaps() {
        MetricId id = id("b", "m");
        List<Double> ramp = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ramp.add((double) i);
        }
        String trend = Cells.trend(Map.of(id, ramp), id);
        assertThat(trend).hasSize(Cells.TREND_POINTS).startsWith("▁").endsWith("█");
        assertThat(Cells.trend(Map.of(id, Arrays.asList(1.0, null, Double.NaN, 3.0)), id)).isEqualTo("▁··█");
        assertThat(Cells.trend(Map.of(id, List.of(5.0, 5.0)), id)).isEqualTo("▄▄");
        assertThat(Cells.trend(Map.of(), id)).isEqualTo("—");
    }

    @Test
    void aNameIsBenchmarkAndMetricWithItsParameters() {
        assertThat(Cells.name(id("request_latency", "p99", "mode", "open", "rate", "5000")))
                .isEqualTo("request_latency/p99 (mode=open, rate=5000)");
        assertThat(Cells.name(id("spawn_time", "total"))).isEqualTo("spawn_time/total");
    }
}
