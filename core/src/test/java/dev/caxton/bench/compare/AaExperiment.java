package dev.caxton.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.target.Targets;

/**
 * The false-alarm and detection rates of the comparison on real run files. Not a test. Run it as
 * <pre>
 * java -cp &lt;test classpath&gt; dev.caxton.bench.compare.AaExperiment [--mads=3] run1.json run2.json ...
 * java -cp &lt;test classpath&gt; dev.caxton.bench.compare.AaExperiment base1.json base2.json ... -- slow1.json ...
 * java -cp &lt;test classpath&gt; dev.caxton.bench.compare.AaExperiment --worse=0.3 run1.json run2.json ...
 * </pre>
 * The first form (A/A: runs of the same commit) compares every ordered pair with the default settings, the
 * noise history made of the other runs (oldest first, as given), and prints how many metric comparisons
 * flagged a regression or an improvement, and which. The second form compares each slowed-down run with
 * each baseline run (the history made of the other baseline runs) and prints the detection rate: how many
 * comparisons found a regression, per metric and in all. The third form is the second with synthetic
 * slowed-down runs: the given runs with every value (and sample) made worse by the fraction in its own
 * direction.
 */
final class AaExperiment {
    private static double mads = 3;

    private AaExperiment() {}

    private static ComparisonSettings settings() {
        ComparisonSettings d = ComparisonSettings.defaults(Targets.defaults());
        return new ComparisonSettings(d.thresholds(), d.targets(), d.alpha(), d.bootstrapResamples(), d.seed(), mads);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("--mads=")) {
            mads = Double.parseDouble(args[0].substring("--mads=".length()));
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length > 0 && args[0].startsWith("--worse=")) {
            double worse = Double.parseDouble(args[0].substring("--worse=".length()));
            List<Run> runs = read(List.of(args).subList(1, args.length));
            List<Run> slowed = new ArrayList<>();
            for (Run r : runs) {
                slowed.add(worsen(r, worse));
            }
            detection(runs, slowed);
            return;
        }
        int split = List.of(args).indexOf("--");
        if (split < 0) {
            aa(read(List.of(args)));
        } else {
            detection(read(List.of(args).subList(0, split)), read(List.of(args).subList(split + 1, args.length)));
        }
    }

    /** The run with every value made worse by {@code fraction} in its own direction (a synthetic regression). */
    static Run worsen(Run run, double fraction) {
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : run.measurements()) {
            double f = m.direction() == dev.caxton.bench.model.Direction.HIGHER_IS_BETTER ? 1 / (1 + fraction) : 1 + fraction;
            out.add(new Measurement(m.id(), m.unit(), m.direction(), m.value() * f, m.stats(),
                    m.samples().stream().map(v -> v * f).toList()));
        }
        return new Run(run.info(), out, run.histograms(), run.failures());
    }

    private static List<Run> read(List<String> files) {
        List<Run> runs = new ArrayList<>();
        for (String f : files) {
            runs.add(RunFiles.read(Path.of(f)));
        }
        return runs;
    }

    /** The values of each metric in {@code runs} except the one at {@code skip}, in the order given. */
    static NoiseHistory history(List<Run> runs, int skipA, int skipB) {
        Map<MetricId, List<Double>> values = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            if (i == skipA || i == skipB) {
                continue;
            }
            for (Measurement m : runs.get(i).measurements()) {
                values.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m.value());
            }
        }
        return new NoiseHistory(values);
    }

    private static void aa(List<Run> runs) {
        ComparisonSettings settings = settings();
        int compared = 0;
        int regressions = 0;
        int improvements = 0;
        int inconclusive = 0;
        Map<Evidence, Integer> byEvidence = new TreeMap<>();
        Map<Evidence, Integer> flaggedByEvidence = new TreeMap<>();
        List<String> flagged = new ArrayList<>();
        for (int b = 0; b < runs.size(); b++) {
            for (int c = 0; c < runs.size(); c++) {
                if (b == c) {
                    continue;
                }
                // the history is the baseline branch's past: every run but the current one
                Comparison cmp = Comparisons.compare(runs.get(c), Optional.of(runs.get(b)), history(runs, c, -1), settings);
                for (MetricComparison m : cmp.metrics()) {
                    if (m.verdict() == Verdict.NEW || m.verdict() == Verdict.MISSING) {
                        continue;
                    }
                    compared++;
                    byEvidence.merge(m.evidence(), 1, Integer::sum);
                    switch (m.verdict()) {
                        case REGRESSION -> regressions++;
                        case IMPROVEMENT -> improvements++;
                        case INCONCLUSIVE -> inconclusive++;
                        default -> { }
                    }
                    if (m.verdict() == Verdict.REGRESSION || m.verdict() == Verdict.IMPROVEMENT) {
                        flaggedByEvidence.merge(m.evidence(), 1, Integer::sum);
                        flagged.add(String.format(Locale.ROOT, "  %s vs %s  %-11s %s: %s", cmp.current().runId(),
                                runs.get(b).info().runId(), m.verdict().label(), m.id(), m.reason()));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "A/A: %d runs, %d ordered pairs, %d metric comparisons (by evidence %s)%n",
                runs.size(), runs.size() * (runs.size() - 1), compared, byEvidence);
        System.out.printf(Locale.ROOT, "flagged regression: %d (%.2f%%), improvement: %d (%.2f%%), together %.2f%%; "
                        + "inconclusive: %d (%.2f%%)%n", regressions, pct(regressions, compared), improvements,
                pct(improvements, compared), pct(regressions + improvements, compared), inconclusive,
                pct(inconclusive, compared));
        System.out.println("flagged by evidence: " + flaggedByEvidence + " (noise MADs " + mads + ")");
        flagged.forEach(System.out::println);
    }

    private static void detection(List<Run> baselines, List<Run> slowed) {
        ComparisonSettings settings = settings();
        Map<MetricId, int[]> perMetric = new TreeMap<>();
        int compared = 0;
        int found = 0;
        for (int b = 0; b < baselines.size(); b++) {
            NoiseHistory noise = history(baselines, -1, -1);
            for (Run s : slowed) {
                Comparison cmp = Comparisons.compare(s, Optional.of(baselines.get(b)), noise, settings);
                for (MetricComparison m : cmp.metrics()) {
                    if (m.verdict() == Verdict.NEW || m.verdict() == Verdict.MISSING) {
                        continue;
                    }
                    int[] counts = perMetric.computeIfAbsent(m.id(), k -> new int[4]);
                    counts[0]++;
                    compared++;
                    switch (m.verdict()) {
                        case REGRESSION -> { counts[1]++; found++; }
                        case IMPROVEMENT -> counts[2]++;
                        case INCONCLUSIVE -> counts[3]++;
                        default -> { }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "detection: %d baseline runs x %d slowed runs, %d metric comparisons, "
                + "regressions found in %d (%.1f%%)%n", baselines.size(), slowed.size(), compared, found, pct(found, compared));
        System.out.println("  regression improvement inconclusive / comparisons  metric");
        perMetric.forEach((id, c) -> System.out.printf(Locale.ROOT, "  %10d %11d %12d / %d  %s%n", c[1], c[2], c[3], c[0], id));
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
