package dev.caxton.bench.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.caxton.bench.model.Unit;

class HumanUnitsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "8100000; MESSAGES_PER_SECOND; 8.1M msg/s",
            "8123456; MESSAGES_PER_SECOND; 8.12M msg/s",
            "999600; MESSAGES_PER_SECOND; 1M msg/s",
            "123456; OPS_PER_SECOND; 123K ops/s",
            "950; MESSAGES_PER_SECOND; 950 msg/s",
            "0.5; MESSAGES_PER_SECOND; 0.5 msg/s",
            "0; MESSAGES_PER_SECOND; 0 msg/s",
            "12345; NANOSECONDS; 12.3 µs",
            "850; NANOSECONDS; 850 ns",
            "999.9; NANOSECONDS; 1 µs",
            "1.5; MILLISECONDS; 1.5 ms",
            "2500; MICROSECONDS; 2.5 ms",
            "30; SECONDS; 30 s",
            "150; SECONDS; 2.5 min",
            "7200; SECONDS; 2 h",
            "180; BYTES; 180 B",
            "1500; BYTES; 1.5 kB",
            "10000000; BYTES; 10 MB",
            "999999; BYTES; 1 MB",
            "4.25; PERCENT; 4.25%",
            "1.534; RATIO; 1.53x",
            "10000; COUNT; 10K",
            "-2000; BYTES; -2 kB",
            "150994944; BYTES_PER_SECOND; 151 MB/s",
            "144000000; BYTES_PER_SECOND; 144 MB/s",
            "512; BYTES_PER_SECOND; 512 B/s",
            "2500000000; BYTES_PER_SECOND; 2.5 GB/s",
    })
    void formatsInHumanUnits(double value, Unit unit, String expected) {
        assertThat(HumanUnits.format(value, unit)).isEqualTo(expected);
    }

    @Test
    void formatsTheSameUnderEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.US, new Locale("ar", "EG")}) {
                Locale.setDefault(l);
                assertThat(HumanUnits.format(1234567.0, Unit.MESSAGES_PER_SECOND)).isEqualTo("1.23M msg/s");
                assertThat(HumanUnits.format(12.3, Unit.MICROSECONDS)).isEqualTo("12.3 µs");
                assertThat(HumanUnits.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void writesRelativeChangesAsSignedPercentagesWithThreeDigits() {
        assertThat(HumanUnits.percentChange(0.219)).isEqualTo("+21.9%");
        assertThat(HumanUnits.percentChange(-0.005)).isEqualTo("-0.5%");
        assertThat(HumanUnits.percentChange(-0.29734)).isEqualTo("-29.7%");
        assertThat(HumanUnits.percentChange(0)).isEqualTo("±0%");
        assertThat(HumanUnits.percentChange(Double.POSITIVE_INFINITY)).isEqualTo("+∞%");
    }

    @Test
    void roundsAsTheExactBinaryValueSaysAlsoAtTiesAndForSubnormals() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        java.math.MathContext three = new java.math.MathContext(3, java.math.RoundingMode.HALF_EVEN);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong()); // any double: subnormal, huge, tiny
                case 1 -> Double.parseDouble((100 + random.nextInt(900)) + "5e" + random.nextInt(-20, 20)); // ties
                case 2 -> Math.rint(random.nextDouble(0, 1e7)) + 0.5;
                default -> Math.pow(10, random.nextDouble(-12, 15));
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            java.math.BigDecimal exact = new java.math.BigDecimal(v).round(three);
            String expected = exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
            assertThat(HumanUnits.digits(v)).as("%s", v).isEqualTo(expected);
        }
    }

    @Test
    void writesInfiniteValuesAsInfinity() {
        assertThat(HumanUnits.format(Double.POSITIVE_INFINITY, Unit.NANOSECONDS)).isEqualTo("∞ ns");
        assertThat(HumanUnits.format(Double.POSITIVE_INFINITY, Unit.BYTES_PER_SECOND)).isEqualTo("∞ B/s");
        assertThat(HumanUnits.format(1e300, Unit.SECONDS)).isEqualTo("∞ s"); // beyond nanoseconds' range
    }

    @Test
    void digitsAndChangesOfValuesThatAreNotFiniteAreWordsNotExceptions() {
        // a history written before infinite values were refused at import may hold them (issue 12, item 5)
        assertThat(HumanUnits.digits(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(HumanUnits.digits(Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
        assertThat(HumanUnits.digits(Double.NaN)).isEqualTo("NaN");
        assertThat(HumanUnits.percentChange(Double.NaN)).isEqualTo("n/a");
        assertThat(HumanUnits.format(Double.NEGATIVE_INFINITY, Unit.PERCENT)).isEqualTo("-∞%");
        assertThat(HumanUnits.format(Double.POSITIVE_INFINITY, Unit.RATIO)).isEqualTo("∞x");
    }

    @Test
    void splitsNumberAndSuffixForTierColumns() {
        assertThat(HumanUnits.parts(100_000, Unit.MESSAGES_PER_SECOND)).isEqualTo(new HumanUnits.Parts("100K", "msg/s"));
        assertThat(HumanUnits.parts(5, Unit.MILLISECONDS)).isEqualTo(new HumanUnits.Parts("5", "ms"));
        assertThat(HumanUnits.parts(1_500, Unit.BYTES_PER_SECOND)).isEqualTo(new HumanUnits.Parts("1.5", "kB/s"));
    }

    @Test
    void writesDurationsInWords() {
        assertThat(HumanUnits.duration(Duration.ofMillis(412))).isEqualTo("412 ms");
        assertThat(HumanUnits.duration(Duration.ofSeconds(150))).isEqualTo("2.5 min");
    }

    @Test
    void printsClockTimesWithMinutesAndSeconds() {
        assertThat(HumanUnits.clock(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(HumanUnits.clock(Duration.ofSeconds(754))).isEqualTo("12:34");
        assertThat(HumanUnits.clock(Duration.ofMillis(-5))).isEqualTo("0:00");
    }
}
