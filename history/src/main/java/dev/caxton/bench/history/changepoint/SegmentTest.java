package dev.caxton.bench.history.changepoint;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Welch's two-sample t-test between two adjacent segments {@code [from, split)} and
 * {@code [split, to)} of a series, on the values or on their ranks within {@code [from, to)}.
 * The rank form (the rank-transform t-test of Conover and Iman) keeps its power under skewed noise
 * and is not fooled by a few spikes; on normal noise it loses little.
 */
final class SegmentTest {
    private static final double TRIM = 0.2;

    private SegmentTest() {}

    /** The two-sided p-value that both segments share one mean. */
    static double pValue(double[] x, int from, int split, int to, boolean ranks) {
        double[] values = ranks ? ranks(x, from, to) : Arrays.copyOfRange(x, from, to);
        int mid = split - from;
        return welch(values, 0, mid, values.length);
    }

    /** Mean of {@code x[from, to)}. */
    static double mean(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }

    /** Mean of {@code x[from, to)} without its lowest and highest 20% (the same count from each end). */
    static double trimmedMean(double[] x, int from, int to) {
        double[] sorted = Arrays.copyOfRange(x, from, to);
        Arrays.sort(sorted);
        int cut = (int) (TRIM * sorted.length);
        return mean(sorted, cut, sorted.length - cut);
    }

    private static double welch(double[] v, int from, int split, int to) {
        int n1 = split - from;
        int n2 = to - split;
        double m1 = mean(v, from, split);
        double m2 = mean(v, split, to);
        double s1 = variance(v, from, split, m1) / n1;
        double s2 = variance(v, split, to, m2) / n2;
        double se2 = s1 + s2;
        if (se2 <= 0) {
            // Both segments are constant: they differ for sure or not at all.
            return m1 == m2 ? 1.0 : 0.0;
        }
        double t = Math.abs(m1 - m2) / Math.sqrt(se2);
        double df = se2 * se2 / (s1 * s1 / (n1 - 1) + s2 * s2 / (n2 - 1));
        double p = 2 * new TDistribution(null, df).cumulativeProbability(-t);
        return Math.min(1.0, Math.max(0.0, p));
    }

    private static double variance(double[] v, int from, int to, double mean) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double d = v[i] - mean;
            sum += d * d;
        }
        return sum / (to - from - 1);
    }

    /** Mid-ranks (1-based; ties share their average rank) of {@code x[from, to)}. */
    static double[] ranks(double[] x, int from, int to) {
        double[] sorted = Arrays.copyOfRange(x, from, to);
        Arrays.sort(sorted);
        double[] rank = new double[to - from];
        for (int i = from; i < to; i++) {
            int first = firstAtLeast(sorted, x[i]);
            int last = firstAbove(sorted, x[i]) - 1;
            rank[i - from] = (first + last) / 2.0 + 1;
        }
        return rank;
    }

    private static int firstAtLeast(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
