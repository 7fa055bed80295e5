package dev.caxton.bench.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Targets;

/**
 * How long {@link Comparisons#compare} takes for 1,000 metrics with 50 history points each, 200 of them with
 * 10 samples per side (half of those shifted by 30%, so that they need the bootstrap), in a warm JVM. Not a
 * test. Run it as {@code java -cp <test classpath> dev.caxton.bench.compare.ComparisonBenchmark [rounds [resamples [no-targets]]]};
 * it prints the median, minimum and maximum of the timed rounds.
 */
final class ComparisonBenchmark {
    private ComparisonBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SplittableRandom random = new SplittableRandom(42);
        List<Measurement> base = new ArrayList<>();
        List<Measurement> cur = new ArrayList<>();
        Map<MetricId, List<Double>> history = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            MetricId id = MetricId.of("suite" + (i % 7), "bench" + (i / 10), "metric" + (i % 10), Map.of("size", "" + i));
            Unit unit = i % 2 == 0 ? Unit.NANOSECONDS : Unit.OPS_PER_SECOND;
            double level = 1_000 + i;
            List<Double> h = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                h.add(level * (1 + 0.03 * random.nextGaussian()));
            }
            history.put(id, h);
            if (i % 5 == 0) {
                double shift = i % 10 == 0 ? 1.3 : 1.0;
                base.add(Measurement.ofSamples(id, unit, draw(random, 10, level)));
                cur.add(Measurement.ofSamples(id, unit, draw(random, 10, level * shift)));
            } else {
                base.add(Measurement.of(id, unit, level * (1 + 0.03 * random.nextGaussian())));
                cur.add(Measurement.of(id, unit, level * (1 + 0.05 * random.nextGaussian())));
            }
        }
        Run baseline = CompareFixtures.run("base", base.toArray(Measurement[]::new));
        Run current = CompareFixtures.run("cur", cur.toArray(Measurement[]::new));
        NoiseHistory noise = new NoiseHistory(history);
        ComparisonSettings d = ComparisonSettings.defaults(args.length > 2 ? Targets.none() : Targets.defaults());
        int resamples = args.length > 1 ? Integer.parseInt(args[1]) : d.bootstrapResamples();
        ComparisonSettings settings = new ComparisonSettings(d.thresholds(), d.targets(), d.alpha(), resamples, d.seed(),
                d.noiseMads());
        for (int i = 0; i < 50; i++) {
            Comparisons.compare(current, Optional.of(baseline), noise, settings);
        }
        double[] millis = new double[rounds];
        Comparison last = null;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            last = Comparisons.compare(current, Optional.of(baseline), noise, settings);
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "compare 1,000 metrics (200 with 10 samples per side, 50 history points each): "
                        + "median %.2f ms, min %.2f ms, max %.2f ms over %d rounds; %d regressions, %d inconclusive%n",
                millis[rounds / 2], millis[0], millis[rounds - 1], rounds, last.count(Verdict.REGRESSION),
                last.count(Verdict.INCONCLUSIVE));
    }

    private static double[] draw(SplittableRandom random, int n, double mean) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = mean * (1 + 0.02 * random.nextGaussian());
        }
        return out;
    }
}
