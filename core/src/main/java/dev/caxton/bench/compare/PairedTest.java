package dev.caxton.bench.compare;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

import dev.caxton.bench.model.ConfidenceInterval;

/**
 * The statistics of paired rounds (an interleaved A/B run: round i measured base and head back to back on one
 * machine). Each round gives one log-ratio {@code ln(head_i / base_i)}, so drifts of the machine that hit both
 * sides of a round cancel. On those: the Wilcoxon signed-rank test (exact, with average ranks for ties, up to
 * {@value #EXACT_LIMIT} rounds; normal approximation beyond), a seeded percentile-bootstrap interval of the
 * geometric-mean ratio, and the minimum detectable effect at the rounds' own noise.
 */
final class PairedTest {
    /** Up to this many rounds the signed-rank p-value is exact. */
    static final int EXACT_LIMIT = 60;
    /** The power at which the minimum detectable effect is stated. */
    static final double POWER = 0.8;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private PairedTest() {}

    /** {@code ln(head / base)} per round; empty when a value is not positive and finite (no ratio then). */
    static Optional<double[]> logRatios(double[] base, double[] head) {
        if (base.length != head.length) {
            throw new IllegalArgumentException("Paired rounds need equal counts: " + base.length + " vs " + head.length);
        }
        double[] out = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            if (!(base[i] > 0) || !(head[i] > 0) || !Double.isFinite(base[i]) || !Double.isFinite(head[i])) {
                return Optional.empty();
            }
            out[i] = Math.log(head[i] / base[i]);
        }
        return Optional.of(out);
    }

    /** The smallest number of rounds whose best possible two-sided signed-rank p-value is below {@code alpha}. */
    static int minimumRounds(double alpha) {
        int n = 1;
        while (2.0 / Math.pow(2, n) >= alpha) {
            n++;
        }
        return n;
    }

    /** The geometric-mean ratio of the rounds: {@code exp(mean(d))}. */
    static double geometricMeanRatio(double[] d) {
        return Math.exp(mean(d));
    }

    /**
     * The two-sided p-value of the Wilcoxon signed-rank test that the rounds' log-ratios centre on 0. Zero
     * differences are dropped (Wilcoxon's rule); 1 when nothing is left.
     */
    static double signedRankPValue(double[] d) {
        double[] nonZero = Arrays.stream(d).filter(x -> x != 0).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return 1.0;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(nonZero[a]), Math.abs(nonZero[b])));
        // ranks doubled, so that average ranks of ties stay integers
        int[] rank2 = new int[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && Math.abs(nonZero[order[j + 1]]) == Math.abs(nonZero[order[i]])) {
                j++;
            }
            int twiceAverage = i + 1 + j + 1; // (i+1 + j+1) / 2 ranks, doubled
            for (int k = i; k <= j; k++) {
                rank2[order[k]] = twiceAverage;
            }
            i = j + 1;
        }
        long wPlus2 = 0;
        long total2 = 0;
        for (int i = 0; i < n; i++) {
            total2 += rank2[i];
            if (nonZero[i] > 0) {
                wPlus2 += rank2[i];
            }
        }
        if (n > EXACT_LIMIT) {
            double mean = total2 / 4.0;
            double var = 0;
            for (int r : rank2) {
                var += (r / 2.0) * (r / 2.0);
            }
            var /= 4;
            double z = (Math.abs(wPlus2 / 2.0 - mean) - 0.5) / Math.sqrt(var);
            return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.max(0, z)));
        }
        // exact null distribution of W+ (doubled): each rank's sign is + or - with probability 1/2
        double[] dist = new double[(int) total2 + 1];
        dist[0] = 1;
        int reach = 0;
        for (int r : rank2) {
            for (int s = reach; s >= 0; s--) {
                if (dist[s] != 0) {
                    dist[s + r] += dist[s] / 2;
                    dist[s] /= 2;
                }
            }
            reach += r;
        }
        double meanW = total2 / 2.0;
        double distance = Math.abs(wPlus2 - meanW);
        double p = 0;
        for (int s = 0; s < dist.length; s++) {
            if (Math.abs(s - meanW) >= distance - 1e-9) {
                p += dist[s];
            }
        }
        return Math.min(1, p);
    }

    /**
     * The percentile-bootstrap interval at {@code level} of the geometric-mean ratio, resampling rounds with
     * replacement from a generator seeded with {@code seed}; empty below 100 resamples.
     */
    static Optional<ConfidenceInterval> ratioInterval(double[] d, double level, int resamples, long seed) {
        if (resamples < 100 || d.length == 0) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        int n = d.length;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
            }
            ratios[r] = Math.exp(sum / n);
        }
        Arrays.sort(ratios);
        double tail = (1 - level) / 2;
        int lo = (int) Math.floor(tail * (resamples - 1));
        int hi = (int) Math.ceil((1 - tail) * (resamples - 1));
        return Optional.of(new ConfidenceInterval(ratios[lo], ratios[hi], level));
    }

    /**
     * The smallest relative change the rounds could see: a shift of the mean log-ratio that a two-sided test at
     * {@code alpha} finds with {@value #POWER} power at the rounds' standard deviation,
     * {@code (t(1-alpha/2) + t(power)) * sd / sqrt(n)}, as a ratio minus 1. Empty below 2 rounds.
     */
    static java.util.OptionalDouble detectable(double[] d, double alpha) {
        int n = d.length;
        if (n < 2) {
            return java.util.OptionalDouble.empty();
        }
        double sd = Math.sqrt(variance(d));
        TDistribution t = new TDistribution(null, n - 1);
        double shift = (t.inverseCumulativeProbability(1 - alpha / 2) + t.inverseCumulativeProbability(POWER))
                * sd / Math.sqrt(n);
        return java.util.OptionalDouble.of(Math.expm1(shift));
    }

    /**
     * The same for two independent samples (repetitions of each side, not paired): the shift of the mean of the
     * logs at their pooled standard deviation, {@code (t + t) * sd * sqrt(1/n1 + 1/n2)}. Empty when a value is
     * not positive or a side has fewer than 2 values.
     */
    static java.util.OptionalDouble detectableTwoSample(double[] base, double[] head, double alpha) {
        if (base.length < 2 || head.length < 2) {
            return java.util.OptionalDouble.empty();
        }
        double[] lb = new double[base.length];
        double[] lh = new double[head.length];
        for (int i = 0; i < base.length; i++) {
            if (!(base[i] > 0)) {
                return java.util.OptionalDouble.empty();
            }
            lb[i] = Math.log(base[i]);
        }
        for (int i = 0; i < head.length; i++) {
            if (!(head[i] > 0)) {
                return java.util.OptionalDouble.empty();
            }
            lh[i] = Math.log(head[i]);
        }
        int df = base.length + head.length - 2;
        double pooled = ((base.length - 1) * variance(lb) + (head.length - 1) * variance(lh)) / df;
        TDistribution t = new TDistribution(null, df);
        double shift = (t.inverseCumulativeProbability(1 - alpha / 2) + t.inverseCumulativeProbability(POWER))
                * Math.sqrt(pooled) * Math.sqrt(1.0 / base.length + 1.0 / head.length);
        return java.util.OptionalDouble.of(Math.expm1(shift));
    }

    static double mean(double[] d) {
        double s = 0;
        for (double x : d) {
            s += x;
        }
        return s / d.length;
    }

    static double variance(double[] d) {
        double m = mean(d);
        double s = 0;
        for (double x : d) {
            s += (x - m) * (x - m);
        }
        return s / (d.length - 1);
    }
}
