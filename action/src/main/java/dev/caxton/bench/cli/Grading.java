package dev.caxton.bench.cli;

import java.util.Optional;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Targets;
import dev.caxton.bench.target.Tier;

/** What the summary needs from the targets: the tier of a metric and the grade of a value. */
interface Grading {
    Optional<Tier> tierFor(MetricId id);

    Optional<Grade> grade(Measurement measurement);

    /** The grade of a value whose metric's tier was looked up already ({@link #tierFor}). */
    default Optional<Grade> grade(Measurement measurement, Optional<Tier> tier) {
        return grade(measurement);
    }

    static Grading of(Targets targets) {
        return new Grading() {
            @Override
            public Optional<Tier> tierFor(MetricId id) {
                return targets.tierFor(id);
            }

            @Override
            public Optional<Grade> grade(Measurement measurement) {
                return targets.grade(measurement);
            }

            @Override
            public Optional<Grade> grade(Measurement measurement, Optional<Tier> tier) {
                return Targets.grade(measurement, tier);
            }
        };
    }
}
