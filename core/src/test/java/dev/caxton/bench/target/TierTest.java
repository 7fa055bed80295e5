package dev.caxton.bench.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Unit;

class TierTest {
    private final Tier throughput = Tier.of("Message Throughput", 100_000, 50_000, 10_000, Unit.MESSAGES_PER_SECOND);
    private final Tier latency = Tier.of("Message Latency (p50)", 1, 5, 10, Unit.MILLISECONDS);

    @Test
    void gradesAHigherIsBetterValueAtEachBoundaryAsMeetingIt() {
        assertThat(throughput.grade(100_000, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.TARGET);
        assertThat(throughput.grade(99_999.9, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.ACCEPTABLE);
        assertThat(throughput.grade(50_000, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.ACCEPTABLE);
        assertThat(throughput.grade(49_999, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.CRITICAL);
        assertThat(throughput.grade(10_000, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.CRITICAL);
        assertThat(throughput.grade(9_999, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.FAILING);
        assertThat(throughput.grade(8_000_000, Unit.MESSAGES_PER_SECOND)).isEqualTo(Grade.TARGET);
    }

    @Test
    void gradesALowerIsBetterValueAtEachBoundaryAsMeetingIt() {
        assertThat(latency.grade(1, Unit.MILLISECONDS)).isEqualTo(Grade.TARGET);
        assertThat(latency.grade(1.001, Unit.MILLISECONDS)).isEqualTo(Grade.ACCEPTABLE);
        assertThat(latency.grade(5, Unit.MILLISECONDS)).isEqualTo(Grade.ACCEPTABLE);
        assertThat(latency.grade(10, Unit.MILLISECONDS)).isEqualTo(Grade.CRITICAL);
        assertThat(latency.grade(10.5, Unit.MILLISECONDS)).isEqualTo(Grade.FAILING);
    }

    @Test
    void convertsATimeToTheTiersUnitBeforeGrading() {
        assertThat(latency.grade(999_999, Unit.NANOSECONDS)).isEqualTo(Grade.TARGET);
        assertThat(latency.grade(1_000_000, Unit.NANOSECONDS)).isEqualTo(Grade.TARGET);
        assertThat(latency.grade(1_000_001, Unit.NANOSECONDS)).isEqualTo(Grade.ACCEPTABLE);
        assertThat(latency.grade(7_000, Unit.MICROSECONDS)).isEqualTo(Grade.CRITICAL);
        assertThat(latency.grade(0.011, Unit.SECONDS)).isEqualTo(Grade.FAILING);
    }

    @Test
    void refusesToGradeAValueWhoseUnitDoesNotConvert() {
        assertThat(latency.accepts(Unit.BYTES)).isFalse();
        assertThatThrownBy(() -> latency.grade(3, Unit.BYTES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bytes").hasMessageContaining("Message Latency (p50)").hasMessageContaining("ms");
    }

    @Test
    void rejectsThresholdsOrderedAgainstTheDirection() {
        assertThatThrownBy(() -> Tier.of("Throughput", 10, 50, 100, Unit.MESSAGES_PER_SECOND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Throughput").hasMessageContaining("higher is better".substring(0, 6))
                .hasMessageContaining("decrease");
        assertThatThrownBy(() -> Tier.of("Latency", 10, 5, 1, Unit.MILLISECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
        assertThatThrownBy(() -> new Tier("Odd", 1, 2, 3, Unit.RATIO, Direction.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABlankLabelAndNonFiniteThresholds() {
        assertThatThrownBy(() -> Tier.of(" ", 1, 2, 3, Unit.MILLISECONDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tier.of("Latency", Double.NaN, 2, 3, Unit.MILLISECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    @Test
    void acceptsEqualThresholds() {
        Tier flat = Tier.of("Flat", 5, 5, 5, Unit.PERCENT);
        assertThat(flat.grade(5, Unit.PERCENT)).isEqualTo(Grade.TARGET);
        assertThat(flat.grade(5.1, Unit.PERCENT)).isEqualTo(Grade.FAILING);
    }
}
