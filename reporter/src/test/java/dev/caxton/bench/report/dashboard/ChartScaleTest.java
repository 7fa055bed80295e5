package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import dev.caxton.bench.model.Unit;
import org.junit.jupiter.api.Test;

class ChartScaleTest {

    @Test
    void aHalfPercentChangeTakesAFewPercentOfTheHeightNotAllOfIt() {
        ChartScale scale = ChartScale.of(1_000, 1_005, Unit.MILLISECONDS);

        double share = 5 / (scale.max() - scale.min());
        assertThat(share).isBetween(0.04, 0.05);
        assertThat(scale.log()).isFalse();
    }

    @Test
    void aWideSpreadIsShownWholeWithAPadding() {
        ChartScale scale = ChartScale.of(10, 400, Unit.MILLISECONDS);

        assertThat(scale.min()).isLessThan(10).isGreaterThanOrEqualTo(10 - 0.05 * 390 - 1e-9);
        assertThat(scale.max()).isGreaterThan(400).isLessThanOrEqualTo(400 + 0.05 * 390 + 1e-9);
        assertThat(scale.ticks()).extracting(ChartScale.Tick::label).containsExactly("0 ns", "200 ms", "400 ms");
    }

    @Test
    void valuesOfZeroOrMoreAreNotExtendedBelowZeroByTheMinimumSpan() {
        ChartScale flat = ChartScale.of(0.2, 0.2, Unit.PERCENT);
        ChartScale zero = ChartScale.of(0, 0, Unit.COUNT);

        assertThat(flat.ticks()).allSatisfy(t -> assertThat(t.value()).isGreaterThanOrEqualTo(0));
        assertThat(flat.min()).isGreaterThan(0.17);
        assertThat(zero.min()).isGreaterThanOrEqualTo(-0.05);
        assertThat(zero.max()).isGreaterThan(0);
    }

    @Test
    void negativeValuesKeepTheirSign() {
        ChartScale scale = ChartScale.of(-20, -10, Unit.PERCENT);

        assertThat(scale.max()).isLessThan(0);
        assertThat(scale.ticks()).extracting(ChartScale.Tick::label).contains("-15%");
    }

    @Test
    void valuesOverTwoOrdersOfMagnitudeGetALogarithmicAxisWithPowersOfTen() {
        ChartScale scale = ChartScale.of(20_000, 200_000_000, Unit.NANOSECONDS);

        assertThat(scale.log()).isTrue();
        assertThat(scale.ticks()).extracting(ChartScale.Tick::label).containsExactly("100 µs", "1 ms", "10 ms",
                "100 ms");
        assertThat(ChartScale.of(20_000, 1_999_999, Unit.NANOSECONDS).log()).isFalse();
        assertThat(ChartScale.of(0, 200_000_000, Unit.NANOSECONDS).log()).isFalse();
    }

    @Test
    void ticksLieInTheRangeAndTheirLabelsAreDistinctWhateverTheValues() {
        SplittableRandom random = new SplittableRandom(7);
        Unit[] units = Unit.values();
        for (int i = 0; i < 20_000; i++) {
            double magnitude = Math.pow(10, random.nextDouble(-6, 12));
            double lo = magnitude * random.nextDouble(0.2, 1) * (random.nextInt(8) == 0 ? -1 : 1);
            double hi = lo + magnitude * (random.nextBoolean() ? random.nextDouble(0, 0.02) : random.nextDouble(0, 50));
            Unit unit = units[random.nextInt(units.length)];

            ChartScale scale = ChartScale.of(lo, hi, unit);

            assertThat(scale.min()).as("%s .. %s", lo, hi).isLessThanOrEqualTo(lo);
            assertThat(scale.max()).as("%s .. %s", lo, hi).isGreaterThanOrEqualTo(hi);
            List<ChartScale.Tick> ticks = scale.ticks();
            assertThat(ticks).as("ticks of %s .. %s %s", lo, hi, unit).hasSizeBetween(2, 7)
                    .allSatisfy(t -> assertThat(t.value()).isBetween(scale.min(), scale.max()));
            assertThat(ticks.stream().map(ChartScale.Tick::label).distinct().count())
                    .as("distinct labels of %s .. %s %s: %s", lo, hi, unit, ticks).isEqualTo(ticks.size());
        }
    }
}
