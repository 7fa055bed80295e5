package dev.caxton.bench.suite.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;

class RegimesTest {
    @Test
    void splitsRepetitionsThatFallIntoTwoRegimes() {
        double[] pekkoLike = {6.1e6, 0.8e6, 6.4e6, 0.9e6, 5.9e6, 0.75e6, 6.2e6};

        Regimes.Split split = Regimes.detect(pekkoLike).orElseThrow();

        assertThat(split.low().samples()).containsExactly(0.75e6, 0.8e6, 0.9e6);
        assertThat(split.low().median()).isEqualTo(0.8e6);
        assertThat(split.high().samples()).containsExactly(5.9e6, 6.1e6, 6.2e6, 6.4e6);
        assertThat(split.high().median()).isEqualTo(6.15e6);
    }

    @Test
    void findsOneRegimeInNoisyButUnimodalRepetitions() {
        assertThat(Regimes.detect(new double[] {3.05e6, 2.3e6, 4.26e6, 4.1e6, 2.59e6, 2.87e6, 2.59e6})).isEmpty();
    }

    @Test
    void doesNotCallASingleOutlierARegime() {
        assertThat(Regimes.detect(new double[] {6e6, 6.1e6, 5.9e6, 6.2e6, 0.5e6})).isEmpty();
    }

    @Test
    void doesNotCallASmoothSpreadTwoRegimes() {
        assertThat(Regimes.detect(new double[] {1, 2, 3, 4, 5, 6, 7, 8})).isEmpty();
    }

    @Test
    void needsAtLeastFourRepetitions() {
        assertThat(Regimes.detect(new double[] {1, 1, 10})).isEmpty();
    }

    @Test
    void reportsTheMedianAndEachRegimeWhenBimodal() {
        MetricId id = MetricId.of("agent", "message_throughput", "throughput");
        List<Measurement> out = Samples.throughput(id, Unit.MESSAGES_PER_SECOND, new double[] {1, 1.2, 9, 10, 11});

        assertThat(out).extracting(m -> m.id().metric()).containsExactly("throughput", "regimes", "regime_low",
                "regime_high", "regime_low_count", "regime_high_count");
        assertThat(out).extracting(Measurement::value).containsExactly(9.0, 2.0, 1.1, 10.0, 2.0, 3.0);
        assertThat(out.get(0).samples()).containsExactly(1.0, 1.2, 9.0, 10.0, 11.0);
        assertThat(out.get(2).samples()).containsExactly(1.0, 1.2);
    }

    @Test
    void reportsOneRegimeWhenUnimodal() {
        MetricId id = MetricId.of("agent", "message_throughput", "throughput");
        List<Measurement> out = Samples.throughput(id, Unit.MESSAGES_PER_SECOND, new double[] {5, 6, 7});

        assertThat(out).extracting(m -> m.id().metric()).containsExactly("throughput", "regimes");
        assertThat(out).extracting(Measurement::value).containsExactly(6.0, 1.0);
    }
}
