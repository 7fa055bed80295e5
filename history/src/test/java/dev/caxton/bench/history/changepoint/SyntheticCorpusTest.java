package dev.caxton.bench.history.changepoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caxton.bench.history.changepoint.SyntheticCorpus.Series;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    @Test
    void theSameSeedGivesTheSameCorpusValueForValue() {
        List<Series> first = SyntheticCorpus.generate(99, 2, 3);
        List<Series> second = SyntheticCorpus.generate(99, 2, 3);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).values()).containsExactly(second.get(i).values());
            assertThat(first.get(i).steps()).isEqualTo(second.get(i).steps());
            assertThat(first.get(i).direction()).isEqualTo(second.get(i).direction());
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        assertThat(SyntheticCorpus.generate(1, 1, 0).get(0).values())
                .isNotEqualTo(SyntheticCorpus.generate(2, 1, 0).get(0).values());
    }

    @Test
    void everyCellHasItsSeriesAndNoChangeSeriesHaveNoSteps() {
        List<Series> corpus = SyntheticCorpus.generate(5, 3, 4);

        int models = NoiseModel.values().length;
        assertThat(corpus).hasSize(models * (SyntheticCorpus.MAGNITUDES.length * 3 + 4));
        assertThat(corpus.stream().filter(s -> s.magnitude() == 0)).hasSize(models * 4)
                .allSatisfy(s -> assertThat(s.steps()).isEmpty());
        assertThat(corpus.stream().filter(s -> s.magnitude() > 0))
                .allSatisfy(s -> assertThat(s.steps()).hasSizeBetween(1, 3));
    }

    @Test
    void stepsKeepClearOfTheEndsAndOfEachOther() {
        for (Series s : SyntheticCorpus.generate(8, 10, 0)) {
            int length = s.values().length;
            assertThat(length).isBetween(100, 200);
            List<Step> steps = s.steps();
            for (int k = 0; k < steps.size(); k++) {
                assertThat(steps.get(k).index()).isBetween(SyntheticCorpus.EDGE, length - SyntheticCorpus.EDGE);
                if (k > 0) {
                    assertThat(steps.get(k).index() - steps.get(k - 1).index()).isGreaterThanOrEqualTo(SyntheticCorpus.GAP);
                }
            }
        }
    }

    @Test
    void aStepMovesTheLevelByItsMagnitudeInNoiseDeviations() {
        Series s = SyntheticCorpus.series(3, 1234, NoiseModel.NORMAL_CV1, 10);
        double[] x = s.values();
        Step first = s.steps().get(0);
        int end = s.steps().size() > 1 ? s.steps().get(1).index() : x.length;

        double before = SegmentTest.mean(x, 0, first.index());
        double after = SegmentTest.mean(x, first.index(), end);

        // 10 sd of 1% of 100 = 10, give or take the noise of the means.
        assertThat(Math.abs(after - before)).isBetween(9.0, 11.0);
        assertThat(after > before).isEqualTo(first.up());
    }

    @Test
    void valuesStayPositive() {
        assertThat(SyntheticCorpus.generate(13, 5, 5))
                .allSatisfy(s -> assertThat(java.util.Arrays.stream(s.values()).min().orElseThrow()).isPositive());
    }
}
