package dev.caxton.bench.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Run-to-run noise of a metric's recent history: a robust estimate of its standard deviation and its
 * median.
 *
 * <p>The estimate is {@code 1.4826 × MAD} (the median absolute deviation, scaled to a standard deviation
 * for normal data). With fewer than {@link #FEW_POINTS} points it is at least {@code range / d(n)}, the
 * range of the points divided by the expected range of {@code n} standard normal values: the MAD of a
 * handful of values is close to zero whenever most of them agree, and it does not see a metric's second
 * mode (a benchmark that runs either fast or slow), which the range does. An A/A experiment on real runs
 * showed the MAD alone flagging 14% of metrics with 4 history points, the floored estimate 3%.
 */
record Noise(double sigma, double median, int points) {
    /** The factor that makes the MAD of normal data an estimate of its standard deviation. */
    static final double MAD_SCALE = 1.4826;
    /** Fewer history points than this: no noise estimate. */
    static final int MIN_POINTS = 3;
    /** Below this many points the range floors the estimate. */
    static final int FEW_POINTS = 10;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** The noise of the finite values; empty with fewer than {@link #MIN_POINTS} of them. */
    static Optional<Noise> of(List<Double> history) {
        double[] v = SampleTest.finite(history);
        int n = v.length;
        if (n < MIN_POINTS) {
            return Optional.empty();
        }
        double median = median(v);
        double[] dev = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(v[i] - median);
            min = Math.min(min, v[i]);
            max = Math.max(max, v[i]);
        }
        double sigma = MAD_SCALE * median(dev);
        if (n < FEW_POINTS) {
            sigma = Math.max(sigma, (max - min) / expectedRange(n));
        }
        return Optional.of(new Noise(sigma, median, n));
    }

    /** The expected range of {@code n} standard normal values (Blom's approximation, within 5% from n = 2). */
    static double expectedRange(int n) {
        return 2 * STANDARD_NORMAL.inverseCumulativeProbability((n - 0.375) / (n + 0.25));
    }

    /**
     * How many times {@code sigma} a new value must lie from the history to count as beyond the noise,
     * for a history of {@code points} values: {@code noiseMads} for a noise known exactly, widened into a
     * prediction bound because it was estimated from few points — Student's t with {@code points - 1}
     * degrees of freedom at the same one-sided level as {@code noiseMads} has under the normal
     * distribution, times {@code sqrt(1 + 1 / points)}. For 3 MADs: 10.0 with 4 points, 5.6 with 7, 3.9
     * with 20, 3.3 with 50.
     */
    static double limit(double noiseMads, int points) {
        double level = STANDARD_NORMAL.cumulativeProbability(noiseMads);
        double t = new TDistribution(null, points - 1).inverseCumulativeProbability(level);
        return t * Math.sqrt(1 + 1.0 / points);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
