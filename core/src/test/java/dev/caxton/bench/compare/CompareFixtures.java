package dev.caxton.bench.compare;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Targets;

/** Hand-built runs and seeded samples for comparison tests. */
final class CompareFixtures {
    static final MetricId THROUGHPUT = MetricId.parse("agent/message_throughput/throughput");
    static final MetricId P99 = MetricId.parse("agent/request_latency/p99[mode=closed]");
    static final MetricId OTHER = MetricId.parse("other/bench/time");

    private CompareFixtures() {}

    static RunInfo info(String runId) {
        Environment env = new Environment("Test CPU", 2, 8_000_000_000L, "Linux", "Vendor", "17", List.of());
        return new RunInfo(new RunId(runId), Instant.parse("2026-11-26T12:00:00Z"), Optional.of("abc"), Optional.of("main"),
                Optional.empty(), env, "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
    }

    static Run run(String runId, Measurement... measurements) {
        return new Run(info(runId), List.of(measurements), Map.of(), List.of());
    }

    static Measurement single(MetricId id, Unit unit, double value) {
        return Measurement.of(id, unit, value);
    }

    static Measurement samples(MetricId id, Unit unit, double... values) {
        return Measurement.ofSamples(id, unit, values);
    }

    /** {@code n} values from a normal distribution around {@code mean} with standard deviation {@code sd}. */
    static double[] normal(long seed, int n, double mean, double sd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller from the seeded generator: the same on every JVM
            double u1 = 1 - r.nextDouble();
            double u2 = r.nextDouble();
            out[i] = mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return out;
    }

    static ComparisonSettings settings() {
        return ComparisonSettings.defaults(Targets.none());
    }

    /** The defaults with another noise limit (the number of noise units a single-value change must exceed). */
    static ComparisonSettings settings(double noiseMads) {
        ComparisonSettings d = settings();
        return new ComparisonSettings(d.thresholds(), d.targets(), d.alpha(), d.bootstrapResamples(), d.seed(), noiseMads);
    }

    static List<Double> list(double... values) {
        return Arrays.stream(values).boxed().toList();
    }

    static MetricComparison compareOne(Measurement baseline, Measurement current, List<Double> history,
                                       ComparisonSettings settings) {
        NoiseHistory noise = new NoiseHistory(history.isEmpty() ? Map.of() : Map.of(current.id(), history));
        return Comparisons.compare(run("cur", current), Optional.of(run("base", baseline)), noise, settings)
                .metrics().get(0);
    }

    static MetricComparison compareOne(Measurement baseline, Measurement current) {
        return compareOne(baseline, current, List.of(), settings());
    }

    /** A baseline branch whose last three runs all measured {@code value}: any change beyond the threshold counts. */
    static List<Double> quiet(double value) {
        return list(value, value, value);
    }

    /**
     * The comparison with a baseline branch that never varied: the guide's threshold rule on top of a history,
     * as when the noise is known to be small.
     */
    static MetricComparison compareVerified(Measurement baseline, Measurement current) {
        return compareOne(baseline, current, quiet(baseline.value()), settings());
    }

    /** The noise history of a baseline branch that measured {@code value} three times for {@code id}. */
    static NoiseHistory quietHistory(dev.caxton.bench.model.MetricId id, double value) {
        return new NoiseHistory(Map.of(id, quiet(value)));
    }
}
