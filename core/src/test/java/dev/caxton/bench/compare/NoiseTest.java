package dev.caxton.bench.compare;

import static dev.caxton.bench.compare.CompareFixtures.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NoiseTest {

    @Test
    void isTheScaledMadForALongHistory() {
        Noise n = Noise.of(list(10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 50)).orElseThrow();
        assertThat(n.median()).isEqualTo(10);
        assertThat(n.sigma()).isCloseTo(1.4826, within(1e-12));
        assertThat(n.points()).isEqualTo(11);
    }

    @Test
    void isFlooredByTheRangeForAShortHistory() {
        Noise n = Noise.of(list(100, 100, 100, 300)).orElseThrow();
        assertThat(n.sigma()).isCloseTo(200 / Noise.expectedRange(4), within(1e-9));
        assertThat(Noise.expectedRange(4)).isCloseTo(2.059, within(0.05));
        assertThat(Noise.expectedRange(10)).isCloseTo(3.078, within(0.05));
    }

    @Test
    void needsThreeFiniteValues() {
        assertThat(Noise.of(list(1, 2, Double.NaN, Double.POSITIVE_INFINITY))).isEmpty();
        assertThat(Noise.of(list(1, 2, 3))).isPresent();
    }

    @Test
    void theLimitWidensForFewPointsAndApproachesTheMadsForMany() {
        assertThat(Noise.limit(3, 4)).isCloseTo(10.3, within(0.1));
        assertThat(Noise.limit(3, 7)).isCloseTo(5.2, within(0.1));
        assertThat(Noise.limit(3, 50)).isCloseTo(3.2, within(0.1));
        assertThat(Noise.limit(3, 10_000)).isCloseTo(3.0, within(0.01));
    }
}
