package dev.caxton.bench.compare;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;

/**
 * The comparison of one metric: both sides (either may be absent), the verdict and what it rests on.
 *
 * @param relativeChange {@code current / baseline - 1}, signed as the values move (+0.15 is 15% larger;
 *                       against the baseline's magnitude when it is negative); empty for new and missing
 *                       metrics, a zero baseline, units that do not convert, or a value that is not finite
 * @param pValue         the two-sample test's p-value when {@link Evidence#SAMPLES}
 * @param ratioInterval  the bootstrap confidence interval of {@code current / baseline} when
 *                       {@link Evidence#SAMPLES}
 * @param threshold      the relative change below which the metric counts as unchanged (0.10 = 10%)
 * @param failThreshold  the relative change in the worse direction beyond which a regression is critical
 * @param critical       true for a regression beyond {@code failThreshold} or a grade that fell to
 *                       critical or failing
 * @param reason         one sentence saying why the verdict is what it is, for reports
 * @param detectable     the minimum detectable effect: the smallest relative change this comparison could have
 *                       told from noise (at alpha, with 80% power, never below {@code threshold}); 0.03 = "could
 *                       see changes of 3% or more". Empty when the evidence cannot say (single values without
 *                       history, new and missing metrics)
 */
public record MetricComparison(MetricId id, Unit unit, Direction direction, Optional<Measurement> baseline,
                               Optional<Measurement> current, Verdict verdict, Evidence evidence,
                               OptionalDouble relativeChange, OptionalDouble pValue,
                               Optional<ConfidenceInterval> ratioInterval, double threshold, double failThreshold,
                               Optional<Grade> baselineGrade, Optional<Grade> currentGrade, boolean critical,
                               String reason, OptionalDouble detectable) {
    public MetricComparison {
        Objects.requireNonNull(detectable, "detectable");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(relativeChange, "relativeChange");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(ratioInterval, "ratioInterval");
        Objects.requireNonNull(baselineGrade, "baselineGrade");
        Objects.requireNonNull(currentGrade, "currentGrade");
        Objects.requireNonNull(reason, "reason");
        if (baseline.isEmpty() && current.isEmpty()) {
            throw new IllegalArgumentException("A comparison of " + id + " needs at least one side");
        }
    }

    /** A comparison that states no detectable effect. */
    public MetricComparison(MetricId id, Unit unit, Direction direction, Optional<Measurement> baseline,
                            Optional<Measurement> current, Verdict verdict, Evidence evidence,
                            OptionalDouble relativeChange, OptionalDouble pValue,
                            Optional<ConfidenceInterval> ratioInterval, double threshold, double failThreshold,
                            Optional<Grade> baselineGrade, Optional<Grade> currentGrade, boolean critical,
                            String reason) {
        this(id, unit, direction, baseline, current, verdict, evidence, relativeChange, pValue, ratioInterval,
                threshold, failThreshold, baselineGrade, currentGrade, critical, reason, OptionalDouble.empty());
    }

    /** The relative change in the metric's own direction: positive is better, negative is worse. */
    public OptionalDouble gain() {
        if (relativeChange.isEmpty()) {
            return OptionalDouble.empty();
        }
        double c = relativeChange.getAsDouble();
        return OptionalDouble.of(direction == Direction.HIGHER_IS_BETTER ? c : -c);
    }

    /**
     * True when the current value grades worse than the baseline value (for example target to acceptable), on
     * evidence that can tell it from noise: a grade that fell on single values without history
     * ({@link Evidence#THRESHOLD}) is unverified like the change and counts for nothing.
     */
    public boolean gradeWorsened() {
        return evidence != Evidence.THRESHOLD && baselineGrade.isPresent() && currentGrade.isPresent()
                && currentGrade.get().ordinal() > baselineGrade.get().ordinal();
    }

    /** True when this metric counts against the change: a regression verdict or a worse grade. */
    public boolean isRegression() {
        return verdict == Verdict.REGRESSION || gradeWorsened();
    }
}
