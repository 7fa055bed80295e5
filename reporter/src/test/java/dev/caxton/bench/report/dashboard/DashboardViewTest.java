package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Targets;
import dev.caxton.bench.target.Tier;
import org.junit.jupiter.api.Test;

class DashboardViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DashboardView.Page small() {
        return DashboardView.of(Fixtures.small(), Targets.defaults(), new ChangePointDetector());
    }

    @Test
    void seriesAreOrderedByMetricIdThenBranchAndGetStableIds() {
        DashboardView.Page page = small();

        assertThat(page.series()).extracting(DashboardView.Series::name).containsExactly(
                Fixtures.TRICKY.canonical(), "agent/message_throughput/throughput", "agent/request_latency/p99",
                "jmh/Router.route/memory");
        assertThat(page.series()).extracting(DashboardView.Series::id).containsExactly("m0", "m1", "m2", "m3");
        assertThat(page.suites()).containsExactly("agent", "jmh");
        assertThat(page.branches()).containsExactly("feature/<x>&\"y\"", "main");
        assertThat(page.seriesCount()).isEqualTo("4");
        assertThat(page.runCount()).isEqualTo("32");
        assertThat(page.generatedAt()).isEqualTo("2026-11-26 12:00 UTC");
    }

    @Test
    void theNewestValueIsFormattedInItsDisplayUnitAndGradedAgainstTheTargets() {
        DashboardView.Page page = small();

        DashboardView.Series throughput = page.series().get(1);
        assertThat(throughput.newest()).isEqualTo("90.90K msg/s");
        assertThat(throughput.newestRun()).isEqualTo("run-129");
        assertThat(throughput.grade()).isEqualTo("🟡 acceptable"); // the guide: 100K target, 50K acceptable
        assertThat(throughput.gradeClass()).isEqualTo("acceptable");
        DashboardView.Series latency = page.series().get(2);
        assertThat(latency.newest()).isEqualTo("2.079 ms");
        assertThat(latency.grade()).isEqualTo("✅ target"); // p99 target 10 ms
        assertThat(page.series().get(3).grade()).isEqualTo("no target");
        assertThat(page.series().get(3).gradeClass()).isEqualTo("none");
    }

    @Test
    void givenTargetsOverrideTheDefaults() {
        Targets strict = Targets.defaults().with("agent/request_latency/p99", Tier.of("p99", 1, 1.5, 2, Unit.MILLISECONDS));

        DashboardView.Page page = DashboardView.of(Fixtures.small(), strict, new ChangePointDetector());

        assertThat(page.series().get(2).grade()).isEqualTo("❌ failing");
    }

    @Test
    void changePointsAreFoundAndDescribedAsRegressionOrImprovementByDirection() {
        DashboardView.Page page = small();

        assertThat(page.series().get(1).changes()).containsExactly(new DashboardView.Change("regression",
                "Regression from run run-120 (commit 000000abc014) on 2026-10-06 08:00 UTC: 120.00K msg/s → 90.00K msg/s (-25.0%)"));
        assertThat(page.series().get(1).changeSummary()).isEqualTo("1, latest regression -25.0%");
        assertThat(page.series().get(2).changes()).extracting(DashboardView.Change::kind).containsExactly("improvement");
        assertThat(page.series().get(0).changes()).isEmpty();
        assertThat(page.series().get(0).changeSummary()).isEqualTo("none");
    }

    @Test
    void theDataBlockHoldsEveryRunOnceAndEveryPointByDeltaEncodedRunIndex() throws Exception {
        JsonNode data = JSON.readTree(small().dataJson());

        assertThat(data.get("runs")).hasSize(32);
        assertThat(data.get("runs").get(0).toString()).isEqualTo(
                "[\"run-100\",\"2026-10-01 08:00 UTC\",\"000000abc0000000000000000000000000000000\"]");
        assertThat(data.get("runs").get(1).toString()).isEqualTo("[\"adhoc-1\",\"2026-10-01 08:30 UTC\",\"\"]");
        JsonNode throughput = data.get("series").get(1);
        assertThat(throughput.get("u").asText()).isEqualTo("K msg/s");
        assertThat(throughput.get("d").asInt()).isEqualTo(2);
        assertThat(throughput.get("v")).hasSize(30);
        assertThat(throughput.get("v").get(29).asText()).isEqualTo("90.9");
        assertThat(throughput.get("cp").toString()).isEqualTo("[[20,\"regression\"]]");
        int index = 0;
        List<String> runIds = new ArrayList<>();
        for (JsonNode delta : throughput.get("r")) {
            index += delta.asInt();
            runIds.add(data.get("runs").get(index).get(0).asText());
        }
        assertThat(runIds).first().isEqualTo("run-100");
        assertThat(runIds).last().isEqualTo("run-129");
        assertThat(runIds).doesNotContain("adhoc-1", "adhoc-2");
        JsonNode memory = data.get("series").get(3);
        assertThat(memory.get("r").toString()).isEqualTo("[1,2]");
    }

    @Test
    void confidenceIntervalsAreSymmetricDistancesWhenTheyCanBeElseBothSides() throws Exception {
        MetricSeries symmetric = MetricSeries.of(MetricId.of("s", "b", "m"), Unit.MILLISECONDS, "main", "e", List.of(
                MetricSeries.Point.of("r1", Instant.EPOCH, null, 10, 9, 11),
                MetricSeries.Point.of("r2", Instant.EPOCH.plusSeconds(1), null, 12, 11.5, 12.5)));
        MetricSeries lopsided = MetricSeries.of(MetricId.of("s", "b", "n"), Unit.MILLISECONDS, "main", "e", List.of(
                MetricSeries.Point.of("r1", Instant.EPOCH, null, 10, 9, 12),
                new MetricSeries.Point("r2", Instant.EPOCH.plusSeconds(1), Optional.empty(), 12, Optional.empty(),
                        Optional.of(13.0))));
        MetricSeries none = MetricSeries.of(MetricId.of("s", "b", "o"), Unit.MILLISECONDS, "main", "e", List.of(
                MetricSeries.Point.of("r1", Instant.EPOCH, null, 10)));

        JsonNode series = JSON.readTree(DashboardView.of(new DashboardInput("t", Instant.EPOCH,
                List.of(symmetric, lopsided, none)), Targets.none(), new ChangePointDetector()).dataJson()).get("series");

        assertThat(series.get(0).get("e").toString()).isEqualTo("[1,0.5]");
        assertThat(series.get(0).has("lo")).isFalse();
        assertThat(series.get(1).get("lo").toString()).isEqualTo("[1,null]");
        assertThat(series.get(1).get("hi").toString()).isEqualTo("[2,1]");
        assertThat(series.get(2).has("e") || series.get(2).has("lo")).isFalse();
    }

    @Test
    void pointsAreOrderedByTimestamp() {
        MetricSeries series = MetricSeries.of(MetricId.of("s", "b", "m"), Unit.COUNT, "main", "e", List.of(
                MetricSeries.Point.of("late", Instant.EPOCH.plusSeconds(60), null, 2),
                MetricSeries.Point.of("early", Instant.EPOCH, null, 1)));

        DashboardView.Page page = DashboardView.of(new DashboardInput("t", Instant.EPOCH, List.of(series)),
                Targets.none(), new ChangePointDetector());

        assertThat(page.series().get(0).newestRun()).isEqualTo("late");
        assertThat(page.series().get(0).newest()).isEqualTo("2.000");
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        MetricId id = MetricId.of("s", "b", "m");
        assertThatThrownBy(() -> MetricSeries.of(id, Unit.COUNT, "main", "e", List.of()))
                .hasMessageContaining("leave out metrics with no runs");
        assertThatThrownBy(() -> MetricSeries.Point.of("r", Instant.EPOCH, null, Double.NaN))
                .hasMessageContaining("run 'r' is NaN");
        assertThatThrownBy(() -> MetricSeries.Point.of("r", Instant.EPOCH, null, 1, 2, 0))
                .hasMessageContaining("lower bound must not exceed the upper bound");
        assertThatThrownBy(() -> new DashboardInput(" ", Instant.EPOCH, List.of()))
                .hasMessageContaining("needs a title");
    }
}
