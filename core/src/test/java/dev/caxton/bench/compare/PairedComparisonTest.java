package dev.caxton.bench.compare;

import static dev.caxton.bench.compare.CompareFixtures.P99;
import static dev.caxton.bench.compare.CompareFixtures.THROUGHPUT;
import static dev.caxton.bench.compare.CompareFixtures.normal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Runs;
import dev.caxton.bench.model.Unit;

/**
 * Paired rounds, as {@code caxton-bench ab} measures them: a slowdown in every round is a regression with its
 * interval and detectable effect; identical sides are not; too few rounds say how many are needed; more rounds
 * see smaller changes. Rounds share a machine-wide drift (round i's factor hits both sides), which the pairing
 * cancels and a two-sample comparison would not.
 */
class PairedComparisonTest {
    static final ComparisonSettings SETTINGS = CompareFixtures.settings();

    /** Rounds of throughput around {@code mean} x {@code factor}, with a drift shared by both sides of a round. */
    static List<Run> rounds(String side, int n, double factor, long seed, long driftSeed) {
        double[] drift = normal(driftSeed, n, 1, 0.2);  // the machine: +-20% from round to round
        double[] own = normal(seed, n, 1, 0.02);        // the side's own noise: +-2%
        double[] latency = normal(seed + 1, n, 1, 0.02);
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Run(CompareFixtures.info(side + "-" + i), List.of(
                    Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 1e6 * factor * Math.abs(drift[i]) * own[i]),
                    Measurement.of(P99, Unit.MICROSECONDS, 50 / factor * Math.abs(drift[i]) * latency[i])),
                    Map.of(), List.of()));
        }
        return out;
    }

    static MetricComparison metric(Comparison c, Object id) {
        return c.metrics().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aThirtyPercentSlowdownInEveryRoundIsARegressionWithItsIntervalAndDetectableEffect() {
        Comparison c = Comparisons.paired(rounds("base", 10, 1.0, 1, 99), rounds("head", 10, 0.7, 2, 99), SETTINGS);

        MetricComparison throughput = metric(c, THROUGHPUT);
        assertThat(throughput.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(throughput.evidence()).isEqualTo(Evidence.PAIRED);
        assertThat(throughput.relativeChange().getAsDouble()).isCloseTo(-0.3, within(0.03));
        assertThat(throughput.ratioInterval()).get().satisfies(ci -> assertThat(ci.upper()).isLessThan(1));
        assertThat(throughput.pValue().getAsDouble()).isLessThan(0.01);
        assertThat(throughput.detectable().getAsDouble()).isBetween(SETTINGS.thresholds().threshold("x"), 0.1);
        assertThat(throughput.reason()).contains("10 paired rounds").contains("signed-rank p = 0.002")
                .contains("CI of the ratio");
        assertThat(metric(c, P99).verdict()).isEqualTo(Verdict.REGRESSION); // latency up by 1/0.7
        assertThat(c.regressions()).hasSize(2);
        assertThat(c.medianDetectable()).isPresent();
    }

    @Test
    void identicalSidesAreNoRegressionAndSayWhatTheyCouldHaveSeen() {
        Comparison c = Comparisons.paired(rounds("base", 10, 1.0, 1, 99), rounds("head", 10, 1.0, 2, 99), SETTINGS);

        assertThat(c.regressions()).isEmpty();
        assertThat(c.improvements()).isEmpty();
        MetricComparison throughput = metric(c, THROUGHPUT);
        assertThat(throughput.verdict()).isIn(Verdict.NO_CHANGE, Verdict.INCONCLUSIVE);
        assertThat(throughput.detectable()).isPresent();
        assertThat(c.countDetectable()).isEqualTo(2);
    }

    @Test
    void aTwoSampleComparisonOfTheSameRoundsCannotSeeWhatThePairingSees() {
        List<Run> base = rounds("base", 10, 1.0, 1, 99);
        List<Run> head = rounds("head", 10, 0.85, 2, 99);

        MetricComparison paired = metric(Comparisons.paired(base, head, SETTINGS), THROUGHPUT);
        MetricComparison pooled = metric(Comparisons.compare(Runs.pool(head), java.util.Optional.of(Runs.pool(base)),
                NoiseHistory.empty(), SETTINGS), THROUGHPUT);

        assertThat(paired.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(pooled.evidence()).isEqualTo(Evidence.SAMPLES);
        assertThat(pooled.verdict()).isNotEqualTo(Verdict.REGRESSION);
        assertThat(pooled.detectable().getAsDouble()).isGreaterThan(paired.detectable().getAsDouble() * 2);
    }

    @Test
    void tooFewRoundsAreInconclusiveAndSayHowManyAreNeeded() {
        Comparison c = Comparisons.paired(rounds("base", 5, 1.0, 1, 99), rounds("head", 5, 0.5, 2, 99), SETTINGS);

        MetricComparison throughput = metric(c, THROUGHPUT);
        assertThat(throughput.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(throughput.reason()).contains("5 rounds cannot reach p < 0.01").contains("needs at least 8");
        assertThat(Comparisons.minimumPairedRounds(0.01)).isEqualTo(8);
        assertThat(Comparisons.minimumPairedRounds(0.05)).isEqualTo(6);
    }

    @Test
    void moreRoundsSeeSmallerChanges() {
        double at8 = metric(Comparisons.paired(rounds("b", 8, 1, 1, 7), rounds("h", 8, 1, 2, 7), SETTINGS), THROUGHPUT)
                .detectable().getAsDouble();
        double at40 = metric(Comparisons.paired(rounds("b", 40, 1, 1, 7), rounds("h", 40, 1, 2, 7), SETTINGS),
                THROUGHPUT).detectable().getAsDouble();
        ComparisonSettings noThreshold = new ComparisonSettings(SETTINGS.thresholds().withThreshold("*", 0.001),
                SETTINGS.targets(), SETTINGS.alpha(), SETTINGS.bootstrapResamples(), SETTINGS.seed(), SETTINGS.noiseMads());
        double raw8 = metric(Comparisons.paired(rounds("b", 8, 1, 1, 7), rounds("h", 8, 1, 2, 7), noThreshold),
                THROUGHPUT).detectable().getAsDouble();
        double raw40 = metric(Comparisons.paired(rounds("b", 40, 1, 1, 7), rounds("h", 40, 1, 2, 7), noThreshold),
                THROUGHPUT).detectable().getAsDouble();

        assertThat(at40).isLessThanOrEqualTo(at8);
        assertThat(raw40).isLessThan(raw8 * 0.6);
    }

    @Test
    void theSignedRankTestIsExactWithTiesAndZeros() {
        assertThat(PairedTest.signedRankPValue(new double[] {1, 2, 3, 4, 5})).isCloseTo(2.0 / 32, within(1e-12));
        assertThat(PairedTest.signedRankPValue(new double[] {1, 2, 3, 4, 5, 6, 7, 8})).isCloseTo(2.0 / 256, within(1e-12));
        assertThat(PairedTest.signedRankPValue(new double[] {0, 0, 0})).isEqualTo(1.0);
        // zeros dropped: as {1, 2, 3}
        assertThat(PairedTest.signedRankPValue(new double[] {0, 1, 2, 3})).isCloseTo(2.0 / 8, within(1e-12));
        // ties: |d| = 1, 1 share rank 1.5; W+ = 1.5 + 3 of {1.5, 1.5, 3}; the 8 sign patterns give W+ of
        // 0, 1.5, 1.5, 3, 3, 4.5, 4.5, 6 (mean 3): |W+ - 3| >= 1.5 in 6 of 8
        assertThat(PairedTest.signedRankPValue(new double[] {1, -1, 2})).isCloseTo(6.0 / 8, within(1e-12));
        // symmetric: the sign of every difference flipped gives the same p
        double[] d = normal(5, 20, 0.1, 1);
        double[] flipped = java.util.Arrays.stream(d).map(x -> -x).toArray();
        assertThat(PairedTest.signedRankPValue(flipped)).isCloseTo(PairedTest.signedRankPValue(d), within(1e-12));
    }

    @Test
    void roundsArePooledAsTheirGeometricMeanWithTheRoundsAsSamples() {
        Run pooled = Runs.pool(List.of(
                CompareFixtures.run("r1", Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 100)),
                CompareFixtures.run("r2", Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 400))));

        Measurement m = pooled.measurements().get(0);
        assertThat(m.value()).isCloseTo(200, within(1e-9));
        assertThat(m.samples()).containsExactly(100.0, 400.0);
        assertThatThrownBy(() -> Runs.pool(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Comparisons.paired(List.of(pooled), List.of(), SETTINGS))
                .hasMessageContaining("as many base as head runs");
    }
}
