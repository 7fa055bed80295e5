package dev.caxton.bench.suite.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a round of {@code recovery_time} reads the bucket rates after the poisoning. */
class RecoveryTimeBenchmarkTest {
    private static final double BASELINE = 1_000;

    private static int firstRecovered(double... rates) {
        return RecoveryTimeBenchmark.firstRecoveredBucket(rates, 0, rates.length, BASELINE);
    }

    @Test
    void aRoundWhoseThroughputNeverFellIsUndetectedAndCountsTheDetectionWindowNotZero() {
        assertThat(firstRecovered(1_000, 990, 1_010, 1_000)).isZero();
        assertThat(RecoveryTimeBenchmark.DETECTION_WINDOW_MILLIS)
                .isEqualTo(RecoveryTimeBenchmark.WINDOW_BUCKETS * RecoveryTimeBenchmark.BUCKET_MILLIS)
                .isPositive();
    }

    @Test
    void aRoundThatDroppedRecoversAtTheFirstWindowBackAtTheRecoveredFraction() {
        assertThat(firstRecovered(1_000, 500, 500, 1_000, 1_000, 1_000, 1_000)).isEqualTo(3);
        assertThat(firstRecovered(0, 0, 1_000, 1_000, 960)).isEqualTo(2);
    }

    @Test
    void aRoundThatNeverGetsBackIsNotRecovered() {
        assertThat(firstRecovered(500, 600, 700, 800, 900, 900)).isEqualTo(-1);
        assertThat(firstRecovered(1_000, 1_000)).as("fewer buckets than one window").isEqualTo(-1);
    }

    @Test
    void onlyWindowsEndingAfterTheFirstBucketAskedForAreRead() {
        double[] rates = {1_000, 1_000, 1_000, 100, 100, 100};
        assertThat(RecoveryTimeBenchmark.firstRecoveredBucket(rates, 3, 6, BASELINE)).isEqualTo(-1);
    }
}
