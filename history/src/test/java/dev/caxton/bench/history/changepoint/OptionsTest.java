package dev.caxton.bench.history.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caxton.bench.history.changepoint.ChangePointDetector.Options;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void theDefaultsAreTheDocumentedConstants() {
        Options defaults = Options.defaults();

        assertThat(defaults.significance()).isEqualTo(Options.DEFAULT_SIGNIFICANCE);
        assertThat(defaults.minRelativeChange()).isEqualTo(Options.DEFAULT_MIN_RELATIVE_CHANGE);
        assertThat(defaults.minNoiseMultiple()).isEqualTo(Options.DEFAULT_MIN_NOISE_MULTIPLE);
        assertThat(defaults.windowSize()).isEqualTo(Options.DEFAULT_WINDOW_SIZE);
        assertThat(defaults.minSegmentLength()).isEqualTo(Options.DEFAULT_MIN_SEGMENT_LENGTH);
        assertThat(new ChangePointDetector().options()).isEqualTo(defaults);
    }

    @Test
    void withersChangeOneOption() {
        Options options = Options.defaults().withSignificance(0.001).withMinRelativeChange(0.05)
                .withMinNoiseMultiple(2).withWindowSize(200).withMinSegmentLength(10);

        assertThat(options).isEqualTo(new Options(0.001, 0.05, 2, 200, 10));
    }

    @Test
    void aSignificanceOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> Options.defaults().withSignificance(0))
                .hasMessageContaining("significance must lie in (0, 1), got 0.0");
        assertThatThrownBy(() -> Options.defaults().withSignificance(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Options.defaults().withSignificance(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeOrNonFiniteFloorsAreRejected() {
        assertThatThrownBy(() -> Options.defaults().withMinRelativeChange(-0.1))
                .hasMessageContaining("minRelativeChange").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> Options.defaults().withMinNoiseMultiple(Double.POSITIVE_INFINITY))
                .hasMessageContaining("minNoiseMultiple");
    }

    @Test
    void segmentsAndWindowsTooSmallAreRejectedWithTheBound() {
        assertThatThrownBy(() -> Options.defaults().withMinSegmentLength(2))
                .hasMessageContaining("minSegmentLength must be at least 3");
        assertThatThrownBy(() -> Options.defaults().withWindowSize(9))
                .hasMessageContaining("windowSize must be at least 2 * minSegmentLength = 10, got 9");
    }
}
