package dev.caxton.bench.compare;

import static dev.caxton.bench.compare.CompareFixtures.P99;
import static dev.caxton.bench.compare.CompareFixtures.THROUGHPUT;
import static dev.caxton.bench.compare.CompareFixtures.compareOne;
import static dev.caxton.bench.compare.CompareFixtures.normal;
import static dev.caxton.bench.compare.CompareFixtures.samples;
import static dev.caxton.bench.compare.CompareFixtures.settings;
import static dev.caxton.bench.compare.CompareFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;

class ComparisonPropertiesTest {

    @Property
    void swappingTheSidesFlipsRegressionAndImprovement(@ForAll @DoubleRange(min = 1, max = 1e9) double baseline,
                                                       @ForAll @DoubleRange(min = 1.2, max = 5) double factor,
                                                       @ForAll boolean down, @ForAll boolean throughput,
                                                       @ForAll @IntRange(min = 0, max = 8) int historyPoints,
                                                       @ForAll @DoubleRange(min = 0, max = 0.5) double noise) {
        MetricId id = throughput ? THROUGHPUT : P99;
        Unit unit = throughput ? Unit.MESSAGES_PER_SECOND : Unit.NANOSECONDS;
        double current = down ? baseline / factor : baseline * factor;
        List<Double> history = new java.util.ArrayList<>();
        for (int i = 0; i < historyPoints; i++) {
            history.add(baseline * (1 + noise * ((i * 7 % 5) - 2) / 2.0));
        }
        MetricComparison forward = compareOne(single(id, unit, baseline), single(id, unit, current), history, settings());
        MetricComparison back = compareOne(single(id, unit, current), single(id, unit, baseline), history, settings());
        Verdict flipped = switch (forward.verdict()) {
            case REGRESSION -> Verdict.IMPROVEMENT;
            case IMPROVEMENT -> Verdict.REGRESSION;
            default -> forward.verdict();
        };
        String both = forward.reason() + " / " + back.reason();
        if (history.size() < 3) {
            // the threshold alone flags both directions alike, and verifies neither
            assertThat(back.verdict()).as(both).isEqualTo(flipped);
            assertThat(forward.verdict()).isEqualTo(Verdict.UNVERIFIED);
        } else {
            // the history belongs to the baseline branch, so the mirror may be inconclusive, never the same flag
            assertThat(back.verdict()).as(both).isIn(flipped, Verdict.INCONCLUSIVE);
            if (forward.verdict() == Verdict.REGRESSION || forward.verdict() == Verdict.IMPROVEMENT) {
                assertThat(back.verdict()).as(both).isNotEqualTo(forward.verdict());
            }
        }
    }

    @Property
    void theVerdictIsNeverARegressionWhenTheChangeIsWithinTheThreshold(
            @ForAll @DoubleRange(min = 1, max = 1e6) double baseline, @ForAll @DoubleRange(min = -0.1, max = 0.1) double change,
            @ForAll boolean withSamples, @ForAll @IntRange(min = 1, max = 1000) int seed,
            @ForAll @DoubleRange(min = 0.01, max = 0.5) double spread) {
        double current = baseline * (1 + change);
        MetricComparison m;
        if (withSamples) {
            m = compareOne(samples(P99, Unit.NANOSECONDS, normal(seed, 6, baseline, baseline * spread)),
                    samples(P99, Unit.NANOSECONDS, normal(seed + 1, 6, current, baseline * spread)));
        } else {
            m = compareOne(single(P99, Unit.NANOSECONDS, baseline), single(P99, Unit.NANOSECONDS, current));
        }
        if (Math.abs(m.relativeChange().orElse(0)) <= m.threshold()) {
            assertThat(m.verdict()).as(m.reason()).isEqualTo(Verdict.NO_CHANGE);
        }
    }
}
