package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.history.changepoint.ChangePointDetector.Options;
import dev.caxton.bench.history.changepoint.Scorer.Counts;
import dev.caxton.bench.history.changepoint.Scorer.Report;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Series;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the precision, recall, F1 and false-positive rate of the change-point detector and of the
 * github-action-benchmark 200% rule on the seeded synthetic corpus. From the repository root:
 * <pre>
 * ./mvnw -B -q -pl history -am test-compile
 * java -cp "history/target/test-classes:history/target/classes:core/target/classes:$(ls ~/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar)" \
 *     dev.caxton.bench.history.changepoint.Score [seed [seriesPerCell [noChangeSeriesPerModel]]]
 * </pre>
 * Defaults: seed 20261126, 20 series per (noise model, magnitude), 50 no-change series per noise
 * model: 700 change series and 350 no-change series.
 */
final class Score {
    static final long DEFAULT_SEED = 20261126L;

    private Score() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED;
        int perCell = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int noChange = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<Series> corpus = SyntheticCorpus.generate(seed, perCell, noChange);
        System.out.println("Detector defaults: " + Options.defaults());
        System.out.printf(Locale.ROOT, "Corpus: seed %d, %d series (%d per noise model and magnitude, %d no-change per"
                + " noise model), tolerance +-%d points%n%n", seed, corpus.size(), perCell, noChange, Scorer.TOLERANCE);
        List<SeriesDetector> detectors = List.of(
                SeriesDetector.of("caxton defaults", new ChangePointDetector()),
                SeriesDetector.of("caxton defaults, t-test on values instead of ranks",
                        new ChangePointDetector(Options.defaults(), false,
                                ChangePointDetector.CANDIDATE_SIGNIFICANCE)),
                new RatioRule(2.0));
        List<Report> reports = detectors.stream().map(d -> Scorer.score(corpus, d)).toList();
        reports.forEach(Score::print);
        System.out.println("== summary");
        System.out.printf(Locale.ROOT, "%-60s %9s %9s %9s %6s%n", "detector", "F1 >=3sd", "F1 all", "precision",
                "FPR");
        for (Report r : reports) {
            System.out.printf(Locale.ROOT, "%-60s %9.3f %9.3f %9.3f %5.1f%%%n", r.detector(), r.atLeast(3).f1(),
                    r.overall().f1(), r.overall().precision(), 100 * r.falsePositiveRate());
        }
    }

    static void print(Report report) {
        System.out.println("== " + report.detector());
        System.out.printf(Locale.ROOT, "%-44s %5s %5s %5s %9s %6s %6s%n", "bucket", "TP", "FP", "FN", "precision",
                "recall", "F1");
        for (Map.Entry<Double, Counts> e : report.byMagnitude().entrySet()) {
            row("step " + fmt(e.getKey()) + " sd", e.getValue());
        }
        row("steps >= 3 sd", report.atLeast(3));
        for (Map.Entry<NoiseModel, Counts> e : report.byNoise().entrySet()) {
            row(e.getKey().label(), e.getValue());
        }
        row("overall (incl. no-change series)", report.overall());
        System.out.printf(Locale.ROOT, "no-change series with any detection: %d of %d = %.1f%% %s%n%n",
                report.noChangeFlagged(), report.noChangeSeries(), 100 * report.falsePositiveRate(),
                report.flaggedByNoise());
    }

    private static void row(String bucket, Counts c) {
        System.out.printf(Locale.ROOT, "%-44s %5d %5d %5d %9.3f %6.3f %6.3f%n", bucket, c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.precision(), c.recall(), c.f1());
    }

    private static String fmt(double magnitude) {
        return magnitude == Math.rint(magnitude) ? Long.toString((long) magnitude) : Double.toString(magnitude);
    }
}
