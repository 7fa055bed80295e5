package dev.caxton.bench.history.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryRow;
import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunProfile;
import org.junit.jupiter.api.Test;

class HistoryViewTest {
    private static final Environment HERE = new Environment("Intel Xeon", 2, 8L << 30, "Linux 6.1", "OpenJDK",
            "17.0.15", List.of());
    private static final Environment THERE = new Environment("AMD EPYC", 8, 32L << 30, "Linux 6.1", "OpenJDK",
            "17.0.15", List.of());
    private static final MetricId P50 = MetricId.of("agent", "agent_response_time", "p50");
    private static final MetricId THROUGHPUT = MetricId.of("agent", "message_throughput", "throughput");
    private static final Instant START = Instant.parse("2026-10-01T06:00:00Z");

    private final HistoryView view = HistoryView.withDefaults();

    /**
     * A side-by-side history: every night naive (p50 about 80 µs) and pekko (about 10 µs) run the agent
     * suite with the quick profile; every third night reference runs the smoke profile too (1 µs).
     */
    private static History sideBySide(int nights) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < nights; i++) {
            Instant night = START.plus(Duration.ofDays(i));
            double wiggle = 1 + ((i * 7) % 5 - 2) * 0.002;
            runs.add(run(i + "-naive", night, "naive", "quick", HERE, 80_000 * wiggle));
            runs.add(run(i + "-pekko", night.plusSeconds(60), "pekko", "quick", HERE, 10_000 * wiggle));
            if (i % 3 == 0) {
                runs.add(run(i + "-reference", night.plusSeconds(120), "reference", "smoke", HERE, 1_000 * wiggle));
            }
        }
        return history(runs);
    }

    private static Run run(String id, Instant at, String system, String profile, Environment env, double p50) {
        RunInfo info = new RunInfo(new RunId("r" + id), at, Optional.of("abc" + id.hashCode()), Optional.of("main"),
                Optional.empty(), env, "agent", RunProfile.parse(profile), system, Optional.empty());
        return new Run(info, List.of(Measurement.of(P50, Unit.NANOSECONDS, p50),
                Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 1e6)), Map.of(), List.of());
    }

    private static History history(List<Run> runs) {
        List<HistoryRow> rows = new ArrayList<>();
        runs.forEach(r -> r.measurements().forEach(m -> rows.add(new HistoryRow(r.info(), r.measurements().size(), m))));
        return History.of(rows);
    }

    @Test
    void aMetricMeasuredByTwoSystemsIsTwoSeriesNeverOneMixedSeries() {
        List<Series> series = view.series(sideBySide(20), P50, RunFilter.every().ofProfile("quick"), 100);

        assertThat(series).extracting(Series::key).containsExactly(new SeriesKey("agent", "naive", "quick"),
                new SeriesKey("agent", "pekko", "quick"));
        assertThat(series.get(0).window()).hasSize(20).allSatisfy(p -> assertThat(p.run().system()).isEqualTo("naive"));
        assertThat(series.get(1).window()).allSatisfy(p -> assertThat(p.measurement().value()).isLessThan(11_000));
        // mixed into one series, naive against pekko would read as an -88% change at every other run
        assertThat(series).allSatisfy(s -> assertThat(s.changes()).isEmpty());
    }

    @Test
    void runsOfAnotherProfileAreASeriesOfTheirOwn() {
        List<Series> series = view.series(sideBySide(9), P50, RunFilter.every(), 100);

        assertThat(series).extracting(s -> s.key().toString()).containsExactly("agent/naive/quick",
                "agent/pekko/quick", "agent/reference/smoke");
        assertThat(series.get(2).total()).isEqualTo(3);
    }

    @Test
    void theSystemAndProfileFiltersKeepOneSeries() {
        History history = sideBySide(9);

        assertThat(view.series(history, P50, RunFilter.every().ofSystem("pekko"), 100)).singleElement()
                .satisfies(s -> assertThat(s.key().system()).isEqualTo("pekko"));
        assertThat(view.series(history, P50, RunFilter.every().ofProfile("smoke"), 100)).singleElement()
                .satisfies(s -> assertThat(s.key().system()).isEqualTo("reference"));
        assertThat(view.series(history, P50, RunFilter.every().ofSystem("pekko").ofProfile("smoke"), 100)).isEmpty();
    }

    @Test
    void eachSeriesKeepsToTheEnvironmentOfItsOwnNewestRun() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant night = START.plus(Duration.ofDays(i));
            runs.add(run(i + "-naive", night, "naive", "quick", i == 5 ? THERE : HERE, 80_000));
            runs.add(run(i + "-pekko", night.plusSeconds(60), "pekko", "quick", HERE, 10_000));
        }
        RunFilter newest = RunFilter.every().withEnvironment(EnvironmentScope.newest());

        List<Series> series = view.series(history(runs), P50, newest, 100);

        assertThat(series.get(0).environment()).contains(THERE.fingerprint());
        assertThat(series.get(0).total()).isEqualTo(1);
        assertThat(series.get(1).environment()).contains(HERE.fingerprint());
        assertThat(series.get(1).total()).isEqualTo(6);
        assertThat(view.series(history(runs), P50, RunFilter.every(), 100).get(0).total()).isEqualTo(6);
        assertThat(view.series(history(runs), P50, RunFilter.every().withEnvironment(
                EnvironmentScope.only(HERE.fingerprint())), 100).get(0).total()).isEqualTo(5);
    }

    @Test
    void aTrendIsOnePerKeyOverTheLastRunsOfThatKey() {
        List<Trend> trends = view.trend(sideBySide(12), RunFilter.every(), 3);

        assertThat(trends).extracting(t -> t.key().toString()).containsExactly("agent/naive/quick",
                "agent/pekko/quick", "agent/reference/smoke");
        Trend reference = trends.get(2);
        assertThat(reference.runs()).extracting(r -> r.runId().value()).containsExactly("r3-reference", "r6-reference",
                "r9-reference");
        assertThat(reference.total()).isEqualTo(4);
        assertThat(reference.rows()).extracting(Trend.Row::metric).containsExactly(P50, THROUGHPUT);
        assertThat(reference.rows().get(0).values()).hasSize(3).allSatisfy(v -> assertThat(v).isLessThan(1_100));
    }

    @Test
    void aMetricMissingFromARunOfTheWindowIsNaN() {
        List<Run> runs = new ArrayList<>(List.of(run("1", START, "naive", "quick", HERE, 5)));
        RunInfo info = new RunInfo(new RunId("r2"), START.plusSeconds(1), Optional.empty(), Optional.of("main"), Optional.empty(),
                HERE, "agent", RunProfile.parse("quick"), "naive", Optional.empty());
        runs.add(new Run(info, List.of(Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 2e6)), Map.of(), List.of()));

        Trend.Row p50 = view.trend(history(runs), RunFilter.every(), 10).get(0).rows().get(0);

        assertThat(p50.metric()).isEqualTo(P50);
        assertThat(p50.values()).containsExactly(5.0, Double.NaN);
        assertThat(p50.series().window()).hasSize(1);
    }

    @Test
    void changePointsAreFoundOverTheWholeSeriesAndKeptWhereTheyStartInTheWindow() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double p50 = (i < 20 ? 10_000 : 14_000) * (1 + ((i * 7) % 5 - 2) * 0.002);
            runs.add(run(Integer.toString(i), START.plus(Duration.ofDays(i)), "pekko", "quick", HERE, p50));
        }
        History history = history(runs);

        Series lastTwelve = view.series(history, P50, RunFilter.every(), 12).get(0);
        Series lastFive = view.series(history, P50, RunFilter.every(), 5).get(0);

        assertThat(lastTwelve.window()).hasSize(12);
        assertThat(lastTwelve.total()).isEqualTo(30);
        assertThat(lastTwelve.changes()).singleElement().extracting(ChangePoint::kind)
                .isEqualTo(ChangePoint.Kind.REGRESSION);
        assertThat(lastTwelve.window().get(2).change()).isPresent();
        assertThat(lastTwelve.window().get(2).run().runId()).isEqualTo(new RunId("r20"));
        assertThat(lastFive.changes()).isEmpty();
    }

    @Test
    void runsAreTheNewestThatPassTheFilterOldestFirst() {
        List<Run> runs = view.runs(sideBySide(4), RunFilter.every().ofSystem("pekko"), 2);

        assertThat(runs).extracting(r -> r.info().runId().value()).containsExactly("r2-pekko", "r3-pekko");
        assertThat(view.runs(sideBySide(4), RunFilter.every(), Integer.MAX_VALUE)).hasSize(10);
    }

    @Test
    void aWindowOfNoRunIsRefusedWithTheFix() {
        assertThatThrownBy(() -> view.trend(sideBySide(1), RunFilter.every(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A window holds 1 run or more, got 0; pass Integer.MAX_VALUE for every run");
        assertThatThrownBy(() -> EnvironmentScope.only(" ")).hasMessageContaining("must not be blank");
    }
}
