package dev.caxton.bench.history.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history read for viewing ({@link HistoryView#read}), which keeps values compactly and only the
 * window's measurements in full, gives the same series, trends and runs as the history read whole.
 */
class ViewedHistoryTest {
    private static final Environment HERE = new Environment("Intel Xeon", 2, 8L << 30, "Linux 6.1", "OpenJDK",
            "17.0.15", List.of());
    private static final Environment THERE = new Environment("AMD EPYC", 8, 32L << 30, "Linux 6.1", "OpenJDK",
            "17.0.15", List.of());
    private static final Instant START = Instant.parse("2026-10-01T06:00:00Z");
    private static final List<RunFilter> FILTERS = List.of(RunFilter.every(),
            RunFilter.every().withEnvironment(EnvironmentScope.newest()),
            RunFilter.every().withEnvironment(EnvironmentScope.only(THERE.fingerprint())),
            RunFilter.every().onBranch("main").ofSystem("pekko").withEnvironment(EnvironmentScope.newest()),
            RunFilter.every().ofProfile("smoke"));

    @TempDir
    static Path dir;

    private static Path file;

    /**
     * Sixty runs of two systems and two profiles in two environments on two branches, appended out of
     * time order; the metrics come and go, and one steps up by half at run 30.
     */
    @BeforeAll
    static void write() {
        file = dir.resolve("history.csv");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            order.add((i * 37) % 60);
        }
        for (int i : order) {
            String system = i % 2 == 0 ? "naive" : "pekko";
            String profile = i % 7 == 0 ? "smoke" : "quick";
            Environment env = i % 5 == 0 ? THERE : HERE;
            RunInfo info = new RunInfo(new RunId("r" + i), START.plusSeconds(3600L * i), Optional.of("c0ffee" + i),
                    Optional.of(i % 3 == 0 ? "feature" : "main"), Optional.empty(), env, "agent",
                    RunProfile.parse(profile), system, Optional.empty());
            List<Measurement> ms = new ArrayList<>();
            for (int m = 0; m < 6; m++) {
                if ((i + m) % 4 == 0 && m > 0) {
                    continue; // not every run measures every metric
                }
                double value = 100 + m * 10 + (i % 3) + (m == 2 && i >= 30 ? 50 : 0);
                ms.add(Measurement.of(MetricId.of("agent", "bench", "m" + m), Unit.NANOSECONDS, value));
            }
            HistoryFile.append(file, info, ms);
        }
    }

    @Test
    void trendsAreTheTrendsOfTheWholeHistory() {
        HistoryView view = HistoryView.withDefaults();
        History whole = History.open(file);
        for (RunFilter filter : FILTERS) {
            for (int last : new int[] {1, 3, 20, 100}) {
                ViewedHistory viewed = view.read(file, ReadMode.STRICT, filter, last);
                assertThat(view.trend(viewed)).as("%s, last %d", filter, last).isEqualTo(view.trend(whole, filter, last))
                        .isNotEmpty();
            }
        }
    }

    @Test
    void seriesAreTheSeriesOfTheWholeHistoryAndHaveTheirChangePoints() {
        HistoryView view = HistoryView.withDefaults();
        History whole = History.open(file);
        for (RunFilter filter : FILTERS) {
            for (int last : new int[] {1, 4, 30, 100}) {
                for (MetricId metric : whole.metrics()) {
                    ViewedHistory viewed = view.read(file, ReadMode.STRICT, filter, last, metric::equals);
                    assertThat(view.series(viewed, metric)).as("%s %s, last %d", metric, filter, last)
                            .isEqualTo(view.series(whole, metric, filter, last));
                }
            }
        }
        MetricId stepped = MetricId.of("agent", "bench", "m2");
        ViewedHistory viewed = view.read(file, ReadMode.STRICT, FILTERS.get(0), 60);
        assertThat(view.series(viewed, stepped)).anySatisfy(s -> assertThat(s.changes()).isNotEmpty());
    }

    @Test
    void runsAreTheRunsOfTheWholeHistoryWithTheirRowCounts() {
        HistoryView view = HistoryView.withDefaults();
        History whole = History.open(file);
        for (RunFilter filter : FILTERS) {
            ViewedHistory viewed = view.read(file, ReadMode.STRICT, filter, 0);
            List<Run> expected = view.runs(whole, filter, Integer.MAX_VALUE);
            assertThat(view.runs(viewed)).extracting(RunSummary::info).containsExactlyElementsOf(
                    expected.stream().map(Run::info).toList());
            assertThat(view.runs(viewed)).extracting(RunSummary::metrics).containsExactlyElementsOf(
                    expected.stream().map(r -> r.measurements().size()).toList());
            assertThat(viewed.allRuns()).hasSize(60);
            assertThat(viewed.metrics()).isEqualTo(whole.metrics());
        }
    }

    @Test
    void keepsInFullOnlyTheNewestPointsOfEachSeries() {
        ViewedHistory viewed = HistoryView.withDefaults().read(file, ReadMode.STRICT, RunFilter.every(), 3);
        long kept = 0;
        for (ViewTable.Entry e : viewed.table().entries()) {
            for (int i = 0; i < e.size; i++) {
                kept += e.kept[i] == null ? 0 : 1;
            }
        }
        // 2 systems x 2 profiles x 2 environments x 6 metrics x 3 points at most, of about 300 rows
        assertThat(kept).isLessThanOrEqualTo(2 * 2 * 2 * 6 * 3).isGreaterThan(0);
        ViewedHistory none = HistoryView.withDefaults().read(file, ReadMode.STRICT, RunFilter.every(), 0);
        assertThat(none.table().entries()).allSatisfy(e -> assertThat(e.kept).isNull());
    }
}
