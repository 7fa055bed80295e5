package dev.caxton.bench.compare;

import static dev.caxton.bench.compare.CompareFixtures.OTHER;
import static dev.caxton.bench.compare.CompareFixtures.P99;
import static dev.caxton.bench.compare.CompareFixtures.THROUGHPUT;
import static dev.caxton.bench.compare.CompareFixtures.compareOne;
import static dev.caxton.bench.compare.CompareFixtures.compareVerified;
import static dev.caxton.bench.compare.CompareFixtures.quiet;
import static dev.caxton.bench.compare.CompareFixtures.quietHistory;
import static dev.caxton.bench.compare.CompareFixtures.list;
import static dev.caxton.bench.compare.CompareFixtures.normal;
import static dev.caxton.bench.compare.CompareFixtures.run;
import static dev.caxton.bench.compare.CompareFixtures.samples;
import static dev.caxton.bench.compare.CompareFixtures.settings;
import static dev.caxton.bench.compare.CompareFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Targets;
import dev.caxton.bench.target.Tier;

class ComparisonsTest {
    private static final Unit RATE = Unit.MESSAGES_PER_SECOND;
    private static final Unit NS = Unit.NANOSECONDS;

    // --- the guide's RegressionDetector cases: its threshold on top of a measured (here: quiet) noise ---

    @Test
    void throughputBelowTheBaselineByMoreThanTheThresholdIsARegression() {
        MetricComparison m = compareVerified(single(THROUGHPUT, RATE, 100_000), single(THROUGHPUT, RATE, 85_000));
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.evidence()).isEqualTo(Evidence.HISTORY_NOISE);
        assertThat(m.relativeChange().getAsDouble()).isCloseTo(-0.15, within(1e-12));
        assertThat(m.gain().getAsDouble()).isCloseTo(-0.15, within(1e-12));
        assertThat(m.isRegression()).isTrue();
        assertThat(m.critical()).isFalse();
    }

    @Test
    void throughputAboveTheBaselineByMoreThanTheThresholdIsAnImprovement() {
        MetricComparison m = compareVerified(single(THROUGHPUT, RATE, 100_000), single(THROUGHPUT, RATE, 115_000));
        assertThat(m.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(m.gain().getAsDouble()).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void p99LatencyAboveTheBaselineByMoreThanTheThresholdIsARegression() {
        MetricComparison m = compareVerified(single(P99, NS, 1_000_000), single(P99, NS, 1_150_000));
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.relativeChange().getAsDouble()).isCloseTo(0.15, within(1e-12));
        assertThat(m.gain().getAsDouble()).isCloseTo(-0.15, within(1e-12));
    }

    @Test
    void p99LatencyBelowTheBaselineByMoreThanTheThresholdIsAnImprovement() {
        MetricComparison m = compareVerified(single(P99, NS, 1_000_000), single(P99, NS, 850_000));
        assertThat(m.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    // --- no alarms from nothing: neither samples nor history ---

    @Test
    void aSingleValueChangeWithoutHistoryIsUnverifiedNeverARegression() {
        MetricComparison m = compareOne(single(P99, NS, 1_000), single(P99, NS, 1_500));
        assertThat(m.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(m.evidence()).isEqualTo(Evidence.THRESHOLD);
        assertThat(m.gain().getAsDouble()).isCloseTo(-0.5, within(1e-12));
        assertThat(m.isRegression()).isFalse();
        assertThat(m.critical()).as("beyond the 25% fail threshold, but unverified").isFalse();
        assertThat(m.reason()).isEqualTo("50.0% higher (worse), beyond the 10% threshold but unverified: single values "
                + "and no history to measure the noise; to verify it, measure repetitions (a profile with samples), "
                + "compare both builds on one runner with caxton-bench ab, or build a history of at least 3 runs on "
                + "the baseline branch.");
        Comparison c = Comparisons.compare(run("c", single(P99, NS, 1_500)), Optional.of(run("b", single(P99, NS, 1_000))),
                NoiseHistory.empty(), settings());
        assertThat(c.regressions()).isEmpty();
        for (FailPolicy policy : FailPolicy.values()) {
            assertThat(c.fails(policy)).as(policy.label()).isFalse();
        }
        assertThat(compareOne(single(THROUGHPUT, RATE, 100), single(THROUGHPUT, RATE, 150)).verdict())
                .as("an improvement is not claimed either").isEqualTo(Verdict.UNVERIFIED);
        assertThat(c.biggestImprovement()).isEmpty();
    }

    @Test
    void aGradeThatFellOnAnUnverifiedValueIsNoRegression() {
        Targets targets = Targets.none().with("agent/request_latency/*", Tier.of("p99", 100, 104, 200, NS));
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 105), List.of(),
                ComparisonSettings.defaults(targets));
        assertThat(m.currentGrade()).contains(Grade.CRITICAL);
        assertThat(m.gradeWorsened()).isFalse();
        assertThat(m.isRegression()).isFalse();
        assertThat(m.critical()).isFalse();
        assertThat(FailPolicy.CRITICAL.failsOn(m.currentGrade().get()))
                .as("the current value's own grade still counts, as the targets say").isTrue();
    }

    @Test
    void samplesThatShowARealShiftStillMakeARegressionWithoutHistory() {
        MetricComparison m = compareOne(samples(P99, NS, normal(11, 10, 1_000, 20)), samples(P99, NS, normal(12, 10, 1_300, 20)));
        assertThat(m.evidence()).isEqualTo(Evidence.SAMPLES);
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.isRegression()).isTrue();
    }

    @Test
    void aChangeWithinTheThresholdIsNoChangeInEitherDirection() {
        assertThat(compareOne(single(P99, NS, 1_000), single(P99, NS, 1_099)).verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(compareOne(single(P99, NS, 1_000), single(P99, NS, 901)).verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(compareOne(single(P99, NS, 1_000), single(P99, NS, 1_000)).reason())
                .isEqualTo("Unchanged, within the 10% threshold.");
    }

    @Test
    void theDirectionComesFromTheMeasurementNotFromTheUnit() {
        Measurement base = single(OTHER, Unit.COUNT, 100).withDirection(Direction.HIGHER_IS_BETTER);
        Measurement cur = single(OTHER, Unit.COUNT, 80).withDirection(Direction.HIGHER_IS_BETTER);
        assertThat(compareVerified(base, cur).verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(compareVerified(single(OTHER, Unit.COUNT, 100), single(OTHER, Unit.COUNT, 80)).verdict())
                .isEqualTo(Verdict.IMPROVEMENT);
    }

    // --- new, missing, order ---

    @Test
    void metricsOnlyOnOneSideAreNewOrMissingInCanonicalOrder() {
        Comparison c = Comparisons.compare(
                run("cur", single(P99, NS, 1), single(THROUGHPUT, RATE, 5)),
                Optional.of(run("base", single(THROUGHPUT, RATE, 5), single(OTHER, NS, 3))),
                NoiseHistory.empty(), settings());
        assertThat(c.metrics()).extracting(MetricComparison::id).containsExactly(THROUGHPUT, P99, OTHER);
        assertThat(c.metrics()).extracting(MetricComparison::verdict)
                .containsExactly(Verdict.NO_CHANGE, Verdict.NEW, Verdict.MISSING);
        assertThat(c.metrics().get(1).evidence()).isEqualTo(Evidence.NONE);
        assertThat(c.metrics().get(1).relativeChange()).isEmpty();
        assertThat(c.metrics().get(1).reason()).isEqualTo("New: only in the current run.");
        assertThat(c.metrics().get(2).reason()).isEqualTo("Missing: only in the baseline run.");
        assertThat(c.baseline()).isPresent();
    }

    @Test
    void withoutABaselineEveryMetricIsNew() {
        Comparison c = Comparisons.compare(run("cur", single(P99, NS, 1), single(OTHER, NS, 2)), Optional.empty(),
                NoiseHistory.empty(), settings());
        assertThat(c.metrics()).extracting(MetricComparison::verdict).containsOnly(Verdict.NEW);
        assertThat(c.baseline()).isEmpty();
        assertThat(c.fails(FailPolicy.REGRESSION)).isFalse();
    }

    // --- samples ---

    @Test
    void samplesFromTheSameDistributionAreNeverARegressionOrImprovement() {
        for (long seed = 1; seed <= 200; seed++) {
            double[] a = normal(seed, 10, 1_000, 80);
            double[] b = normal(seed + 10_000, 10, 1_000, 80);
            MetricComparison m = compareOne(samples(P99, NS, a), samples(P99, NS, b));
            assertThat(m.evidence()).isEqualTo(Evidence.SAMPLES);
            assertThat(m.verdict()).as("seed %d: %s", seed, m.reason()).isIn(Verdict.NO_CHANGE, Verdict.INCONCLUSIVE);
        }
    }

    @Test
    void aThirtyPercentShiftWithTightSamplesIsACriticalRegression() {
        MetricComparison m = compareOne(samples(THROUGHPUT, RATE, normal(7, 10, 100_000, 1_000)),
                samples(THROUGHPUT, RATE, normal(8, 10, 70_000, 1_000)));
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.evidence()).isEqualTo(Evidence.SAMPLES);
        assertThat(m.pValue().getAsDouble()).isLessThan(0.001);
        assertThat(m.ratioInterval()).hasValueSatisfying(ci -> {
            assertThat(ci.level()).isEqualTo(0.99);
            assertThat(ci.lower()).isBetween(0.65, 0.70);
            assertThat(ci.upper()).isBetween(0.70, 0.75);
        });
        assertThat(m.critical()).isTrue();
        assertThat(m.reason()).matches("\\d\\d\\.\\d% lower \\(worse\\), beyond the 10% threshold; p < 0\\.001 over 10 vs 10 "
                + "samples, 99% CI of the ratio 0\\.\\d{3}–0\\.\\d{3}; critical: beyond the 25% fail threshold\\.");
    }

    @Test
    void aBigChangeWithHugeNoiseInTheSamplesIsInconclusive() {
        MetricComparison m = compareOne(samples(P99, NS, 100, 40, 160, 90, 130),
                samples(P99, NS, 150, 60, 170, 80, 140));
        assertThat(m.relativeChange().getAsDouble()).isGreaterThan(0.1);
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.evidence()).isEqualTo(Evidence.SAMPLES);
        assertThat(m.reason()).contains("not significant: p = ").contains("over 5 vs 5 samples (needs p < 0.01)");
        assertThat(m.isRegression()).isFalse();
    }

    @Test
    void aSignificantChangeWhoseIntervalReachesIntoTheThresholdIsInconclusive() {
        // a 12% shift, clearly non-zero, but not clearly more than 10%
        MetricComparison m = compareOne(samples(P99, NS, normal(3, 10, 1_000, 30)),
                samples(P99, NS, normal(4, 10, 1_120, 30)));
        assertThat(m.pValue().getAsDouble()).isLessThan(0.01);
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.reason()).contains("not clearly beyond it").contains("reaches into 0.900–1.100");
    }

    @Test
    void fewerThanThreeSamplesOnASideFallBackToTheThreshold() {
        MetricComparison m = compareOne(samples(P99, NS, 100, 101), samples(P99, NS, 150, 151, 152));
        assertThat(m.evidence()).isEqualTo(Evidence.THRESHOLD);
        assertThat(m.pValue()).isEmpty();
        assertThat(m.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void samplesTooFewForTheTestToReachAlphaFallBackToTheHistory() {
        // 3 against 3 can give p = 0.05 at best, never below 0.01: the samples cannot decide
        assertThat(SampleTest.smallestPValue(3, 3)).isCloseTo(0.0495, within(0.001));
        assertThat(SampleTest.smallestPValue(5, 5)).isLessThan(0.01);
        MetricComparison m = compareOne(samples(P99, NS, 148, 148, 148), samples(P99, NS, 192, 192, 192),
                list(148, 148, 148, 148, 148), settings());
        assertThat(m.evidence()).isEqualTo(Evidence.HISTORY_NOISE);
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void significantSamplesInsideTheBranchsRunToRunNoiseAreInconclusive() {
        List<Double> history = list(1_000, 1_300, 800, 1_200, 900, 1_100);
        MetricComparison m = compareOne(samples(P99, NS, 1_000, 1_001, 1_002, 999, 998),
                samples(P99, NS, 1_200, 1_201, 1_202, 1_199, 1_198), history, settings());
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.evidence()).isEqualTo(Evidence.SAMPLES);
        assertThat(m.reason()).contains("within the noise").contains("times the baseline branch's run-to-run noise");
    }

    // --- single values against the history's noise ---

    @Test
    void aSingleValueChangeBeyondTheHistorysNoiseIsARegression() {
        List<Double> history = list(100, 101, 99, 100, 102, 98, 100);
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 120), history, settings(3));
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.evidence()).isEqualTo(Evidence.HISTORY_NOISE);
        // 7 points: the range (98..102) floors the MAD: sigma = 4 / 2.70 = 1.48
        assertThat(m.reason()).isEqualTo("20.0% higher (worse), beyond the 10% threshold; 13.5 times the baseline "
                + "branch's run-to-run noise over 7 runs, limit 5.2.");
    }

    @Test
    void threeSamplesASideAreTooFewForTheTestAndTheReasonSaysSo() {
        MetricComparison m = compareOne(samples(P99, NS, 100, 101, 99), samples(P99, NS, 150, 151, 149));
        assertThat(m.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(m.evidence()).isEqualTo(Evidence.THRESHOLD);
        assertThat(m.reason()).contains("unverified: 3 vs 3 samples are too few for a test at p < 0.01 and no history");
    }

    @Test
    void theDefaultNoiseLimitOfFiveAsksMoreOfASevenRunHistory() {
        List<Double> history = list(100, 101, 99, 100, 102, 98, 100);
        MetricComparison small = compareOne(single(P99, NS, 100), single(P99, NS, 120), history, settings());
        assertThat(small.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        MetricComparison large = compareOne(single(P99, NS, 100), single(P99, NS, 200), history, settings());
        assertThat(large.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void aSingleValueChangeInsideTheHistorysNoiseIsInconclusive() {
        List<Double> history = list(100, 130, 80, 120, 90, 110, 70);
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 120), history, settings());
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.evidence()).isEqualTo(Evidence.HISTORY_NOISE);
        assertThat(m.reason()).startsWith("20.0% higher (worse), beyond the 10% threshold but within the noise: ");
    }

    @Test
    void aChangeFromABaselineThatWasTheOddOneOutIsInconclusive() {
        // the baseline (130) was an outlier of its branch; the current value is the branch's usual 100
        List<Double> history = list(100, 101, 99, 100, 102, 98, 100, 101, 99, 100, 130);
        MetricComparison m = compareOne(single(P99, NS, 130), single(P99, NS, 100.5), history, settings(3));
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.reason()).contains("the current value is only 0.3 times the noise from the median of the baseline "
                + "branch's last 11 runs (limit 4.1): the baseline is the odd one out");
    }

    @Test
    void aShortHistoryWithTwoModesIsNotMistakenForAQuietOne() {
        // three runs agree, one ran in the slow mode: the MAD alone would be 0 and flag any change
        List<Double> history = list(100, 100, 100, 300);
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 300), history, settings());
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aHistoryOfFewerThanThreePointsIsNotUsed() {
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 120), list(100, 140), settings());
        assertThat(m.evidence()).isEqualTo(Evidence.THRESHOLD);
        assertThat(m.verdict()).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void aHistoryThatNeverVariedMakesAnyChangeBeyondTheThresholdCount() {
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 120), list(100, 100, 100), settings());
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.reason()).contains("the baseline branch's last 3 runs did not vary at all");
    }

    // --- zero and negative baselines, units ---

    @Test
    void aZeroBaselineGivesNoRelativeChangeAndNoNaN() {
        MetricComparison both = compareOne(single(OTHER, Unit.COUNT, 0), single(OTHER, Unit.COUNT, 0));
        assertThat(both.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(both.relativeChange()).hasValue(0);
        MetricComparison m = compareOne(single(OTHER, Unit.COUNT, 0), single(OTHER, Unit.COUNT, 5));
        assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(m.relativeChange()).isEmpty();
        assertThat(m.gain()).isEmpty();
        assertThat(m.reason()).isEqualTo("The baseline is 0, so a relative change is undefined (now 5 count); judge this one by hand.");
    }

    @Test
    void aNegativeBaselineIsComparedAgainstItsMagnitude() {
        Measurement base = single(OTHER, Unit.RATIO, -2).withDirection(Direction.HIGHER_IS_BETTER);
        Measurement cur = single(OTHER, Unit.RATIO, -1).withDirection(Direction.HIGHER_IS_BETTER);
        MetricComparison m = compareVerified(base, cur);
        assertThat(m.relativeChange().getAsDouble()).isEqualTo(0.5);
        assertThat(m.verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(m.reason()).contains("against the magnitude of a negative baseline");
    }

    @Test
    void timesInDifferentUnitsAreConvertedAndOtherUnitsAreNotCompared() {
        MetricComparison m = compareOne(single(P99, Unit.MILLISECONDS, 1), single(P99, NS, 1_050_000));
        assertThat(m.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(m.relativeChange().getAsDouble()).isCloseTo(0.05, within(1e-9));
        MetricComparison odd = compareOne(single(OTHER, Unit.COUNT, 1), single(OTHER, Unit.BYTES, 2));
        assertThat(odd.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(odd.reason()).contains("units differ");
    }

    // --- thresholds and grades ---

    @Test
    void thresholdsComeFromTheLastMatchingGlob() {
        ComparisonSettings s = settings();
        ComparisonSettings loose = new ComparisonSettings(s.thresholds().withThreshold("agent/*", 0.2)
                .withFailThreshold("agent/request_latency/*", 0.12), s.targets(), s.alpha(), s.bootstrapResamples(),
                s.seed(), s.noiseMads());
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 115), List.of(), loose);
        assertThat(m.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(m.threshold()).isEqualTo(0.2);
        assertThat(m.failThreshold()).isEqualTo(0.12);
        assertThat(m.reason()).isEqualTo("15.0% higher (worse), within the 20% threshold.");
        MetricComparison big = compareOne(single(P99, NS, 100), single(P99, NS, 125), quiet(100), loose);
        assertThat(big.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(big.critical()).isTrue();
    }

    @Test
    void aRegressionWithinTheFailThresholdIsNotCritical() {
        MetricComparison m = compareVerified(single(P99, NS, 100), single(P99, NS, 120));
        assertThat(m.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(m.critical()).isFalse();
        Comparison c = Comparisons.compare(run("c", single(P99, NS, 120)), Optional.of(run("b", single(P99, NS, 100))),
                quietHistory(P99, 100), settings());
        assertThat(c.fails(FailPolicy.REGRESSION)).isTrue();
        assertThat(c.fails(FailPolicy.CRITICAL)).isFalse();
        assertThat(c.fails(FailPolicy.NEVER)).isFalse();
    }

    @Test
    void aWorseGradeIsARegressionOfItsOwnAndAFallToCriticalIsCritical() {
        Targets targets = Targets.none().with("agent/request_latency/*", Tier.of("p99", 100, 104, 200, NS));
        ComparisonSettings s = ComparisonSettings.defaults(targets);
        MetricComparison m = compareOne(single(P99, NS, 100), single(P99, NS, 105), quiet(100), s);
        assertThat(m.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(m.baselineGrade()).contains(Grade.TARGET);
        assertThat(m.currentGrade()).contains(Grade.CRITICAL);
        assertThat(m.isRegression()).isTrue();
        assertThat(m.critical()).isTrue();
        assertThat(m.reason()).isEqualTo("5.0% higher (worse), within the 10% threshold; critical: the grade fell from "
                + "target to critical.");
        MetricComparison acceptable = compareOne(single(P99, NS, 100), single(P99, NS, 103), quiet(100), s);
        assertThat(acceptable.currentGrade()).contains(Grade.ACCEPTABLE);
        assertThat(acceptable.isRegression()).isTrue();
        assertThat(acceptable.critical()).isFalse();
        assertThat(acceptable.reason()).endsWith("; the grade fell from target to acceptable.");
        MetricComparison fresh = Comparisons.compare(run("c", single(P99, NS, 300)), Optional.empty(),
                NoiseHistory.empty(), s).metrics().get(0);
        assertThat(fresh.currentGrade()).contains(Grade.FAILING);
        assertThat(fresh.critical()).isFalse();
    }

    // --- reasons and determinism ---

    @Test
    void reasonsUseTheRootLocaleWhateverTheDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            MetricComparison m = compareOne(samples(THROUGHPUT, RATE, normal(7, 10, 100_000, 1_000)),
                    samples(THROUGHPUT, RATE, normal(8, 10, 70_000, 1_000)));
            Locale.setDefault(Locale.ROOT);
            MetricComparison again = compareOne(samples(THROUGHPUT, RATE, normal(7, 10, 100_000, 1_000)),
                    samples(THROUGHPUT, RATE, normal(8, 10, 70_000, 1_000)));
            assertThat(m.reason()).isEqualTo(again.reason()).doesNotContain(",0").contains("0.");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theSameInputsGiveAnEqualComparison() {
        MetricId other2 = MetricId.parse("other/bench/rate");
        var base = run("b", samples(THROUGHPUT, RATE, normal(1, 12, 100, 3)), single(P99, NS, 100),
                samples(other2, RATE, normal(5, 8, 50, 1)));
        var cur = run("c", samples(THROUGHPUT, RATE, normal(2, 12, 80, 3)), single(P99, NS, 130),
                samples(other2, RATE, normal(6, 8, 51, 1)));
        NoiseHistory noise = new NoiseHistory(Map.of(P99, list(100, 101, 99, 100)));
        Comparison first = Comparisons.compare(cur, Optional.of(base), noise, settings());
        Comparison second = Comparisons.compare(cur, Optional.of(base), noise, settings());
        assertThat(second).isEqualTo(first);
        assertThat(first.metrics().get(0).ratioInterval()).isPresent();
    }
}
