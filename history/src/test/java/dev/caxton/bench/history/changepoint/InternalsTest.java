package dev.caxton.bench.history.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class InternalsTest {

    @Test
    void theBestSplitMatchesABruteForceEDivisiveStatistic() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            int length = 12 + random.nextInt(30);
            double[] x = new double[length];
            for (int i = 0; i < length; i++) {
                x[i] = random.nextGaussian() + (i > length / 3 ? random.nextInt(3) : 0);
            }
            int from = random.nextInt(3);
            int to = length - random.nextInt(3);

            EDivisive.Split split = EDivisive.bestSplit(x, from, to, 3);

            int best = -1;
            double bestQ = Double.NEGATIVE_INFINITY;
            for (int s = from + 3; s <= to - 3; s++) {
                double q = bruteForceQ(x, from, s, to);
                if (q > bestQ) {
                    bestQ = q;
                    best = s;
                }
            }
            assertThat(split.index()).isEqualTo(best);
            assertThat(split.q()).isCloseTo(bestQ, within(1e-9 * Math.max(1, Math.abs(bestQ))));
        }
    }

    private static double bruteForceQ(double[] x, int from, int split, int to) {
        int m = split - from;
        int n = to - split;
        double between = 0;
        for (int i = from; i < split; i++) {
            for (int j = split; j < to; j++) {
                between += Math.abs(x[i] - x[j]);
            }
        }
        double left = 0;
        for (int i = from; i < split; i++) {
            for (int k = i + 1; k < split; k++) {
                left += Math.abs(x[i] - x[k]);
            }
        }
        double right = 0;
        for (int j = split; j < to; j++) {
            for (int k = j + 1; k < to; k++) {
                right += Math.abs(x[j] - x[k]);
            }
        }
        double e = 2 * between / (m * n) - left / (m * (m - 1) / 2.0) - right / (n * (n - 1) / 2.0);
        return (double) m * n / (m + n) * e;
    }

    @Test
    void aRangeTooShortHasNoSplit() {
        assertThat(EDivisive.bestSplit(new double[9], 0, 9, 5).index()).isEqualTo(-1);
    }

    @Test
    void theValueTestIsWelchsTTest() {
        Random random = new Random(5);
        double[] x = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian() * (i < 25 ? 1 : 3) + (i < 25 ? 0 : 1);
        }

        double expected = new TTest().tTest(Arrays.copyOfRange(x, 0, 25), Arrays.copyOfRange(x, 25, 60));

        assertThat(SegmentTest.pValue(x, 0, 25, 60, false)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void ranksAreMidRanksWithTiesSharingTheirAverage() {
        assertThat(SegmentTest.ranks(new double[] {9, 3, 5, 3, 1, 7}, 1, 6)).containsExactly(2.5, 4, 2.5, 1, 5);
    }

    @Test
    void theRankTestShrugsOffASpike() {
        double[] x = new double[40];
        Random random = new Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 + random.nextGaussian();
        }
        x[25] = 10_000;

        assertThat(SegmentTest.pValue(x, 0, 25, 40, true)).isGreaterThan(0.01);
    }

    @Test
    void theRobustNoiseOfQuantisedValuesIsNotZero() {
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 10 == 0 ? 11 : 10;
        }

        assertThat(ChangePointDetector.robustNoise(x)).isPositive();
    }

    @Test
    void theRobustNoiseIgnoresStepsAndSpikes() {
        double[] x = new double[400];
        Random random = new Random(9);
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 + 2 * random.nextGaussian() + (i >= 200 ? 50 : 0) + (i % 50 == 7 ? 500 : 0);
        }

        assertThat(ChangePointDetector.robustNoise(x)).isCloseTo(2, within(0.3));
    }
}
