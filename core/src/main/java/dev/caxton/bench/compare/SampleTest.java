package dev.caxton.bench.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

import dev.caxton.bench.model.ConfidenceInterval;

/**
 * The statistics of two samples: the two-sided Mann-Whitney U test (commons-math3, normal approximation)
 * and a seeded percentile-bootstrap interval of the ratio current over baseline (of the means, or of the
 * medians when the reported values are medians).
 */
final class SampleTest {
    /** Fewer samples than this on either side: no test. */
    static final int MIN_SAMPLES = 3;

    private SampleTest() {}

    /** The finite values of a sample list. */
    static double[] finite(List<Double> samples) {
        double[] out = new double[samples.size()];
        int n = 0;
        for (Double d : samples) {
            if (d != null && Double.isFinite(d)) {
                out[n++] = d;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * The smallest two-sided p-value the test can give for samples of these sizes (complete separation).
     * When it is not below alpha the samples cannot show a change, however large: 3 against 3 give at
     * best 0.05, 4 against 4 0.021, 5 against 5 0.009. The comparison then does not rest on them.
     */
    static double smallestPValue(int n1, int n2) {
        double product = (double) n1 * n2;
        double z = (product / 2) / Math.sqrt(product * (n1 + n2 + 1) / 12.0);
        return 2 * STANDARD_NORMAL.cumulativeProbability(-z);
    }

    private static final org.apache.commons.math3.distribution.NormalDistribution STANDARD_NORMAL =
            new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);

    /** The two-sided p-value of the Mann-Whitney U test; 1 when every value on both sides is equal. */
    static double pValue(double[] baseline, double[] current) {
        if (allEqual(baseline, current)) {
            return 1.0;
        }
        return new MannWhitneyUTest().mannWhitneyUTest(baseline, current);
    }

    private static boolean allEqual(double[] a, double[] b) {
        double v = a[0];
        for (double x : a) {
            if (x != v) {
                return false;
            }
        }
        for (double x : b) {
            if (x != v) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the reported values are medians of their samples rather than means (our own repetitions
     * report the median, JMH and {@code Measurement.ofSamples} the mean): the bootstrap then resamples
     * the ratio of medians, so that its interval brackets the ratio of the reported values.
     */
    static boolean reportsMedians(double baselineValue, double[] baseline, double currentValue, double[] current) {
        return closerToMedian(baselineValue, baseline) && closerToMedian(currentValue, current);
    }

    private static boolean closerToMedian(double value, double[] samples) {
        double mean = 0;
        for (double s : samples) {
            mean += s;
        }
        mean /= samples.length;
        return Math.abs(value - Noise.median(samples)) < Math.abs(value - mean);
    }

    /**
     * The percentile-bootstrap interval at {@code level} of {@code centre(current) / centre(baseline)},
     * where the centre is the median or the mean, both sides resampled with replacement, from a generator
     * seeded with {@code seed}. Empty when a baseline value is not positive (the ratio would not be
     * meaningful) or {@code resamples} is below 100.
     */
    static Optional<ConfidenceInterval> ratioInterval(double[] baseline, double[] current, boolean medians, double level,
                                                      int resamples, long seed) {
        if (resamples < 100) {
            return Optional.empty();
        }
        for (double b : baseline) {
            if (!(b > 0)) {
                return Optional.empty();
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        double[] bBuf = new double[baseline.length];
        double[] cBuf = new double[current.length];
        for (int r = 0; r < resamples; r++) {
            double cb = centre(baseline, bBuf, medians, random);
            double cc = centre(current, cBuf, medians, random);
            ratios[r] = cc / cb;
        }
        Arrays.sort(ratios);
        double tail = (1 - level) / 2;
        int lo = (int) Math.floor(tail * (resamples - 1));
        int hi = (int) Math.ceil((1 - tail) * (resamples - 1));
        return Optional.of(new ConfidenceInterval(ratios[lo], ratios[hi], level));
    }

    /** The mean or median of one resample of {@code values}, drawn into {@code buffer}. */
    private static double centre(double[] values, double[] buffer, boolean median, SplittableRandom random) {
        int n = values.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = values[random.nextInt(n)];
            buffer[i] = v;
            sum += v;
        }
        if (!median) {
            return sum / n;
        }
        Arrays.sort(buffer);
        return n % 2 == 1 ? buffer[n / 2] : (buffer[n / 2 - 1] + buffer[n / 2]) / 2;
    }
}
