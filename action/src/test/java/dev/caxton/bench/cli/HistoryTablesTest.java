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

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.history.view.EnvironmentScope;
import dev.caxton.bench.history.view.HistoryView;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.history.view.Series;
import dev.caxton.bench.history.view.Trend;
import dev.caxton.bench.report.format.Sparkline;

import dev.caxton.bench.GoldenFiles;

/** The trend and show tables of the fixed history, sealed by golden files under two locales. */
class HistoryTablesTest {
    static final GoldenFiles GOLDEN = GoldenFiles.besides(HistoryTablesTest.class);

    private final Locale saved = Locale.getDefault();
    private final History history = HistoryFixture.history();
    private final HistoryView view = new HistoryView(new ChangePointDetector());
    private final RunFilter mainHere = RunFilter.every().onBranch("main")
            .withEnvironment(EnvironmentScope.only(Fixtures.ENVIRONMENT.fingerprint()));

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void trendMatchesTheGoldenFile(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String table = trend(Style.PLAIN);
        GOLDEN.assertMatches("history-trend.txt", table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void showMatchesTheGoldenFile(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        String table = show(Style.PLAIN);
        GOLDEN.assertMatches("history-show.txt", table);
    }

    @Test
    void theTrendFindsTheRegressionAndTheImprovementOfTheFixture() {
        List<Trend.Row> rows = rows(15);
        assertThat(rows).extracting(Trend.Row::metric).containsExactly(Fixtures.MEMORY,
                Fixtures.THROUGHPUT, Fixtures.RECOVERY, Fixtures.P50);
        Trend.Row throughput = rows.get(1);
        assertThat(throughput.series().changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangePoint.Kind.REGRESSION);
            assertThat(c.relativeChange()).isBetween(-0.32, -0.28);
        });
        // the improvement of p50 at run 12 lies before the window of the last 15 of 30 runs
        assertThat(rows.get(3).series().changes()).isEmpty();
        assertThat(rows(30).get(3).series().changes()).singleElement()
                .extracting(ChangePoint::kind).isEqualTo(ChangePoint.Kind.IMPROVEMENT);
    }

    @Test
    void aMetricMissingFromARunIsAGapInItsSparkline() {
        Trend.Row recovery = rows(6).get(2);
        assertThat(recovery.metric()).isEqualTo(Fixtures.RECOVERY);
        assertThat(Sparkline.of(recovery.valueArray())).matches("[▁-█]  [▁-█]  ");
    }

    @Test
    void theDefaultEnvironmentIsTheNewestMatchingRunsAndLeavesOtherMachinesOut() {
        RunFilter main = RunFilter.every().onBranch("main").withEnvironment(EnvironmentScope.newest());
        assertThat(view.trend(history, main, 100)).singleElement().satisfies(t -> {
            assertThat(t.environment()).contains(HistoryFixture.OTHER_MACHINE.fingerprint());
            assertThat(t.runs()).hasSize(1);
        });
        RunFilter feature = RunFilter.every().onBranch("feature/faster").withEnvironment(EnvironmentScope.newest());
        assertThat(view.trend(history, feature, 100).get(0).environment()).contains(Fixtures.ENVIRONMENT.fingerprint());
        assertThat(series(100).total()).isEqualTo(HistoryFixture.MAIN_RUNS);
    }

    @Test
    void coloursChangePointsAndGradesOnlyWithColour() {
        String coloured = trend(Style.COLOUR);
        assertThat(coloured).contains("\u001B[31m▼ -29.7% regression\u001B[0m")
                .contains("\u001B[32m▼ -40.4% improvement\u001B[0m");
        assertThat(trend(Style.PLAIN)).doesNotContain("\u001B");
        assertThat(show(Style.PLAIN)).doesNotContain("\u001B");
    }

    private String trend(Style style) {
        return new TrendTable(Fixtures.grading(), style).render("Trend · branch main", 20, rows(20));
    }

    private String show(Style style) {
        return new SeriesTable(Fixtures.grading(), style).render("agent/request_latency/p50 · branch main",
                series(24));
    }

    private List<Trend.Row> rows(int last) {
        return view.trend(history, mainHere, last).get(0).rows();
    }

    private Series series(int last) {
        return view.series(history, Fixtures.P50, mainHere, last).get(0);
    }

}
