package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    /** Student's t, two-sided 95%, from published tables. */
    private static final double T_975_DF4 = 2.7764451051977987;
    private static final double T_975_DF1 = 12.706204736174698;

    @Test
    void confidenceIntervalUsesTheStudentTQuantileOfNMinusOneDegreesOfFreedom() {
        Statistics s = Statistics.of(new double[] {1, 2, 3, 4, 5});

        double half = T_975_DF4 * Math.sqrt(2.5) / Math.sqrt(5);
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.stddev()).isCloseTo(Math.sqrt(2.5), within(1e-15));
        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(5.0);
        ConfidenceInterval ci = s.confidence().orElseThrow();
        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(ci.lower()).isCloseTo(3 - half, within(1e-9));
        assertThat(ci.upper()).isCloseTo(3 + half, within(1e-9));
    }

    @Test
    void twoSamplesUseTheWideQuantileOfOneDegreeOfFreedom() {
        ConfidenceInterval ci = Statistics.of(new double[] {1, 3}).confidence().orElseThrow();

        assertThat(ci.lower()).isCloseTo(2 - T_975_DF1, within(1e-9));
        assertThat(ci.upper()).isCloseTo(2 + T_975_DF1, within(1e-9));
    }

    @Test
    void oneSampleHasNoConfidenceInterval() {
        assertThat(Statistics.of(new double[] {7})).isEqualTo(Statistics.single(7));
        assertThat(Statistics.single(7).confidence()).isEmpty();
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> Statistics.of(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one sample");
    }

    @Test
    void minAboveMaxIsRefusedWithBothValues() {
        assertThatThrownBy(() -> new Statistics(2, 1, 0, 5, 3, java.util.Optional.empty()))
                .hasMessageContaining("min 5.0 is above max 3.0");
    }

    @Test
    void confidenceLevelOutsideTheOpenUnitIntervalIsRefused() {
        assertThatThrownBy(() -> new ConfidenceInterval(0, 1, 95))
                .hasMessageContaining("strictly between 0 and 1, got 95.0");
    }
}
