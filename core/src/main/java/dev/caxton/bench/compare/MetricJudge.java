package dev.caxton.bench.compare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;

/** The decision rule of the package documentation, applied to one metric. */
final class MetricJudge {
    private final ComparisonSettings settings;
    /** The noise limit by number of history points: computing it inverts Student's t, so once per count. */
    private final java.util.Map<Integer, Double> limits = new java.util.HashMap<>();

    MetricJudge(ComparisonSettings settings) {
        this.settings = settings;
    }

    private double limit(Noise noise) {
        return limits.computeIfAbsent(noise.points(), n -> Noise.limit(settings.noiseMads(), n));
    }

    /** What the comparison of one metric rests on, gathered before the verdict. */
    private static final class Finding {
        OptionalDouble pValue = OptionalDouble.empty();
        Optional<ConfidenceInterval> interval = Optional.empty();
        int baselineSamples;
        int currentSamples;
        Optional<Noise> noise = Optional.empty();
        OptionalDouble detectable = OptionalDouble.empty();
        String doubt;
    }

    MetricComparison judge(MetricId id, String canonical, Optional<Measurement> baseline, Optional<Measurement> current,
                           List<Double> history) {
        double threshold = settings.thresholds().threshold(canonical);
        double failThreshold = settings.thresholds().failThreshold(canonical);
        Measurement any = current.orElseGet(baseline::orElseThrow);
        Unit unit = any.unit();
        Direction direction = any.direction();
        Optional<Grade> baselineGrade = baseline.flatMap(settings.targets()::grade);
        Optional<Grade> currentGrade = current.flatMap(settings.targets()::grade);
        Result r = new Result(id, unit, direction, baseline, current, threshold, failThreshold, baselineGrade, currentGrade);
        if (baseline.isEmpty()) {
            return r.done(Verdict.NEW, Evidence.NONE, OptionalDouble.empty(), new Finding(), "New: only in the current run");
        }
        if (current.isEmpty()) {
            return r.done(Verdict.MISSING, Evidence.NONE, OptionalDouble.empty(), new Finding(), "Missing: only in the baseline run");
        }
        Measurement b = baseline.get();
        Measurement c = current.get();
        double bv = b.value();
        double cv = c.value();
        double[] bs = SampleTest.finite(b.samples());
        double[] cs = SampleTest.finite(c.samples());
        if (b.unit() != c.unit()) {
            if (b.unit().kind() != Unit.Kind.TIME || c.unit().kind() != Unit.Kind.TIME) {
                return r.done(Verdict.INCONCLUSIVE, Evidence.NONE, OptionalDouble.empty(), new Finding(),
                        "The units differ (" + b.unit().label() + " in the baseline, " + c.unit().label()
                                + " now), so the values cannot be compared");
            }
            bv = b.unit().convert(bv, c.unit());
            for (int i = 0; i < bs.length; i++) {
                bs[i] = b.unit().convert(bs[i], c.unit());
            }
        }
        if (!Double.isFinite(bv) || !Double.isFinite(cv)) {
            return r.done(Verdict.INCONCLUSIVE, Evidence.NONE, OptionalDouble.empty(), new Finding(),
                    "A value is not finite (baseline " + number(bv) + ", now " + number(cv) + "), so no change can be computed");
        }
        if (bv == 0) {
            if (cv == 0) {
                return r.done(Verdict.NO_CHANGE, Evidence.THRESHOLD, OptionalDouble.of(0), new Finding(), "Unchanged at 0");
            }
            return r.done(Verdict.INCONCLUSIVE, Evidence.NONE, OptionalDouble.empty(), new Finding(),
                    "The baseline is 0, so a relative change is undefined (now " + number(cv) + " " + unit.label()
                            + "); judge this one by hand");
        }
        // current / baseline - 1 for a positive baseline; against the baseline's magnitude for a negative one
        double change = (cv - bv) / Math.abs(bv);
        double gain = direction == Direction.HIGHER_IS_BETTER ? change : -change;
        Finding f = new Finding();
        boolean samples = bs.length >= SampleTest.MIN_SAMPLES && cs.length >= SampleTest.MIN_SAMPLES
                && SampleTest.smallestPValue(bs.length, cs.length) < settings.alpha();
        f.noise = Noise.of(history);
        Evidence evidence = samples ? Evidence.SAMPLES : f.noise.isPresent() ? Evidence.HISTORY_NOISE : Evidence.THRESHOLD;
        if (samples) {
            f.baselineSamples = bs.length;
            f.currentSamples = cs.length;
            f.pValue = OptionalDouble.of(SampleTest.pValue(bs, cs));
        }
        if (samples) {
            OptionalDouble mde = PairedTest.detectableTwoSample(bs, cs, settings.alpha());
            f.detectable = OptionalDouble.of(Math.max(threshold, mde.orElse(threshold)));
        } else if (f.noise.isPresent()) {
            // the noise rule sees a change beyond limit x sigma of the baseline branch's runs
            f.detectable = OptionalDouble.of(Math.max(threshold, limit(f.noise.get()) * f.noise.get().sigma() / Math.abs(bv)));
        }
        String head = movement(change, gain) + (bv < 0 ? " (against the magnitude of a negative baseline)" : "");
        if (Math.abs(change) <= threshold) {
            return r.done(Verdict.NO_CHANGE, evidence, OptionalDouble.of(change), f,
                    head + ", within the " + percent(threshold) + " threshold");
        }
        boolean significant = true;
        if (samples) {
            double p = f.pValue.getAsDouble();
            if (p >= settings.alpha()) {
                significant = false;
                f.doubt = "not significant: " + sampleText(f) + " (needs p < " + plain(settings.alpha()) + ")";
            } else {
                long seed = settings.seed() * 0x9E3779B97F4A7C15L ^ canonical.hashCode();
                boolean medians = SampleTest.reportsMedians(bv, bs, cv, cs);
                f.interval = SampleTest.ratioInterval(bs, cs, medians, 1 - settings.alpha(), settings.bootstrapResamples(),
                        seed);
                if (f.interval.isPresent()) {
                    ConfidenceInterval ci = f.interval.get();
                    boolean beyond = change > 0 ? ci.lower() > 1 + threshold : ci.upper() < 1 - threshold;
                    if (!beyond) {
                        significant = false;
                        f.doubt = "not clearly beyond it: " + sampleText(f) + " reaches into "
                                + ratio(1 - threshold) + "–" + ratio(1 + threshold);
                    }
                }
            }
        }
        if (significant && f.noise.isPresent()) {
            Noise noise = f.noise.get();
            double sigma = noise.sigma();
            double limit = limit(noise);
            double diff = Math.abs(cv - bv);
            if (!(diff > limit * sigma)) {
                significant = false;
                f.doubt = "within the noise: " + (samples ? sampleText(f) + ", but " : "") + noiseText(f, diff);
            } else if (!(Math.abs(cv - noise.median()) > limit * sigma)) {
                significant = false;
                String distance = sigma == 0 ? "at" : "only " + String.format(Locale.ROOT, "%.1f",
                        Math.abs(cv - noise.median()) / sigma) + " times the noise from";
                f.doubt = "within the noise: " + (samples ? sampleText(f) + ", but " : "") + "the current value is "
                        + distance + " the median of the baseline branch's last " + noise.points() + " runs (limit "
                        + String.format(Locale.ROOT, "%.1f", limit) + "): the baseline is the odd one out";
            }
        }
        if (!significant) {
            return r.done(Verdict.INCONCLUSIVE, evidence, OptionalDouble.of(change), f,
                    head + ", beyond the " + percent(threshold) + " threshold but " + f.doubt);
        }
        if (evidence == Evidence.THRESHOLD) {
            // the guide's threshold rule on a single value: without a measure of the noise it cannot tell a
            // change from a busy runner, so it raises no alarm (and claims no improvement)
            String few = bs.length > 1 && cs.length > 1
                    ? bs.length + " vs " + cs.length + " samples are too few for a test at p < " + plain(settings.alpha())
                    : "single values";
            return r.done(Verdict.UNVERIFIED, evidence, OptionalDouble.of(change), f,
                    head + ", beyond the " + percent(threshold) + " threshold but unverified: " + few
                            + " and no history to measure the noise; " + UNVERIFIED_FIX);
        }
        StringBuilder why = new StringBuilder(head).append(", beyond the ").append(percent(threshold)).append(" threshold; ");
        if (samples) {
            why.append(sampleText(f));
            if (f.noise.isPresent()) {
                why.append(", and ").append(noiseText(f, Math.abs(cv - bv)));
            }
        } else {
            why.append(noiseText(f, Math.abs(cv - bv)));
        }
        return r.done(gain > 0 ? Verdict.IMPROVEMENT : Verdict.REGRESSION, evidence, OptionalDouble.of(change), f,
                why.toString());
    }

    /**
     * The verdict of paired rounds: {@code base[i]} and {@code head[i]} were measured back to back in round i
     * ({@code value} of each side is the centre of its rounds). A regression or improvement needs all three of:
     * the signed-rank test at {@code alpha}, a bootstrap interval of the geometric-mean ratio that excludes 1,
     * and a change beyond the threshold (the guide's rule, on top of significance).
     */
    MetricComparison judgePaired(MetricId id, String canonical, Measurement baseline, Measurement current,
                                 double[] base, double[] head) {
        double threshold = settings.thresholds().threshold(canonical);
        double failThreshold = settings.thresholds().failThreshold(canonical);
        Direction direction = current.direction();
        Optional<Grade> baselineGrade = settings.targets().grade(baseline);
        Optional<Grade> currentGrade = settings.targets().grade(current);
        Result r = new Result(id, current.unit(), direction, Optional.of(baseline), Optional.of(current), threshold,
                failThreshold, baselineGrade, currentGrade);
        Finding f = new Finding();
        if (baseline.unit() != current.unit()) {
            return r.done(Verdict.INCONCLUSIVE, Evidence.NONE, OptionalDouble.empty(), f, "The units differ ("
                    + baseline.unit().label() + " in the base rounds, " + current.unit().label() + " in the head rounds)");
        }
        Optional<double[]> logs = PairedTest.logRatios(base, head);
        if (logs.isEmpty()) {
            double bv = baseline.value();
            double cv = current.value();
            if (bv == cv) {
                return r.done(Verdict.NO_CHANGE, Evidence.PAIRED, OptionalDouble.of(0), f, "Unchanged at "
                        + number(bv) + " in every round");
            }
            return r.done(Verdict.INCONCLUSIVE, Evidence.NONE, OptionalDouble.empty(), f, "A value is zero, negative "
                    + "or not finite in some round, so the rounds give no ratio; judge this one by hand");
        }
        double[] d = logs.get();
        int n = d.length;
        double ratio = PairedTest.geometricMeanRatio(d);
        double change = ratio - 1;
        double gain = direction == Direction.HIGHER_IS_BETTER ? change : -change;
        f.baselineSamples = n;
        f.currentSamples = n;
        f.detectable = OptionalDouble.of(Math.max(threshold, PairedTest.detectable(d, settings.alpha()).orElse(threshold)));
        String moved = movement(change, gain) + " (geometric mean of " + n + " paired rounds)";
        int needed = PairedTest.minimumRounds(settings.alpha());
        if (n < needed) {
            return r.done(Verdict.INCONCLUSIVE, Evidence.PAIRED, OptionalDouble.of(change), f, moved + ", but " + n
                    + (n == 1 ? " round" : " rounds") + " cannot reach p < " + plain(settings.alpha())
                    + " (a signed-rank test needs at least " + needed + "); give more rounds or a longer budget");
        }
        double p = PairedTest.signedRankPValue(d);
        f.pValue = OptionalDouble.of(p);
        long seed = settings.seed() * 0x9E3779B97F4A7C15L ^ canonical.hashCode();
        f.interval = PairedTest.ratioInterval(d, 1 - settings.alpha(), settings.bootstrapResamples(), seed);
        String stats = pairedText(f, n);
        if (Math.abs(change) <= threshold) {
            return r.done(Verdict.NO_CHANGE, Evidence.PAIRED, OptionalDouble.of(change), f,
                    moved + ", within the " + percent(threshold) + " threshold; " + stats);
        }
        boolean excludesOne = f.interval.map(ci -> ci.lower() > 1 || ci.upper() < 1).orElse(true);
        if (p >= settings.alpha() || !excludesOne) {
            return r.done(Verdict.INCONCLUSIVE, Evidence.PAIRED, OptionalDouble.of(change), f,
                    moved + ", beyond the " + percent(threshold) + " threshold but not significant: " + stats
                            + " (needs p < " + plain(settings.alpha()) + " and an interval that excludes 1)");
        }
        return r.done(gain > 0 ? Verdict.IMPROVEMENT : Verdict.REGRESSION, Evidence.PAIRED, OptionalDouble.of(change),
                f, moved + ", beyond the " + percent(threshold) + " threshold; " + stats);
    }

    private String pairedText(Finding f, int rounds) {
        StringBuilder sb = new StringBuilder();
        double p = f.pValue.getAsDouble();
        sb.append("signed-rank ").append(p < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.ROOT, "%.3f", p));
        sb.append(" over ").append(rounds).append(" rounds");
        f.interval.ifPresent(ci -> sb.append(", ").append(Math.round(ci.level() * 100)).append("% CI of the ratio ")
                .append(ratio(ci.lower())).append('–').append(ratio(ci.upper())));
        return sb.toString();
    }

    /** What turns an unverified change into a verdict. */
    static final String UNVERIFIED_FIX = "to verify it, measure repetitions (a profile with samples), compare both "
            + "builds on one runner with caxton-bench ab, or build a history of at least " + Noise.MIN_POINTS
            + " runs on the baseline branch";

    private String sampleText(Finding f) {
        StringBuilder sb = new StringBuilder();
        double p = f.pValue.getAsDouble();
        sb.append(p < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.ROOT, "%.3f", p));
        sb.append(" over ").append(f.baselineSamples).append(" vs ").append(f.currentSamples).append(" samples");
        f.interval.ifPresent(ci -> sb.append(", ").append(Math.round(ci.level() * 100)).append("% CI of the ratio ")
                .append(ratio(ci.lower())).append('–').append(ratio(ci.upper())));
        return sb.toString();
    }

    private String noiseText(Finding f, double diff) {
        Noise noise = f.noise.orElseThrow();
        if (noise.sigma() == 0) {
            return "the baseline branch's last " + noise.points() + " runs did not vary at all";
        }
        return String.format(Locale.ROOT, "%.1f", diff / noise.sigma()) + " times the baseline branch's run-to-run noise "
                + "over " + noise.points() + " runs, limit " + String.format(Locale.ROOT, "%.1f", limit(noise));
    }

    /** "12.3% lower (worse)", in the metric's own direction. */
    private static String movement(double change, double gain) {
        if (change == 0) {
            return "Unchanged";
        }
        return String.format(Locale.ROOT, "%.1f%%", Math.abs(change) * 100) + (change > 0 ? " higher" : " lower") + (gain > 0 ? " (better)" : " (worse)");
    }

    /** A threshold as a percentage without needless decimals: "10%", "2.5%". */
    static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction * 100).setScale(2, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.3f", r);
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String number(double d) {
        return Double.isFinite(d) ? plain(d) : Double.toString(d);
    }

    /** Everything of one metric's comparison but the verdict and its grounds. */
    private record Result(MetricId id, Unit unit, Direction direction, Optional<Measurement> baseline,
                          Optional<Measurement> current, double threshold, double failThreshold,
                          Optional<Grade> baselineGrade, Optional<Grade> currentGrade) {
        MetricComparison done(Verdict verdict, Evidence evidence, OptionalDouble change, Finding f, String reason) {
            StringBuilder why = new StringBuilder(reason);
            boolean beyondFail = verdict == Verdict.REGRESSION && change.isPresent()
                    && Math.abs(change.getAsDouble()) > failThreshold;
            if (beyondFail) {
                why.append("; critical: beyond the ").append(percent(failThreshold)).append(" fail threshold");
            }
            // a grade that fell on single values without history is as unverified as the change itself
            boolean worse = evidence != Evidence.THRESHOLD && baselineGrade.isPresent() && currentGrade.isPresent()
                    && currentGrade.get().ordinal() > baselineGrade.get().ordinal();
            boolean gradeFell = worse && (currentGrade.get() == Grade.CRITICAL || currentGrade.get() == Grade.FAILING);
            if (worse) {
                why.append(gradeFell ? "; critical: " : "; ").append("the grade fell from ").append(baselineGrade.get().label())
                        .append(" to ").append(currentGrade.get().label());
            }
            why.append('.');
            return new MetricComparison(id, unit, direction, baseline, current, verdict, evidence, change, f.pValue,
                    f.interval, threshold, failThreshold, baselineGrade, currentGrade, beyondFail || gradeFell,
                    why.toString(), f.detectable);
        }
    }
}
