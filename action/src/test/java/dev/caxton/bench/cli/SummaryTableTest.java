package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Tier;

import dev.caxton.bench.GoldenFiles;
import java.util.Map;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.target.Targets;

class SummaryTableTest {
    private static final GoldenFiles GOLDEN = GoldenFiles.besides(SummaryTableTest.class);

    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void summaryOfOneRunMatchesTheGoldenFile(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String table = new SummaryTable(Fixtures.grading(), Style.PLAIN).render(List.of(Fixtures.reference()));
        GOLDEN.assertMatches("summary-one-run.txt", table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void summaryOfSeveralSystemsMatchesTheGoldenFile(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String table = new SummaryTable(Fixtures.grading(), Style.PLAIN)
                .render(List.of(Fixtures.reference(), Fixtures.naive()));
        GOLDEN.assertMatches("summary-side-by-side.txt", table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void summaryOfAJmhRunShortensPackagesAndShowsByteRatesAsRates(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String table = new SummaryTable(Fixtures.grading(), Style.PLAIN).render(List.of(Fixtures.jmh()));
        GOLDEN.assertMatches("summary-jmh.txt", table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void aSummaryOfMoreMetricsThanItListsCountsTheOthersAndGradesThemAll(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String table = new SummaryTable(Fixtures.grading(), Style.PLAIN, 3)
                .render(List.of(Fixtures.reference(), Fixtures.naive()));
        GOLDEN.assertMatches("summary-side-by-side-first-3.txt", table);
    }

    @Test
    void listsTheFirst200MetricsThenTheCountOfTheRest() {
        int n = 2_345;
        List<Measurement> ms = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ms.add(Measurement.of(MetricId.parse("agent/request_latency/p50[clients=" + i + "]"), Unit.NANOSECONDS, 1_000));
        }
        Run run = new Run(Fixtures.info("20261203T120000Z-abcdef", "reference"), ms, Map.of(), List.of());

        String table = new SummaryTable(Grading.of(Targets.defaults()), Style.PLAIN).render(List.of(run));

        List<String> rows = table.lines().filter(l -> l.startsWith("request_latency/p50")).toList();
        assertThat(rows).hasSize(Defaults.SUMMARY_METRICS);
        assertThat(rows.get(0)).startsWith("request_latency/p50[clients=0] ");
        assertThat(rows.get(199)).startsWith("request_latency/p50[clients=199] ");
        assertThat(table).contains("\n… and 2,145 more metrics, not listed: the run file holds every one\n\n"
                + "Grades: 2345 target, 0 acceptable, 0 critical, 0 failing\n");
    }

    @Test
    void listsEveryMetricUpToTheLimitAndNoCountLine() {
        List<Measurement> ms = new java.util.ArrayList<>();
        for (int i = 0; i < Defaults.SUMMARY_METRICS; i++) {
            ms.add(Measurement.of(MetricId.parse("agent/request_latency/p50[clients=" + i + "]"), Unit.NANOSECONDS, 1_000));
        }
        Run run = new Run(Fixtures.info("20261203T120000Z-abcdef", "reference"), ms, Map.of(), List.of());

        String table = new SummaryTable(Grading.of(Targets.defaults()), Style.PLAIN).render(List.of(run));

        assertThat(table.lines().filter(l -> l.startsWith("request_latency/p50"))).hasSize(Defaults.SUMMARY_METRICS);
        assertThat(table).doesNotContain("not listed");
    }

    @Test
    void aTimeOrSizeOfZeroIsNotMeasuredNeverATargetMet() {
        MetricId heap = MetricId.parse("agent/memory_per_agent/idle_retained[agents=2000]");
        MetricId recovery = MetricId.parse("agent/recovery_time/restart_to_next_message_p50");
        Run run = new Run(Fixtures.info("20261203T120000Z-abcdef", "reference"), List.of(
                Measurement.of(heap, Unit.BYTES, 0), Measurement.of(recovery, Unit.NANOSECONDS, 1_500)), Map.of(), List.of());

        String table = new SummaryTable(Grading.of(Targets.defaults()), Style.PLAIN).render(List.of(run));

        assertThat(table).containsPattern("memory_per_agent/idle_retained\\[agents=2000\\] +0 B +≤ 10 / 50 / 100 MB +not measured\n")
                .containsPattern("restart_to_next_message_p50 +1.5 µs .*target\n")
                .contains("Grades: 1 target, 0 acceptable, 0 critical, 0 failing; 1 value was not measured (a time or size of zero)");
    }

    @Test
    void looksUpEachMetricsTierOnceAndGradesEachValueOnce() {
        // a summary of N metrics asks the targets N times, not once per metric per column or count (issue 12, item 8)
        int n = 2_000;
        List<Measurement> ms = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            MetricId id = i % 2 == 0 ? MetricId.parse("agent/message_throughput/throughput[agents=" + i + "]")
                    : MetricId.parse("agent/memory_per_agent/idle_retained[agents=" + i + "]");
            ms.add(Measurement.of(id, i % 2 == 0 ? Unit.MESSAGES_PER_SECOND : Unit.BYTES, i % 4 == 1 ? 0 : i + 1));
        }
        Run first = new Run(Fixtures.info("20261203T120000Z-abcdef", "reference"), ms, Map.of(), List.of());
        Run second = new Run(Fixtures.info("20261203T120001Z-abcdef", "naive"), ms.subList(0, n / 2), Map.of(), List.of());
        CountingGrading alone = new CountingGrading(Grading.of(Targets.defaults()));
        CountingGrading sideBySide = new CountingGrading(Grading.of(Targets.defaults()));

        String one = new SummaryTable(alone, Style.PLAIN).render(List.of(first));
        new SummaryTable(sideBySide, Style.PLAIN).render(List.of(first, second));

        assertThat(one).contains("not measured");
        assertThat(alone.tierLookups).isEqualTo(n);
        assertThat(alone.gradings).isEqualTo(n);
        assertThat(sideBySide.tierLookups).isEqualTo(n);
        assertThat(sideBySide.gradings).isEqualTo(n + n / 2);
    }

    /** A grading that counts what the summary asks of it. */
    private static final class CountingGrading implements Grading {
        private final Grading grading;
        int tierLookups;
        int gradings;

        CountingGrading(Grading grading) {
            this.grading = grading;
        }

        @Override
        public java.util.Optional<Tier> tierFor(MetricId id) {
            tierLookups++;
            return grading.tierFor(id);
        }

        @Override
        public java.util.Optional<dev.caxton.bench.target.Grade> grade(Measurement measurement) {
            gradings++;
            tierLookups++; // grading a value alone looks its tier up again
            return grading.grade(measurement);
        }

        @Override
        public java.util.Optional<dev.caxton.bench.target.Grade> grade(Measurement measurement,
                                                                       java.util.Optional<Tier> tier) {
            gradings++;
            return grading.grade(measurement, tier);
        }
    }

    @Test
    void shortensThePackageOfJmhBenchmarksToInitialsButItsLastPart() {
        assertThat(SummaryTable.displayNames(List.of(Fixtures.JMH_THROUGHPUT, Fixtures.JMH_ROUTE)).values())
                .containsExactly("d.c.b.a.jmh.MessageThroughputBenchmark.throughput/thrpt[system=reference]",
                        "c.e.bench.RouterBenchmark.route/avgt[size=1024]");
    }

    @Test
    void keepsFullNamesWhereShortNamesWouldCollide() {
        MetricId agent = MetricId.of("jmh", "dev.caxton.bench.agent.jmh.Bench.run", "thrpt");
        MetricId api = MetricId.of("jmh", "dev.caxton.bench.api.jmh.Bench.run", "thrpt");
        MetricId other = MetricId.of("jmh", "dev.caxton.bench.model.jmh.RecorderBench.record", "avgt");

        assertThat(SummaryTable.displayNames(List.of(agent, api, other)).values()).containsExactly(
                "dev.caxton.bench.agent.jmh.Bench.run/thrpt", "dev.caxton.bench.api.jmh.Bench.run/thrpt",
                "d.c.b.m.jmh.RecorderBench.record/avgt");
    }

    @Test
    void shortensOnlyJmhBenchmarkNames() {
        MetricId agent = MetricId.of("agent", "dev.caxton.bench.Bench.run", "thrpt");
        MetricId noPackage = MetricId.of("jmh", "Bench.run", "thrpt");
        MetricId onePackage = MetricId.of("jmh", "bench.Bench.run", "thrpt");
        MetricId notAClass = MetricId.of("jmh", "router.route.fast", "thrpt");

        assertThat(SummaryTable.displayNames(List.of(agent, noPackage, onePackage, notAClass)).values()).containsExactly(
                "dev.caxton.bench.Bench.run/thrpt", "Bench.run/thrpt", "bench.Bench.run/thrpt", "router.route.fast/thrpt");
    }

    @Test
    void userSuppliedNamesCannotReachTheTerminalAsControlCharacters() {
        String table = new SummaryTable(Fixtures.grading(), Style.PLAIN)
                .render(List.of(Fixtures.reference(), Fixtures.naive()));
        assertThat(table.chars().filter(c -> c != '\n' && Character.isISOControl(c))).isEmpty();
    }

    @Test
    void coloursGradesOnlyWithColour() {
        String table = new SummaryTable(Fixtures.grading(), Style.COLOUR).render(List.of(Fixtures.reference()));
        assertThat(table).contains("\u001B[32m✅ target\u001B[0m").contains("\u001B[31m❌ failing\u001B[0m");
    }

    @Test
    void writesTheTierUnitOnceWhenTheThresholdsShareIt() {
        assertThat(SummaryTable.tier(new Tier("t", 100_000, 50_000, 10_000, Unit.MESSAGES_PER_SECOND,
                Direction.HIGHER_IS_BETTER))).isEqualTo("≥ 100K / 50K / 10K msg/s");
        assertThat(SummaryTable.tier(new Tier("t", 30, 120, 300, Unit.SECONDS, Direction.LOWER_IS_BETTER)))
                .isEqualTo("≤ 30 s / 2 min / 5 min");
        assertThat(SummaryTable.tier(new Tier("t", 5, 10, 25, Unit.PERCENT, Direction.LOWER_IS_BETTER)))
                .isEqualTo("≤ 5 / 10 / 25%");
    }

    @Test
    void namesMetricsWithoutTheirSuite() {
        assertThat(SummaryTable.metricName(Fixtures.SPAWN)).isEqualTo("spawn/per_agent[agents=10000]");
    }

}
