package dev.caxton.bench.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/** Runs with fixed, readable content for tests. */
final class TestRuns {
    static final Environment ENV = new Environment("Intel(R) Xeon(R) CPU @ 2.20GHz, \"test\"", 2, 8_589_934_592L,
            "Linux 6.1 amd64", "Eclipse Adoptium OpenJDK 64-Bit Server VM", "17.0.15+6",
            List.of("-XX:+UseG1GC", "-Xmx1g"));
    static final Environment OTHER_ENV = new Environment("AMD EPYC 7763", 4, 17_179_869_184L, "Linux 6.1 amd64",
            "Eclipse Adoptium OpenJDK 64-Bit Server VM", "21.0.5+11", List.of());

    private TestRuns() {}

    static RunInfo info(String runId, String timestamp, String commit, String branch) {
        return info(runId, Instant.parse(timestamp), commit, branch, ENV);
    }

    static RunInfo info(String runId, Instant at, String commit, String branch, Environment env) {
        return new RunInfo(new RunId(runId), at, Optional.ofNullable(commit), Optional.ofNullable(branch), Optional.empty(), env,
                "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
    }

    /** {@code rows} measurements of varied shapes, values shifted by {@code seed}. */
    static List<Measurement> measurements(int rows, double seed) {
        List<Measurement> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            MetricId id = MetricId.of("agent", "bench" + (i / 4), "metric" + (i % 4), i % 3 == 0
                    ? Map.of("agents", Integer.toString(i), "mode", "fire,forget") : Map.of());
            double v = seed * 1000 + i + 0.1;
            Measurement m = switch (i % 3) {
                case 0 -> Measurement.of(id, Unit.MESSAGES_PER_SECOND, v);
                case 1 -> Measurement.ofSamples(id, Unit.NANOSECONDS, new double[] {v, v * 1.01, v / 3});
                default -> new Measurement(id, Unit.BYTES, Direction.HIGHER_IS_BETTER, v,
                        new Statistics(7, v, 0.5, v - 1, v + 1, Optional.of(new ConfidenceInterval(v - 0.25, v + 0.25, 0.99))),
                        List.of());
            };
            out.add(m);
        }
        return out;
    }

    static Run run(RunInfo info, int rows, double seed) {
        return new Run(info, measurements(rows, seed), Map.of(), List.of());
    }
}
