package dev.caxton.bench.history.changepoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caxton.bench.history.changepoint.Scorer.Report;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Series;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the quality of the default detector on a small fixed corpus (seeded, so the figures are
 * exact, not flaky). The full figures come from {@link Score}; these floors sit a little under
 * what the small corpus gives today, so a change that makes detection worse fails here.
 */
class DetectionQualityTest {

    /** 4 series per (noise model, magnitude) and 10 no-change series per noise model: 210 series. */
    private static final List<Series> CORPUS = SyntheticCorpus.generate(Score.DEFAULT_SEED, 4, 10);

    private final Report report = Scorer.score(CORPUS, SeriesDetector.of("defaults", new ChangePointDetector()));

    @Test
    void stepsOfAtLeastThreeNoiseDeviationsAreFoundWithAnF1AboveNinetySevenPercent() {
        assertThat(report.atLeast(3).f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void theOverallF1IsAboveEightyEightPercent() {
        assertThat(report.overall().f1()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void noNoChangeSeriesGetsADetection() {
        assertThat(report.noChangeSeries()).isEqualTo(70);
        assertThat(report.noChangeFlagged()).isZero();
    }

    @Test
    void everyNoiseModelKeepsAnF1AboveEightyPercent() {
        assertThat(report.byNoise()).hasSize(NoiseModel.values().length)
                .allSatisfy((noise, counts) -> assertThat(counts.f1()).as(noise.label()).isGreaterThanOrEqualTo(0.8));
    }

    @Test
    void theDetectorBeatsTheTwoHundredPercentRule() {
        Report baseline = Scorer.score(CORPUS, new RatioRule(2.0));

        assertThat(baseline.overall().f1()).isLessThan(0.2);
        assertThat(report.overall().f1()).isGreaterThan(baseline.overall().f1() + 0.5);
    }
}
