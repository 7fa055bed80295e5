package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.history.changepoint.ChangePointDetector.Options;
import dev.caxton.bench.history.changepoint.Scorer.Report;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints how the figures move with the options (significance, noise floor, window), on two seeded
 * corpora with 150 no-change series per noise model (1,050 per corpus, so the false-positive rate
 * is measured to about 0.1%). The defaults were chosen from this grid; run it like {@link Score},
 * with {@code Tune [seed]}.
 */
final class Tune {
    private Tune() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 7;
        List<Series> corpus = new ArrayList<>(SyntheticCorpus.generate(seed, 20, 150));
        corpus.addAll(SyntheticCorpus.generate(seed + 1, 20, 150));
        System.out.printf(Locale.ROOT, "%8s %6s %6s  %9s %7s %7s %7s %6s %s%n", "p", "floor", "window", "F1>=3sd",
                "F1 1sd", "F1 2sd", "F1 all", "FPR", "flagged");
        for (double significance : new double[] {1e-3, 1e-4, 2e-5}) {
            for (double floor : new double[] {0, 0.5, 1.0}) {
                for (int window : new int[] {40, 60, 100}) {
                    Options options = Options.defaults().withSignificance(significance).withMinNoiseMultiple(floor)
                            .withWindowSize(window);
                    Report r = Scorer.score(corpus, SeriesDetector.of("", new ChangePointDetector(options)));
                    System.out.printf(Locale.ROOT, "%8.0e %6.2f %6d  %9.3f %7.3f %7.3f %7.3f %5.2f%% %d of %d%n",
                            significance, floor, window, r.atLeast(3).f1(), r.byMagnitude().get(1.0).f1(),
                            r.byMagnitude().get(2.0).f1(), r.overall().f1(), 100 * r.falsePositiveRate(),
                            r.noChangeFlagged(), r.noChangeSeries());
                }
            }
        }
    }
}
