package dev.caxton.bench.suite.agent;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds whether repeated throughput samples fall into two distinct regimes, as a runtime does when its
 * workers sometimes park and must be woken (slow) and sometimes are kept busy by a backlog (fast).
 * Averaging such samples reports a number no repetition ever showed, so the benchmark reports the
 * median and, when there are two regimes, each regime on its own.
 *
 * <p>The test: sort the samples and split them at the largest gap between neighbours. The samples are
 * bimodal when each side holds at least two samples, the high side's median is more than
 * {@value #MIN_RATIO} times the low side's, and the gap is wider than the spread within either side
 * (so a long smooth tail does not count as a second regime).
 */
final class Regimes {
    static final double MIN_RATIO = 2.0;

    /** One regime: its samples (sorted) and their median. */
    record Regime(double[] samples, double median) {}

    /** The two regimes of bimodal samples. */
    record Split(Regime low, Regime high) {}

    private Regimes() {}

    /** The two regimes, or empty when the samples form one. */
    static Optional<Split> detect(double[] samples) {
        if (samples.length < 4) {
            return Optional.empty();
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int cut = 1;
        double widest = -1;
        for (int i = 1; i < s.length; i++) {
            double gap = s[i] - s[i - 1];
            if (gap > widest) {
                widest = gap;
                cut = i;
            }
        }
        if (cut < 2 || s.length - cut < 2) {
            return Optional.empty();
        }
        double[] low = Arrays.copyOfRange(s, 0, cut);
        double[] high = Arrays.copyOfRange(s, cut, s.length);
        double lowMedian = median(low);
        double highMedian = median(high);
        double spread = Math.max(low[low.length - 1] - low[0], high[high.length - 1] - high[0]);
        boolean separated = lowMedian > 0 ? highMedian > MIN_RATIO * lowMedian : highMedian > 0;
        if (!separated || widest <= spread) {
            return Optional.empty();
        }
        return Optional.of(new Split(new Regime(low, lowMedian), new Regime(high, highMedian)));
    }

    static double median(double[] samples) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
