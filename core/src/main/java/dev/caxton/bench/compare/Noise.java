package dev.caxton.bench.compare;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Run-to-run noise of a metric's recent history: the median absolute deviation, scaled to a standard deviation. */
final class Noise {
    /** The factor that makes the MAD of normal data an estimate of its standard deviation. */
    static final double MAD_SCALE = 1.4826;
    /** Fewer history points than this: no noise estimate. */
    static final int MIN_POINTS = 3;

    private Noise() {}

    /** {@code 1.4826 * MAD} of the finite values; empty with fewer than {@link #MIN_POINTS} of them. */
    static OptionalDouble of(List<Double> history) {
        double[] v = SampleTest.finite(history);
        if (v.length < MIN_POINTS) {
            return OptionalDouble.empty();
        }
        double median = median(v);
        double[] dev = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            dev[i] = Math.abs(v[i] - median);
        }
        return OptionalDouble.of(MAD_SCALE * median(dev));
    }

    /** The number of finite values. */
    static int points(List<Double> history) {
        return SampleTest.finite(history).length;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
