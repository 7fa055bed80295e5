package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LatencyDistributionTest {
    @Test
    void encodingDecodesToAnEqualDistribution() {
        LatencyDistribution d = RunFixtures.recordedLatencies().snapshot();

        LatencyDistribution back = LatencyDistribution.decode(d.encoded());

        assertThat(back).isEqualTo(d);
        assertThat(back.count()).isEqualTo(201);
        assertThat(back.maxNanos()).isEqualTo(d.maxNanos());
    }

    @Test
    void percentileMeasurementsAreNamedAfterTheReportedPercentiles() {
        LatencyDistribution d = RunFixtures.recordedLatencies().snapshot();

        List<Measurement> ms = d.percentileMeasurements(RunFixtures.LATENCY);

        assertThat(ms).extracting(m -> m.id().metric()).containsExactly("p50", "p90", "p95", "p99", "p99.9", "max");
        assertThat(ms).allSatisfy(m -> assertThat(m.unit()).isEqualTo(Unit.NANOSECONDS));
        assertThat(ms.get(5).value()).isEqualTo(d.maxNanos());
    }

    @Test
    void textThatIsNotBase64GetsAClearError() {
        assertThatThrownBy(() -> LatencyDistribution.decode("not base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a base64 compressed HdrHistogram")
                .hasMessageContaining("LatencyDistribution.encoded()");
    }

    @Test
    void base64ThatIsNotAHistogramGetsAClearError() {
        assertThatThrownBy(() -> LatencyDistribution.decode(Base64.getEncoder().encodeToString("hello".getBytes())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a base64 compressed HdrHistogram");
    }

    @Test
    void truncatedEncodingGetsAClearError() {
        String whole = RunFixtures.LATENCY_ENCODED;

        assertThatThrownBy(() -> LatencyDistribution.decode(whole.substring(0, 40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a base64 compressed HdrHistogram");
    }

    @Property(tries = 300)
    void anyBytesEitherDecodeOrFailWithTheClearError(@ForAll byte[] bytes) {
        String text = Base64.getEncoder().encodeToString(bytes);
        try {
            LatencyDistribution.decode(text);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("Not a base64 compressed HdrHistogram");
        }
    }

    @Property(tries = 300)
    void corruptedEncodingsEitherDecodeOrFailWithTheClearError(@ForAll byte[] noise, @ForAll int at) {
        byte[] bytes = Base64.getDecoder().decode(RunFixtures.LATENCY_ENCODED);
        for (int i = 0; i < noise.length; i++) {
            int index = Math.floorMod(at + i, bytes.length);
            bytes[index] = noise[i];
        }
        try {
            LatencyDistribution.decode(Base64.getEncoder().encodeToString(bytes));
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("Not a base64 compressed HdrHistogram");
        }
    }
}
