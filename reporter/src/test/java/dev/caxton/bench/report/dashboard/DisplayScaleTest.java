package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import dev.caxton.bench.model.Unit;
import org.junit.jupiter.api.Test;

class DisplayScaleTest {

    @Test
    void timesAreShownInTheUnitThatFitsTheMedian() {
        assertThat(DisplayScale.of(Unit.NANOSECONDS, new double[] {4_200_000, 2_100_000, 3_000_000}).format(4_200_000))
                .isEqualTo("4.200 ms");
        assertThat(DisplayScale.of(Unit.NANOSECONDS, new double[] {850}).format(850)).isEqualTo("850.0 ns");
        assertThat(DisplayScale.of(Unit.MICROSECONDS, new double[] {12.5}).format(12.5)).isEqualTo("12.50 µs");
        assertThat(DisplayScale.of(Unit.MILLISECONDS, new double[] {2500, 3100}).format(2500)).isEqualTo("2.500 s");
    }

    @Test
    void ratesAndSizesUseDecimalPrefixes() {
        assertThat(DisplayScale.of(Unit.MESSAGES_PER_SECOND, new double[] {120_000, 90_000}).format(90_900))
                .isEqualTo("90.90K msg/s");
        assertThat(DisplayScale.of(Unit.OPS_PER_SECOND, new double[] {2.5e6}).format(2.5e6)).isEqualTo("2.500M ops/s");
        assertThat(DisplayScale.of(Unit.OPS_PER_SECOND, new double[] {42}).format(42)).isEqualTo("42.00 ops/s");
        assertThat(DisplayScale.of(Unit.BYTES, new double[] {12_345_678}).format(12_345_678)).isEqualTo("12.35 MB");
        assertThat(DisplayScale.of(Unit.BYTES, new double[] {512}).format(512)).isEqualTo("512.0 B");
    }

    @Test
    void dimensionlessUnitsKeepTheirValue() {
        assertThat(DisplayScale.of(Unit.PERCENT, new double[] {36.39}).format(36.39)).isEqualTo("36.39%");
        assertThat(DisplayScale.of(Unit.RATIO, new double[] {0.5}).format(0.5)).isEqualTo("0.5000");
        assertThat(DisplayScale.of(Unit.COUNT, new double[] {1234}).format(1234)).isEqualTo("1234");
    }

    @Test
    void theSmallestValueGetsFourSignificantDigits() {
        DisplayScale scale = DisplayScale.of(Unit.MILLISECONDS, new double[] {1.2345, 512.3});

        assertThat(scale.decimals()).isEqualTo(3);
        assertThat(scale.format(512.3)).isEqualTo("512.300 ms");
    }

    @Test
    void compactDropsTrailingZerosAndFixedKeepsThem() {
        DisplayScale scale = new DisplayScale(" ms", 1, 3);

        assertThat(scale.compact(1.2)).isEqualTo("1.2");
        assertThat(scale.fixed(1.2)).isEqualTo("1.200");
        assertThat(scale.compact(3.0)).isEqualTo("3");
        assertThat(scale.compact(0.0004)).isEqualTo("0");
        assertThat(scale.compact(-0.0456)).isEqualTo("-0.046");
        assertThat(scale.fixed(-0.0456)).isEqualTo("-0.046");
        assertThat(scale.fixed(0.001)).isEqualTo("0.001");
    }

    @Test
    void hugeValuesAreFormattedExactly() {
        DisplayScale scale = new DisplayScale("", 1, 2);

        assertThat(scale.fixed(1e17)).isEqualTo("100000000000000000.00");
        assertThat(scale.compact(1e17)).isEqualTo("100000000000000000");
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new DisplayScale(" ms", 1, 2).format(1234.5)).isEqualTo("1234.50 ms");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void allZeroSeriesShowWholeNumbers() {
        assertThat(DisplayScale.of(Unit.COUNT, new double[] {0, 0}).format(0)).isEqualTo("0");
    }

    @Test
    void badScalesAreRefused() {
        assertThatThrownBy(() -> new DisplayScale("", 0, 2)).hasMessageContaining("divisor must be > 0");
        assertThatThrownBy(() -> new DisplayScale("", 1, 7)).hasMessageContaining("decimals in 0..6");
    }
}
