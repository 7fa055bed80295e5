package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.history.HistoryRow;
import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * A fixed history for the history views: 30 daily runs of the agent suite on main, in the fixture's
 * environment, with seeded noise of 1%:
 * <ul>
 *   <li>throughput (higher is better) falls by 30% from run 20 on: a regression;</li>
 *   <li>p50 latency (lower is better) falls by 40% from run 12 on: an improvement; its values carry
 *       a confidence interval;</li>
 *   <li>memory per agent is constant: a flat line;</li>
 *   <li>recovery time is measured by every third run only: gaps.</li>
 * </ul>
 * Then one run on another machine (left out by default) and one run on a feature branch.
 */
final class HistoryFixture {
    static final Environment OTHER_MACHINE = new Environment("AMD EPYC 7B13", 8, 32L << 30, "Linux 6.1", "Debian",
            "17.0.15", List.of());
    static final Instant START = Instant.parse("2026-10-01T06:00:00Z");
    static final int MAIN_RUNS = 30;

    private HistoryFixture() {}

    static List<Run> runs() {
        Random noise = new Random(42);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < MAIN_RUNS; i++) {
            runs.add(run(i, "main", Fixtures.ENVIRONMENT, noise));
        }
        runs.add(run(MAIN_RUNS, "main", OTHER_MACHINE, noise));
        runs.add(run(MAIN_RUNS + 1, "feature/faster", Fixtures.ENVIRONMENT, noise));
        return runs;
    }

    private static Run run(int i, String branch, Environment env, Random noise) {
        Instant at = START.plus(Duration.ofDays(i));
        String commit = String.format(java.util.Locale.ROOT, "%07x", 0xabc0000L + i * 7919L) + "0".repeat(33);
        RunInfo info = new RunInfo(new RunId(String.format(java.util.Locale.ROOT, "202610%02d-060000-reference", i + 1)), at,
                Optional.of(commit), Optional.of(branch), Optional.empty(), env, "agent", RunProfile.of(Profile.QUICK), "reference",
                Optional.empty());
        List<Measurement> ms = new ArrayList<>();
        double throughput = (i >= 20 ? 5_600_000 : 8_000_000) * (1 + 0.01 * noise.nextGaussian());
        ms.add(Measurement.of(Fixtures.THROUGHPUT, Unit.MESSAGES_PER_SECOND, Math.rint(throughput)));
        double p50 = (i >= 12 ? 7_200 : 12_000) * (1 + 0.01 * noise.nextGaussian());
        p50 = Math.rint(p50);
        ms.add(new Measurement(Fixtures.P50, Unit.NANOSECONDS, Unit.NANOSECONDS.defaultDirection(), p50,
                new Statistics(10, p50, p50 * 0.02, p50 * 0.97, p50 * 1.03,
                        Optional.of(new ConfidenceInterval(Math.rint(p50 * 0.99), Math.rint(p50 * 1.01), 0.95))),
                List.of()));
        ms.add(Measurement.of(Fixtures.MEMORY, Unit.BYTES, 180));
        if (i % 3 == 0) {
            ms.add(Measurement.of(Fixtures.RECOVERY, Unit.SECONDS, 40 + i % 4));
        }
        return new Run(info, ms, Map.of(), List.of());
    }

    static History history() {
        List<HistoryRow> rows = new ArrayList<>();
        for (Run r : runs()) {
            r.measurements().forEach(m -> rows.add(new HistoryRow(r.info(), r.measurements().size(), m)));
        }
        return History.of(rows);
    }

    /**
     * A side-by-side history: each of 12 nights, naive (p50 about 80 µs) then pekko (about 10 µs) run the
     * agent suite with the quick profile in the fixture's environment; on the last two nights reference
     * runs the smoke profile too. Mixed into one series, naive against pekko reads as -88%.
     */
    static Path writeSideBySide(Path file) {
        for (int i = 0; i < 12; i++) {
            Instant night = START.plus(Duration.ofDays(i));
            double wiggle = 1 + ((i * 7) % 5 - 2) * 0.002;
            sideBySide(file, i, night, "naive", "quick", 80_000 * wiggle);
            sideBySide(file, i, night.plusSeconds(60), "pekko", "quick", 10_000 * wiggle);
            if (i >= 10) {
                sideBySide(file, i, night.plusSeconds(120), "reference", "smoke", 1_000 * wiggle);
            }
        }
        return file;
    }

    private static void sideBySide(Path file, int night, Instant at, String system, String profile, double p50) {
        RunInfo info = new RunInfo(new RunId(String.format(java.util.Locale.ROOT, "202610%02d-%s", night + 1, system)), at,
                Optional.of(String.format(java.util.Locale.ROOT, "%07x", 0xdef0000L + night) + "0".repeat(33)),
                Optional.of("main"), Optional.empty(), Fixtures.ENVIRONMENT, "agent", RunProfile.parse(profile), system, Optional.empty());
        HistoryFile.append(file, new Run(info, List.of(Measurement.of(Fixtures.P50, Unit.NANOSECONDS, Math.rint(p50)),
                Measurement.of(Fixtures.THROUGHPUT, Unit.MESSAGES_PER_SECOND, 1_000_000)), Map.of(), List.of()));
    }

    /** Writes the fixture to a history file, as appends do. */
    static Path write(Path file) {
        runs().forEach(r -> HistoryFile.append(file, r));
        return file;
    }
}
