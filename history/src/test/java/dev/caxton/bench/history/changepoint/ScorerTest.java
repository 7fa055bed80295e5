package dev.caxton.bench.history.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.caxton.bench.history.changepoint.Scorer.Counts;
import dev.caxton.bench.history.changepoint.SeriesDetector.Detection;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Step;
import dev.caxton.bench.model.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void aDetectionWithinFivePointsGoingTheSameWayMatches() {
        assertThat(Scorer.match(List.of(new Step(50, true)), List.of(new Detection(55, true))))
                .isEqualTo(new Counts(1, 0, 0));
        assertThat(Scorer.match(List.of(new Step(50, true)), List.of(new Detection(56, true))))
                .isEqualTo(new Counts(0, 1, 1));
        assertThat(Scorer.match(List.of(new Step(50, true)), List.of(new Detection(50, false))))
                .isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void eachStepIsMatchedAtMostOnceAndTheClosestPairsWin() {
        List<Step> steps = List.of(new Step(50, true), new Step(58, true));
        List<Detection> detections = List.of(new Detection(53, true), new Detection(54, true), new Detection(49, true));

        // 49 takes 50 (distance 1), 54 takes 58 (distance 4), 53 is left over.
        assertThat(Scorer.match(steps, detections)).isEqualTo(new Counts(2, 1, 0));
    }

    @Test
    void precisionRecallAndF1FollowFromTheCounts() {
        Counts counts = new Counts(8, 2, 4);

        assertThat(counts.precision()).isCloseTo(0.8, within(1e-12));
        assertThat(counts.recall()).isCloseTo(8.0 / 12, within(1e-12));
        assertThat(counts.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-12));
        assertThat(Counts.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Counts(0, 3, 3).f1()).isZero();
    }

    @Test
    void theFalsePositiveRateCountsNoChangeSeriesWithAnyDetection() {
        List<SyntheticCorpus.Series> corpus = SyntheticCorpus.generate(1, 0, 4);
        SeriesDetector everywhere = new SeriesDetector() {
            @Override
            public String name() {
                return "flags indices 10 and 20";
            }

            @Override
            public List<Detection> detect(double[] values, Direction direction) {
                return List.of(new Detection(10, true), new Detection(20, true));
            }
        };

        Scorer.Report report = Scorer.score(corpus, everywhere);

        assertThat(report.noChangeSeries()).isEqualTo(corpus.size());
        assertThat(report.falsePositiveRate()).isEqualTo(1.0);
        assertThat(report.overall()).isEqualTo(new Counts(0, 2 * corpus.size(), 0));
    }

    @Test
    void theRatioRuleFlagsOnlyRegressionsOfAtLeastTheRatio() {
        RatioRule rule = new RatioRule(2.0);
        double[] x = {10, 10, 20, 20, 9, 5, 5};

        assertThat(rule.detect(x, Direction.LOWER_IS_BETTER)).containsExactly(new Detection(2, true));
        // Higher is better: 20 -> 9 loses a factor 2.2 and is flagged, 9 -> 5 (1.8) is not.
        assertThat(rule.detect(x, Direction.HIGHER_IS_BETTER)).containsExactly(new Detection(4, false));
    }
}
