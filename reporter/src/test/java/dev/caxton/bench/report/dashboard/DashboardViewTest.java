package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.target.Targets;
import dev.caxton.bench.target.Tier;
import org.junit.jupiter.api.Test;

class DashboardViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DashboardView.Page small() {
        return DashboardView.of(Fixtures.small(), Targets.defaults(), new ChangePointDetector());
    }

    private static DashboardView.Page browsing() {
        return DashboardView.of(Fixtures.browsing(), Targets.defaults(), new ChangePointDetector());
    }

    private static DashboardView.Chart chart(DashboardView.Page page, String name) {
        return page.charts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void chartsAreOrderedByMetricIdThenBranchAndGetStableIds() {
        DashboardView.Page page = small();

        assertThat(page.charts()).extracting(DashboardView.Chart::name).containsExactly(
                Fixtures.TRICKY.canonical(), "agent/message_throughput/throughput", "agent/request_latency/p99",
                "jmh/Router.route/memory");
        assertThat(page.charts()).extracting(DashboardView.Chart::id).containsExactly("m0", "m1", "m2", "m3");
        assertThat(page.suites()).containsExactly("agent", "jmh");
        assertThat(page.branches()).containsExactly("feature/<x>&\"y\"", "main");
        assertThat(page.profiles()).containsExactly("quick", "smoke");
        assertThat(page.chartCount()).isEqualTo("4");
        assertThat(page.seriesCount()).isEqualTo("4");
        assertThat(page.runCount()).isEqualTo("32");
        assertThat(page.generatedAt()).isEqualTo("2026-11-26 12:00 UTC");
    }

    @Test
    void theSystemsOfAMetricAreLinesOfOneChartEachInTheLegend() {
        DashboardView.Chart response = chart(browsing(), Fixtures.RESPONSE.canonical());

        assertThat(response.legend()).extracting(DashboardView.Legend::label).containsExactly("naive", "pekko",
                "reference");
        assertThat(response.legend()).extracting(DashboardView.Legend::style).containsExactly("c0 d0", "c1 d0",
                "c2 d0");
        assertThat(response.legend()).extracting(DashboardView.Legend::newest).containsExactly("79.7 µs", "9.96 µs",
                "1.2 µs");
        assertThat(response.caption()).isEqualTo("main · linux-x64-4c · profile quick · ns, lower is better · 72 runs");
    }

    @Test
    void theValuesOfAParameterAreLinesOfOneChartOrderedByValue() {
        DashboardView.Page page = browsing();

        assertThat(page.charts()).extracting(DashboardView.Chart::name).containsExactly(
                "agent/agent_response_time/p50", "agent/message_throughput/messages_per_round",
                "agent/spawn_time/per_agent", "agent/steady/p50", "agent/wide_interval/p50");
        DashboardView.Chart spawn = chart(page, "agent/spawn_time/per_agent");
        assertThat(spawn.legend()).extracting(DashboardView.Legend::label).containsExactly("reference · agents=1",
                "reference · agents=100", "reference · agents=10000");
        assertThat(spawn.legend()).extracting(DashboardView.Legend::grade).containsExactly("target", "target",
                "acceptable"); // Agent Spawn Time: 100 ms target, 500 ms acceptable
        assertThat(page.rows()).filteredOn(r -> r.chart().equals(spawn.id())).extracting(DashboardView.Row::line)
                .containsExactly("reference · agents=1", "reference · agents=100", "reference · agents=10000");
    }

    @Test
    void aParameterEveryLineSharesStaysInTheChartsName() {
        MetricSeries one = MetricSeries.of(Fixtures.SPAWN.withParam("agents", "10"), Unit.NANOSECONDS, "main", "e",
                "naive", "quick", List.of(MetricSeries.Point.of("r1", Instant.EPOCH, null, 10)));
        MetricSeries two = MetricSeries.of(Fixtures.SPAWN.withParam("agents", "10"), Unit.NANOSECONDS, "main", "e",
                "pekko", "quick", List.of(MetricSeries.Point.of("r2", Instant.EPOCH, null, 12)));

        DashboardView.Page page = DashboardView.of(new DashboardInput("t", Instant.EPOCH, List.of(one, two)),
                Targets.none(), new ChangePointDetector());

        assertThat(page.charts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("agent/spawn_time/per_agent[agents=10]");
            assertThat(c.legend()).extracting(DashboardView.Legend::label).containsExactly("naive", "pekko");
        });
    }

    @Test
    void profilesBranchesAndEnvironmentsAreChartsOfTheirOwn() {
        List<MetricSeries> series = new ArrayList<>();
        for (String profile : List.of("quick", "smoke")) {
            for (String env : List.of("a", "b")) {
                series.add(MetricSeries.of(Fixtures.RESPONSE, Unit.NANOSECONDS, "main", env, "naive", profile,
                        List.of(MetricSeries.Point.of("r" + profile + env, Instant.EPOCH, null, 10))));
            }
        }

        DashboardView.Page page = DashboardView.of(new DashboardInput("t", Instant.EPOCH, series), Targets.none(),
                new ChangePointDetector());

        assertThat(page.charts()).hasSize(4).allSatisfy(c -> assertThat(c.legend()).hasSize(1));
    }

    @Test
    void numbersAreThoseOfTheCliFormatterAndGradesAreWordsWithAnIconNeverAnEmoji() {
        DashboardView.Page page = small();

        DashboardView.Legend throughput = page.charts().get(1).legend().get(0);
        assertThat(throughput.newest()).isEqualTo("90.9K msg/s"); // 90,900 msg/s, as the CLI prints it
        assertThat(throughput.grade()).isEqualTo("acceptable"); // the guide: 100K target, 50K acceptable
        assertThat(throughput.gradeClass()).isEqualTo("acceptable");
        DashboardView.Legend latency = page.charts().get(2).legend().get(0);
        assertThat(latency.newest()).isEqualTo("2.08 ms");
        assertThat(latency.gradeClass()).isEqualTo("target"); // p99 target 10 ms
        assertThat(page.charts().get(3).legend().get(0).newest()).isEqualTo("12 MB");
        assertThat(page.charts().get(3).legend().get(0).grade()).isEqualTo("no target");
        assertThat(page.charts().get(3).legend().get(0).gradeClass()).isEqualTo("none");
        String html = Dashboard.withDefaults().render(Fixtures.small());
        assertThat(html).doesNotContain("✅", "🟡", "🟠", "❌", " KB");
        assertThat(html).contains("<use href=\"#grade-acceptable\"/>").contains("<symbol id=\"grade-acceptable\"");
    }

    @Test
    void givenTargetsOverrideTheDefaults() {
        Targets strict = Targets.defaults().with("agent/request_latency/p99", Tier.of("p99", 1, 1.5, 2, Unit.MILLISECONDS));

        DashboardView.Page page = DashboardView.of(Fixtures.small(), strict, new ChangePointDetector());

        assertThat(page.charts().get(2).legend().get(0).grade()).isEqualTo("failing");
    }

    @Test
    void changePointsAreFoundAndDescribedAsRegressionOrImprovementByDirection() {
        DashboardView.Page page = small();

        assertThat(page.charts().get(1).changes()).containsExactly(new DashboardView.Change("regression",
                "Regression from run run-120 (commit 000000abc014) on 2026-10-06 08:00 UTC: 120K msg/s → 90K msg/s (-25%)"));
        assertThat(page.rows().get(1).changeSummary()).isEqualTo("1, latest regression -25%");
        assertThat(page.charts().get(2).changes()).extracting(DashboardView.Change::kind).containsExactly("improvement");
        assertThat(page.charts().get(0).changes()).isEmpty();
        assertThat(page.rows().get(0).changeSummary()).isEqualTo("none");
    }

    @Test
    void theChangesOfAChartOfSeveralLinesNameTheirLine() {
        DashboardView.Chart steady = chart(browsing(), Fixtures.STEADY.canonical());
        assertThat(steady.changes()).singleElement().extracting(DashboardView.Change::text).asString()
                .startsWith("Regression from run r12");

        List<MetricSeries> two = new ArrayList<>(Fixtures.browsing().series().stream()
                .filter(s -> s.id().equals(Fixtures.STEADY)).toList());
        two.add(MetricSeries.of(Fixtures.STEADY, Unit.MILLISECONDS, "main", "linux-x64-4c", "naive", "quick",
                two.get(0).points()));
        DashboardView.Page page = DashboardView.of(new DashboardInput("t", Instant.EPOCH, two), Targets.none(),
                new ChangePointDetector());
        assertThat(page.charts().get(0).changes()).extracting(DashboardView.Change::text)
                .allSatisfy(t -> assertThat(t).matches("(naive|reference): Regression from run r12 .*"));
    }

    @Test
    void aCountWithoutADirectionOfItsOwnIsNotCalledLowerIsBetterNorItsChangesRegressions() {
        DashboardView.Chart rounds = chart(browsing(), Fixtures.ROUNDS.canonical());
        assertThat(rounds.caption()).isEqualTo("main · linux-x64-4c · profile quick · count · 24 runs");

        List<MetricSeries.Point> step = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            step.add(MetricSeries.Point.of("r" + i, Instant.EPOCH.plusSeconds(i), null, i < 15 ? 100 : 200));
        }
        MetricSeries regimes = MetricSeries.of(MetricId.of("agent", "b", "regimes"), Unit.COUNT, "main", "e", "naive",
                "quick", step);
        MetricSeries errors = new MetricSeries(MetricId.of("agent", "b", "errors"), Unit.COUNT,
                dev.caxton.bench.model.Direction.HIGHER_IS_BETTER, "main", "e", "naive", "quick", step);
        DashboardView.Page page = DashboardView.of(new DashboardInput("t", Instant.EPOCH, List.of(regimes, errors)),
                Targets.none(), new ChangePointDetector());

        DashboardView.Chart undirected = chart(page, "agent/b/regimes");
        assertThat(undirected.caption()).doesNotContain("better");
        assertThat(undirected.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("change");
            assertThat(c.text()).startsWith("Rise from run r15");
        });
        DashboardView.Chart stated = chart(page, "agent/b/errors");
        assertThat(stated.caption()).contains("count, higher is better");
        assertThat(stated.changes()).extracting(DashboardView.Change::kind).containsExactly("improvement");
    }

    @Test
    void theDataBlockHoldsEveryRunOnceAndEveryPointByDeltaEncodedRunIndex() throws Exception {
        JsonNode data = JSON.readTree(small().dataJson());

        assertThat(data.get("runs")).hasSize(32);
        assertThat(data.get("runs").get(0).toString()).isEqualTo(
                "[\"run-100\",\"2026-10-01 08:00 UTC\",\"000000abc0000000000000000000000000000000\"]");
        assertThat(data.get("runs").get(1).toString()).isEqualTo("[\"adhoc-1\",\"2026-10-01 08:30 UTC\",\"\"]");
        JsonNode throughput = data.get("charts").get(1);
        assertThat(throughput.get("unit").asText()).isEqualTo("MESSAGES_PER_SECOND");
        assertThat(throughput.get("n").asInt()).isEqualTo(30);
        JsonNode line = throughput.get("lines").get(0);
        assertThat(line.get("label").asText()).isEqualTo("reference");
        assertThat(line.has("x")).as("one slot per point, in order: no x positions needed").isFalse();
        assertThat(line.get("v")).hasSize(30);
        assertThat(line.get("v").get(29).asText()).isEqualTo("90900");
        assertThat(line.get("cp").toString()).isEqualTo("[[20,\"regression\"]]");
        int index = 0;
        List<String> runIds = new ArrayList<>();
        for (JsonNode delta : line.get("r")) {
            index += delta.asInt();
            runIds.add(data.get("runs").get(index).get(0).asText());
        }
        assertThat(runIds).first().isEqualTo("run-100");
        assertThat(runIds).last().isEqualTo("run-129");
        assertThat(runIds).doesNotContain("adhoc-1", "adhoc-2");
        assertThat(data.get("charts").get(3).get("lines").get(0).get("r").toString()).isEqualTo("[1,2]");
    }

    @Test
    void theRunsOfSeveralSystemsOnOneCommitShareAnXPosition() throws Exception {
        JsonNode response = JSON.readTree(browsing().dataJson()).get("charts").get(0);

        assertThat(response.get("n").asInt()).isEqualTo(24);
        assertThat(response.get("lines")).hasSize(3).allSatisfy(l -> assertThat(l.has("x")).isFalse());

        MetricSeries a = MetricSeries.of(Fixtures.RESPONSE, Unit.NANOSECONDS, "main", "e", "naive", "quick", List.of(
                MetricSeries.Point.of("a1", Instant.EPOCH, "c1", 10), MetricSeries.Point.of("a2", Instant.EPOCH.plusSeconds(9), "c2", 10)));
        MetricSeries b = MetricSeries.of(Fixtures.RESPONSE, Unit.NANOSECONDS, "main", "e", "pekko", "quick", List.of(
                MetricSeries.Point.of("b2", Instant.EPOCH.plusSeconds(10), "c2", 10),
                MetricSeries.Point.of("b3", Instant.EPOCH.plusSeconds(20), "c3", 10)));
        JsonNode chart = JSON.readTree(DashboardView.of(new DashboardInput("t", Instant.EPOCH, List.of(a, b)),
                Targets.none(), new ChangePointDetector()).dataJson()).get("charts").get(0);
        assertThat(chart.get("n").asInt()).isEqualTo(3);
        assertThat(chart.get("lines").get(0).get("x").toString()).isEqualTo("[0,1]");
        assertThat(chart.get("lines").get(1).get("x").toString()).isEqualTo("[1,1]");
    }

    @Test
    void theYRangeHoldsEveryBandAndTheTicksAreLabelledByTheCliFormatter() throws Exception {
        JsonNode wide = JSON.readTree(browsing().dataJson()).get("charts").get(4);

        assertThat(wide.get("name").asText()).isEqualTo(Fixtures.WIDE.canonical());
        assertThat(wide.get("y").get(0).asDouble()).isLessThanOrEqualTo(10);
        assertThat(wide.get("y").get(1).asDouble()).isGreaterThanOrEqualTo(400);
        for (JsonNode tick : wide.get("ticks")) {
            assertThat(tick.get(1).asText()).isEqualTo(HumanUnits.format(tick.get(0).asDouble(), Unit.MILLISECONDS));
        }
        JsonNode spawn = JSON.readTree(browsing().dataJson()).get("charts").get(2);
        assertThat(spawn.get("log").asBoolean()).isTrue();
    }

    @Test
    void everyNumberOfTheDataBlockReadsAsItsExactValueDoes() throws Exception {
        DashboardInput input = Fixtures.synthetic(20, 300, 5);
        JsonNode charts = JSON.readTree(DashboardView.of(input, Targets.none(), new ChangePointDetector()).dataJson())
                .get("charts");

        int checked = 0;
        for (JsonNode chart : charts) {
            MetricSeries s = input.series().stream().filter(x -> x.id().canonical().startsWith(chart.get("name")
                    .asText().replaceAll("\\[.*", "")) && x.branch().equals(chart.get("branch").asText())).findFirst()
                    .orElseThrow();
            Unit unit = s.unit();
            JsonNode line = chart.get("lines").get(0);
            for (int i = 0; i < s.points().size(); i++) {
                MetricSeries.Point p = s.points().get(i);
                double v = line.get("v").get(i).asDouble();
                double below = (line.has("e") ? line.get("e") : line.get("lo")).get(i).asDouble();
                double above = (line.has("e") ? line.get("e") : line.get("hi")).get(i).asDouble();
                assertThat(HumanUnits.format(v, unit)).isEqualTo(HumanUnits.format(p.value(), unit));
                assertThat(HumanUnits.format(v - below, unit)).isEqualTo(HumanUnits.format(p.ciLower().orElseThrow(), unit));
                assertThat(HumanUnits.format(v + above, unit)).isEqualTo(HumanUnits.format(p.ciUpper().orElseThrow(), unit));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(20 * 300);
    }

    @Test
    void confidenceIntervalsAreSymmetricDistancesWhenTheyCanBeElseBothSides() throws Exception {
        MetricSeries symmetric = MetricSeries.of(MetricId.of("s", "b", "m"), Unit.MILLISECONDS, "main", "e", "sys", "quick", List.of(
                MetricSeries.Point.of("r1", Instant.EPOCH, null, 10, 9, 11),
                MetricSeries.Point.of("r2", Instant.EPOCH.plusSeconds(1), null, 12, 11.5, 12.5)));
        MetricSeries lopsided = MetricSeries.of(MetricId.of("s", "b", "n"), Unit.MILLISECONDS, "main", "e", "sys", "quick", List.of(
                MetricSeries.Point.of("r1", Instant.EPOCH, null, 10, 9, 12),
                new MetricSeries.Point("r2", Instant.EPOCH.plusSeconds(1), Optional.empty(), 12, Optional.empty(),
                        Optional.of(13.0))));
        MetricSeries none = MetricSeries.of(MetricId.of("s", "b", "o"), Unit.MILLISECONDS, "main", "e", "sys", "quick", List.of(
                MetricSeries.Point.of("r1", Instant.EPOCH, null, 10)));

        JsonNode charts = JSON.readTree(DashboardView.of(new DashboardInput("t", Instant.EPOCH,
                List.of(symmetric, lopsided, none)), Targets.none(), new ChangePointDetector()).dataJson()).get("charts");

        assertThat(charts.get(0).get("lines").get(0).get("e").toString()).isEqualTo("[1,0.5]");
        assertThat(charts.get(0).get("lines").get(0).has("lo")).isFalse();
        assertThat(charts.get(1).get("lines").get(0).get("lo").toString()).isEqualTo("[1,null]");
        assertThat(charts.get(1).get("lines").get(0).get("hi").toString()).isEqualTo("[2,1]");
        JsonNode bare = charts.get(2).get("lines").get(0);
        assertThat(bare.has("e") || bare.has("lo")).isFalse();
    }

    @Test
    void pointsAreOrderedByTimestamp() {
        MetricSeries series = MetricSeries.of(MetricId.of("s", "b", "m"), Unit.COUNT, "main", "e", "sys", "quick", List.of(
                MetricSeries.Point.of("late", Instant.EPOCH.plusSeconds(60), null, 2),
                MetricSeries.Point.of("early", Instant.EPOCH, null, 1)));

        DashboardView.Page page = DashboardView.of(new DashboardInput("t", Instant.EPOCH, List.of(series)),
                Targets.none(), new ChangePointDetector());

        assertThat(page.rows().get(0).newestRun()).isEqualTo("late");
        assertThat(page.rows().get(0).newest()).isEqualTo("2");
    }

    @Test
    void runsBecomeOneSeriesPerMetricSystemProfileBranchAndEnvironment() {
        Environment here = new Environment("Xeon", 2, 8L << 30, "Linux", "OpenJDK", "17", List.of());
        MetricId p50 = Fixtures.RESPONSE;
        List<Run> runs = new ArrayList<>();
        int i = 0;
        for (String system : List.of("naive", "pekko")) {
            for (String profile : List.of("quick", "smoke")) {
                RunInfo info = new RunInfo(new RunId("r" + i), Instant.EPOCH.plusSeconds(i++), Optional.empty(),
                        system.equals("naive") ? Optional.of("main") : Optional.empty(), Optional.empty(), here, "agent",
                        RunProfile.parse(profile), system, Optional.empty());
                runs.add(new Run(info, List.of(
                        new Measurement(p50, Unit.NANOSECONDS, Unit.NANOSECONDS.defaultDirection(), 10,
                                new Statistics(3, 10, 1, 9, 11, Optional.of(new ConfidenceInterval(9, 11, 0.95))), List.of())),
                        Map.of(), List.of()));
            }
        }

        List<MetricSeries> series = MetricSeries.fromRuns(runs);

        assertThat(series).hasSize(4).allSatisfy(s -> {
            assertThat(s.id()).isEqualTo(p50);
            assertThat(s.points()).singleElement().satisfies(p -> assertThat(p.ciLower()).contains(9.0));
        });
        assertThat(series).extracting(s -> s.system() + "/" + s.profile() + "/" + s.branch()).containsExactly(
                "naive/quick/main", "naive/smoke/main", "pekko/quick/(no branch)", "pekko/smoke/(no branch)");
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        MetricId id = MetricId.of("s", "b", "m");
        assertThatThrownBy(() -> MetricSeries.of(id, Unit.COUNT, "main", "e", "sys", "quick", List.of()))
                .hasMessageContaining("leave out metrics with no runs");
        assertThatThrownBy(() -> MetricSeries.Point.of("r", Instant.EPOCH, null, Double.NaN))
                .hasMessageContaining("run 'r' is NaN");
        assertThatThrownBy(() -> MetricSeries.Point.of("r", Instant.EPOCH, null, 1, 2, 0))
                .hasMessageContaining("lower bound must not exceed the upper bound");
        assertThatThrownBy(() -> new DashboardInput(" ", Instant.EPOCH, List.of()))
                .hasMessageContaining("needs a title");
    }
}
