package dev.caxton.bench.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparklineTest {
    @Test
    void aRampUsesEveryBlockFromLowestToHighest() {
        assertThat(Sparkline.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7})).isEqualTo("▁▂▃▄▅▆▇█");
    }

    @Test
    void theLowestAndHighestValuesOfTheLineAreTheEnds() {
        assertThat(Sparkline.of(new double[] {1000, 1001, 1000.5})).isEqualTo("▁█▅");
    }

    @Test
    void aConstantSeriesIsFlat() {
        assertThat(Sparkline.of(new double[] {180, 180, 180, 180})).isEqualTo("▄▄▄▄");
        assertThat(Sparkline.of(new double[] {42})).isEqualTo("▄");
    }

    @Test
    void missingPointsAreGapsInPlace() {
        assertThat(Sparkline.of(new double[] {Double.NaN, 1, Double.NaN, 3, Double.NaN})).isEqualTo(" ▁ █ ");
        assertThat(Sparkline.of(new double[] {Double.NaN, 5, 5})).isEqualTo(" ▄▄");
    }

    @Test
    void infiniteValuesAreGapsAndDoNotFlattenTheRest() {
        assertThat(Sparkline.of(new double[] {1, Double.POSITIVE_INFINITY, 2})).isEqualTo("▁ █");
    }

    @Test
    void noValuesAreAnEmptyLineAndAllMissingAreAllGaps() {
        assertThat(Sparkline.of(new double[0])).isEmpty();
        assertThat(Sparkline.of(new double[] {Double.NaN, Double.NaN})).isEqualTo("  ");
    }

    @Test
    void negativeValuesScaleLikeAnyOther() {
        assertThat(Sparkline.of(new double[] {-7, 0})).isEqualTo("▁█");
    }
}
