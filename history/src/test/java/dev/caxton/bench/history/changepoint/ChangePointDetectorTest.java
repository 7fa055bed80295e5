package dev.caxton.bench.history.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.caxton.bench.history.changepoint.ChangePoint.Kind;
import dev.caxton.bench.history.changepoint.ChangePointDetector.Options;
import dev.caxton.bench.model.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {

    private final ChangePointDetector detector = new ChangePointDetector();

    /** 100 +- 1 normal noise, shifted by {@code shift} from {@code at} on. */
    private static double[] step(long seed, int length, int at, double shift) {
        Random random = new Random(seed);
        double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = 100 + random.nextGaussian() + (i >= at ? shift : 0);
        }
        return x;
    }

    @Test
    void aStepDownInAHigherIsBetterMetricIsARegressionAtItsIndex() {
        List<ChangePoint> found = detector.detect(step(1, 120, 60, -5), Direction.HIGHER_IS_BETTER);

        assertThat(found).hasSize(1);
        ChangePoint change = found.get(0);
        assertThat(change.index()).isEqualTo(60);
        assertThat(change.kind()).isEqualTo(Kind.REGRESSION);
        assertThat(change.before()).isCloseTo(100, within(0.5));
        assertThat(change.after()).isCloseTo(95, within(0.5));
        assertThat(change.relativeChange()).isCloseTo(-0.05, within(0.005));
        assertThat(change.pValue()).isLessThanOrEqualTo(Options.DEFAULT_SIGNIFICANCE);
    }

    @Test
    void aStepDownInALowerIsBetterMetricIsAnImprovement() {
        List<ChangePoint> found = detector.detect(step(1, 120, 60, -5), Direction.LOWER_IS_BETTER);

        assertThat(found).extracting(ChangePoint::index, ChangePoint::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(60, Kind.IMPROVEMENT));
    }

    @Test
    void aStepUpIsARegressionForLowerIsBetterAndAnImprovementForHigherIsBetter() {
        double[] x = step(2, 150, 40, 4);

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.REGRESSION))
                .satisfies(c -> assertThat(c.index()).isEqualTo(40));
        assertThat(detector.detect(x, Direction.HIGHER_IS_BETTER)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.IMPROVEMENT));
    }

    @Test
    void aLargeRegressionInTheLastFewRunsIsAlreadyFound() {
        double[] x = step(9, 100, 94, 10);

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).singleElement()
                .satisfies(c -> assertThat(c.index()).isEqualTo(94))
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.REGRESSION));
    }

    @Test
    void aBumpUpAndBackDownIsTwoChanges() {
        double[] x = step(3, 150, 43, 8);
        for (int i = 62; i < x.length; i++) {
            x[i] -= 8;
        }

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER))
                .extracting(ChangePoint::index, ChangePoint::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(43, Kind.REGRESSION),
                        org.assertj.core.groups.Tuple.tuple(62, Kind.IMPROVEMENT));
    }

    @Test
    void aSeriesWithoutAChangeHasNoChangePoints() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(detector.detect(step(seed, 200, 0, 0), Direction.HIGHER_IS_BETTER)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void aBurstOfSpikesIsNotAChange() {
        for (long seed = 0; seed < 20; seed++) {
            double[] x = step(seed, 150, 0, 0);
            x[70] += 15;
            x[72] += 25;
            x[73] += 12;
            x[75] += 30;

            assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void aChangeBelowTheMinimumRelativeChangeIsNotReported() {
        double[] x = step(4, 120, 60, 3); // a 3% change over 1% noise

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).hasSize(1);
        assertThat(new ChangePointDetector(Options.defaults().withMinRelativeChange(0.05))
                .detect(x, Direction.LOWER_IS_BETTER)).isEmpty();
        assertThat(new ChangePointDetector(Options.defaults().withMinRelativeChange(0.02))
                .detect(x, Direction.LOWER_IS_BETTER)).hasSize(1);
    }

    @Test
    void aChangeBelowTheMinimumNoiseMultipleIsNotReported() {
        double[] x = step(5, 200, 100, 2); // two noise sd

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).hasSize(1);
        assertThat(new ChangePointDetector(Options.defaults().withMinNoiseMultiple(3))
                .detect(x, Direction.LOWER_IS_BETTER)).isEmpty();
    }

    @Test
    void theSameSeriesGivesTheSameChangePointsAndIsLeftUntouched() {
        double[] x = SyntheticCorpus.series(7, 42, NoiseModel.BIMODAL, 3).values();
        double[] copy = x.clone();

        List<ChangePoint> first = detector.detect(x, Direction.LOWER_IS_BETTER);
        List<ChangePoint> second = new ChangePointDetector().detect(x, Direction.LOWER_IS_BETTER);

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(x).containsExactly(copy);
    }

    @Test
    void aSeriesShorterThanTwoSegmentsHasNoChangePoints() {
        assertThat(detector.detect(new double[0], Direction.LOWER_IS_BETTER)).isEmpty();
        assertThat(detector.detect(new double[] {1, 1, 1, 1, 9, 9, 9, 9, 9}, Direction.LOWER_IS_BETTER)).isEmpty();
    }

    @Test
    void aConstantSeriesHasNoChangePoints() {
        double[] x = new double[100];
        Arrays.fill(x, 42.5);

        assertThat(detector.detect(x, Direction.HIGHER_IS_BETTER)).isEmpty();
    }

    @Test
    void aNoiselessStepIsFoundWithAPValueOfZero() {
        double[] x = new double[40];
        Arrays.fill(x, 20, 40, 12.0);
        Arrays.fill(x, 0, 20, 10.0);

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).singleElement().satisfies(c -> {
            assertThat(c.index()).isEqualTo(20);
            assertThat(c.pValue()).isZero();
            assertThat(c.relativeChange()).isCloseTo(0.2, within(1e-12));
            assertThat(c.kind()).isEqualTo(Kind.REGRESSION);
        });
    }

    @Test
    void coarselyQuantisedValuesStillShowTheirStepAndOnlyIt() {
        Random random = new Random(12);
        double[] x = new double[120];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i < 70 ? 10 : 12) + (random.nextDouble() < 0.2 ? 1 : 0); // whole milliseconds, mostly repeated
        }
        double[] flat = x.clone();
        for (int i = 70; i < flat.length; i++) {
            flat[i] -= 2;
        }

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).extracting(ChangePoint::index).containsExactly(70);
        assertThat(detector.detect(flat, Direction.LOWER_IS_BETTER)).isEmpty();
    }

    @Test
    void aChangeFromZeroHasAnInfiniteRelativeChange() {
        double[] x = new double[40];
        Arrays.fill(x, 20, 40, 3.0);

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER)).singleElement()
                .satisfies(c -> assertThat(c.relativeChange()).isEqualTo(Double.POSITIVE_INFINITY));
    }

    @Test
    void aNaNIsRejectedWithItsIndex() {
        double[] x = step(6, 50, 0, 0);
        x[17] = Double.NaN;

        assertThatThrownBy(() -> detector.detect(x, Direction.LOWER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series[17] is NaN")
                .hasMessageContaining("finite");
    }

    @Test
    void anInfiniteValueIsRejected() {
        double[] x = step(6, 50, 0, 0);
        x[3] = Double.POSITIVE_INFINITY;

        assertThatThrownBy(() -> detector.detect(x, Direction.LOWER_IS_BETTER))
                .hasMessageContaining("series[3] is Infinity");
    }

    @Test
    void longSeriesAreSearchedWindowByWindow() {
        double[] x = step(8, 1000, 300, 5);
        for (int i = 700; i < x.length; i++) {
            x[i] -= 10;
        }

        assertThat(detector.detect(x, Direction.LOWER_IS_BETTER))
                .extracting(ChangePoint::index).containsExactly(300, 700);
    }
}
