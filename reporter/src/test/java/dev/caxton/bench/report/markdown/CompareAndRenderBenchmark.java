package dev.caxton.bench.report.markdown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.ComparisonSettings;
import dev.caxton.bench.compare.Comparisons;
import dev.caxton.bench.compare.NoiseHistory;
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

/**
 * The goal, measured whole: compare a run of 1,000 metrics with its baseline (50 history points per
 * metric for the noise; 200 metrics with 10 samples a side, a tenth of all shifted by 30%), then render the
 * Markdown report with 50-point trends, in one timed step. Prints the median of the warm repetitions of
 * compare, render and both. Goal: both within 200 ms.
 *
 * <pre>
 * ./mvnw -o -B -q -pl reporter -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp reporter/target/test-classes:reporter/target/classes:history/target/classes:core/target/classes:$(cat /tmp/cp.txt) \
 *     dev.caxton.bench.report.markdown.CompareAndRenderBenchmark [repetitions]
 * </pre>
 */
final class CompareAndRenderBenchmark {
    private CompareAndRenderBenchmark() {}

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SplittableRandom random = new SplittableRandom(7);
        Environment env = new Environment("bench CPU", 2, 8L << 30, "Linux", "OpenJDK", "17", List.of());
        RunInfo base = info("base", env, "2026-11-01T00:00:00Z");
        RunInfo current = info("current", env, "2026-11-02T00:00:00Z");
        List<Measurement> before = new ArrayList<>();
        List<Measurement> after = new ArrayList<>();
        Map<MetricId, List<Double>> history = new HashMap<>();
        Map<MetricId, List<Double>> trends = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            MetricId id = MetricId.of(i % 2 == 0 ? "agent" : "jmh", "bench_" + (i / 10), "metric_" + (i % 10));
            Unit unit = i % 3 == 0 ? Unit.MESSAGES_PER_SECOND : Unit.NANOSECONDS;
            double level = 1_000 + i;
            double shift = i % 10 == 0 ? (unit == Unit.NANOSECONDS ? 1.3 : 0.7) : 1.0;
            if (i < 200) {
                before.add(Measurement.ofSamples(id, unit, samples(random, level, 10)));
                after.add(Measurement.ofSamples(id, unit, samples(random, level * shift, 10)));
            } else {
                before.add(Measurement.of(id, unit, level * (1 + 0.01 * random.nextDouble())));
                after.add(Measurement.of(id, unit, level * shift * (1 + 0.01 * random.nextDouble())));
            }
            List<Double> h = new ArrayList<>();
            for (int k = 0; k < 50; k++) {
                h.add(level * (1 + 0.02 * (random.nextDouble() - 0.5)));
            }
            history.put(id, h);
            List<Double> t = new ArrayList<>(h);
            t.add(after.get(i).value());
            trends.put(id, t.subList(t.size() - 50, t.size()));
        }
        Run baseline = new Run(base, before, Map.of(), List.of());
        Run run = new Run(current, after, Map.of(), List.of());
        NoiseHistory noise = new NoiseHistory(history);
        ComparisonSettings settings = ComparisonSettings.defaults(Targets.defaults());

        for (int i = 0; i < 10; i++) {
            render(Comparisons.compare(run, Optional.of(baseline), noise, settings), trends);
        }
        long[] compare = new long[reps];
        long[] render = new long[reps];
        long[] both = new long[reps];
        int chars = 0;
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            Comparison c = Comparisons.compare(run, Optional.of(baseline), noise, settings);
            long t1 = System.nanoTime();
            chars = render(c, trends).length();
            long t2 = System.nanoTime();
            compare[i] = t1 - t0;
            render[i] = t2 - t1;
            both[i] = t2 - t0;
        }
        System.out.printf(Locale.ROOT, "1000 metrics, 50 history points, 200 with 10 samples a side: compare %.1f ms + render %.1f ms"
                + " = %.1f ms (median of %d; min of both %.1f ms); report %d chars%n",
                median(compare), median(render), median(both), reps, Arrays.stream(both).min().orElse(0) / 1e6, chars);
    }

    private static String render(Comparison c, Map<MetricId, List<Double>> trends) {
        return MarkdownReport.render(new ReportInput(c, "agent", "the previous run on main", trends,
                "./caxton-bench run", Optional.of("the job summary")), ReportOptions.defaults());
    }

    private static double[] samples(SplittableRandom random, double level, int n) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = level * (1 + 0.02 * (random.nextDouble() - 0.5));
        }
        return s;
    }

    private static RunInfo info(String id, Environment env, String at) {
        return new RunInfo(new RunId(id), Instant.parse(at), Optional.of(id.equals("base") ? "aaaa111" : "bbbb222"),
                Optional.of("main"), Optional.empty(), env, "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return (s[s.length / 2] + s[(s.length - 1) / 2]) / 2e6;
    }
}
