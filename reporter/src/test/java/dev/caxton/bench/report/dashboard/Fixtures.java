package dev.caxton.bench.report.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;

/** Inputs shared by the dashboard tests and the benchmark. */
final class Fixtures {
    static final Instant GENERATED_AT = Instant.parse("2026-11-26T12:00:00Z");
    static final Instant FIRST_RUN = Instant.parse("2026-10-01T08:00:00Z");

    /** A metric name with everything that must be escaped: markup, quotes, ampersand, unicode, U+2028. */
    static final MetricId TRICKY = MetricId.of("agent", "</script><script>alert(1)</script>",
            "p99 \"quoted\" 'single' & <b>bold</b> ünïcødé ✓ \u2028 <!--",
            Map.of("size", "1&2"));

    private Fixtures() {}

    /**
     * A small, fixed input: a throughput series with a drop at run 20 (a regression), a latency series
     * with an improvement at run 15, a tricky-named series on a second branch, and a two-point series.
     */
    static DashboardInput small() {
        List<MetricSeries.Point> throughput = new ArrayList<>();
        List<MetricSeries.Point> latency = new ArrayList<>();
        List<MetricSeries.Point> tricky = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant t = FIRST_RUN.plus(Duration.ofHours(6L * i));
            String run = "run-" + (100 + i);
            String commit = String.format("%012x%028x", 0xabc000L + i, 0);
            double wiggle = ((i * 7) % 5 - 2) * 0.01; // deterministic noise of -2% .. +2%
            double rate = (i < 20 ? 120_000 : 90_000) * (1 + wiggle);
            throughput.add(MetricSeries.Point.of(run, t, commit, rate, rate * 0.98, rate * 1.02));
            double nanos = (i < 15 ? 4_200_000 : 2_100_000) * (1 - wiggle);
            latency.add(MetricSeries.Point.of(run, t, commit, nanos, nanos - 50_000, nanos + 80_000));
            tricky.add(MetricSeries.Point.of(run, t, commit, 0.5 + wiggle));
        }
        List<MetricSeries.Point> twoPoints = List.of(
                MetricSeries.Point.of("adhoc-1", FIRST_RUN.plus(Duration.ofMinutes(30)), null, 12_345_678),
                MetricSeries.Point.of("adhoc-2", FIRST_RUN.plus(Duration.ofHours(7)), null, 12_000_000));
        return new DashboardInput("Caxton Bench — nightly <history>", GENERATED_AT, List.of(
                MetricSeries.of(MetricId.of("agent", "message_throughput", "throughput"), Unit.MESSAGES_PER_SECOND,
                        "main", "linux-x64-4c", "reference", "quick", throughput),
                MetricSeries.of(MetricId.of("agent", "request_latency", "p99"), Unit.NANOSECONDS, "main",
                        "linux-x64-4c", "reference", "quick", latency),
                new MetricSeries(TRICKY, Unit.RATIO, Direction.HIGHER_IS_BETTER, "feature/<x>&\"y\"", "env \u2029 ∞",
                        "sys <i>", "quick", tricky),
                MetricSeries.of(MetricId.of("jmh", "Router.route", "memory"), Unit.BYTES, "main", "linux-x64-4c",
                        "reference", "smoke", twoPoints)));
    }

    /** The chart of {@link #browsing()} that holds a confidence interval far wider than its values. */
    static final MetricId WIDE = MetricId.of("agent", "wide_interval", "p50");
    /** The chart of {@link #browsing()} whose only change is 0.5%. */
    static final MetricId STEADY = MetricId.of("agent", "steady", "p50");
    static final MetricId RESPONSE = MetricId.of("agent", "agent_response_time", "p50");
    static final MetricId SPAWN = MetricId.of("agent", "spawn_time", "per_agent");
    static final MetricId ROUNDS = MetricId.of("agent", "message_throughput", "messages_per_round");

    /**
     * What a reader browsing a side-by-side history meets: one metric measured by three systems; a
     * parameter sweep ({@code agents=1, 100, 10000}) spanning four orders of magnitude; a point whose
     * confidence interval is forty times wider than the values around it; a series whose only change is
     * 0.5%; a count with no direction of its own. 24 nights, one run per system and night on one commit.
     */
    static DashboardInput browsing() {
        List<MetricSeries.Point> naive = new ArrayList<>();
        List<MetricSeries.Point> pekko = new ArrayList<>();
        List<MetricSeries.Point> reference = new ArrayList<>();
        List<List<MetricSeries.Point>> spawn = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<MetricSeries.Point> wide = new ArrayList<>();
        List<MetricSeries.Point> steady = new ArrayList<>();
        List<MetricSeries.Point> rounds = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Instant night = FIRST_RUN.plus(Duration.ofDays(i));
            String commit = String.format("%08x%032x", 0xfeed00L + i, 0);
            double wiggle = 1 + ((i * 7) % 5 - 2) * 0.004;
            naive.add(MetricSeries.Point.of("n" + i, night, commit, 80_000 * wiggle, 78_000 * wiggle, 82_000 * wiggle));
            pekko.add(MetricSeries.Point.of("p" + i, night.plusSeconds(60), commit, 10_000 * wiggle));
            reference.add(MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, 1_200 * wiggle));
            spawn.get(0).add(MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, 20_000 * wiggle));
            spawn.get(1).add(MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, 2_000_000 * wiggle));
            spawn.get(2).add(MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, 200_000_000 * wiggle));
            double ms = 100 * wiggle;
            wide.add(i == 12 ? MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, ms, 10, 400)
                    : MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, ms, ms - 1, ms + 1));
            steady.add(MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, i < 12 ? 1_000 : 1_005));
            rounds.add(MetricSeries.Point.of("r" + i, night.plusSeconds(120), commit, 4_096));
        }
        List<MetricSeries> series = new ArrayList<>(List.of(
                MetricSeries.of(RESPONSE, Unit.NANOSECONDS, "main", "linux-x64-4c", "naive", "quick", naive),
                MetricSeries.of(RESPONSE, Unit.NANOSECONDS, "main", "linux-x64-4c", "pekko", "quick", pekko),
                MetricSeries.of(RESPONSE, Unit.NANOSECONDS, "main", "linux-x64-4c", "reference", "quick", reference),
                MetricSeries.of(WIDE, Unit.MILLISECONDS, "main", "linux-x64-4c", "reference", "quick", wide),
                MetricSeries.of(STEADY, Unit.MILLISECONDS, "main", "linux-x64-4c", "reference", "quick", steady),
                MetricSeries.of(ROUNDS, Unit.COUNT, "main", "linux-x64-4c", "reference", "quick", rounds)));
        String[] agents = {"10000", "1", "100"}; // given out of order: the page orders lines by value
        int[] index = {2, 0, 1};
        for (int a = 0; a < agents.length; a++) {
            series.add(MetricSeries.of(SPAWN.withParam("agents", agents[a]), Unit.NANOSECONDS, "main", "linux-x64-4c",
                    "reference", "quick", spawn.get(index[a])));
        }
        return new DashboardInput("Side by side", GENERATED_AT, series);
    }

    /**
     * {@code metrics} series of {@code runs} points each over the same runs, seeded: normal noise (CV 2%),
     * a step change in every fifth series, a confidence interval on every point, as a history gives them.
     */
    static DashboardInput synthetic(int metrics, int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Unit[] units = {Unit.NANOSECONDS, Unit.MESSAGES_PER_SECOND, Unit.BYTES, Unit.PERCENT, Unit.MILLISECONDS};
        String[] suites = {"agent", "jmh", "load", "router"};
        List<String> runIds = new ArrayList<>(runs);
        List<Instant> times = new ArrayList<>(runs);
        List<String> commits = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) {
            runIds.add(String.format("2026%04d-%08x", r, random.nextInt()));
            times.add(FIRST_RUN.plus(Duration.ofMinutes(90L * r)));
            commits.add(String.format("%08x%08x%08x%08x%08x", random.nextInt(), random.nextInt(), random.nextInt(),
                    random.nextInt(), random.nextInt()));
        }
        List<MetricSeries> series = new ArrayList<>(metrics);
        for (int m = 0; m < metrics; m++) {
            Unit unit = units[m % units.length];
            double base = switch (unit) {
                case NANOSECONDS -> 250_000 + random.nextDouble() * 5_000_000;
                case MESSAGES_PER_SECOND -> 50_000 + random.nextDouble() * 2_000_000;
                case BYTES -> 1_000_000 + random.nextDouble() * 50_000_000;
                case PERCENT -> 5 + random.nextDouble() * 40;
                default -> 1 + random.nextDouble() * 100;
            };
            int step = m % 5 == 0 ? runs / 2 + random.nextInt(runs / 4) : Integer.MAX_VALUE;
            List<MetricSeries.Point> points = new ArrayList<>(runs);
            for (int r = 0; r < runs; r++) {
                double level = r >= step ? base * 1.15 : base;
                double value = level * (1 + 0.02 * random.nextGaussian());
                double half = level * 0.01 * (0.5 + random.nextDouble());
                points.add(MetricSeries.Point.of(runIds.get(r), times.get(r), commits.get(r), value, value - half,
                        value + half));
            }
            MetricId id = MetricId.of(suites[m % suites.length], "benchmark_" + (m / 10), "metric_" + m,
                    Map.of("agents", Integer.toString(1 << (m % 8))));
            series.add(MetricSeries.of(id, unit, m % 7 == 0 ? "release" : "main", "linux-x64-4c", "reference", "quick",
                    points));
        }
        return new DashboardInput("Synthetic history: " + metrics + " metrics x " + runs + " runs", GENERATED_AT,
                series);
    }
}
