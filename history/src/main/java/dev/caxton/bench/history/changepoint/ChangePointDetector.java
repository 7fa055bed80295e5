package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.model.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Finds the points where a series of measurements changes level, and says for each whether the
 * metric got worse or better.
 *
 * <p>The method is that of MongoDB's "Change Point Detection in Software Performance Testing" and
 * of Hunter/Otava, written anew:
 * <ol>
 *   <li><b>Candidates.</b> The series is cut into windows of {@link Options#windowSize()} points
 *       that overlap by half. In each window E-Divisive means picks the best split; the split is
 *       kept and both halves are searched again while the t-test between the halves gives
 *       {@code p <= max(significance, 0.003)}.</li>
 *   <li><b>Pruning.</b> Each candidate is tested against its neighbours: Welch's t-test on the
 *       ranks of the segment from the previous candidate to the next, split at the candidate.
 *       The weakest candidate (largest p-value, or too small a change) is dropped and its
 *       neighbours retested, until every survivor has {@code p <= significance}, a change of
 *       at least {@link Options#minNoiseMultiple()} times the noise and
 *       {@link Options#minRelativeChange()} of the level, and passes a robust z-test at the same
 *       significance: the shift of the segments' 20%-trimmed means, divided by the series' noise
 *       times {@code sqrt(1/m + 1/n)}. The t-test trusts each segment's own variance, which in a
 *       segment of a few points can be small by chance; the z-test uses the noise of the whole
 *       series and so keeps short bumps of noise and clusters of spikes out.</li>
 * </ol>
 * The noise is estimated robustly from the median absolute difference of consecutive points, so
 * steps and spikes barely move it. There is no randomness: the same series gives the same change
 * points. Instances are immutable and thread-safe.
 */
public final class ChangePointDetector {

    /**
     * The options of a detector, validated; {@link #defaults()} holds every default.
     *
     * @param significance      the largest p-value a change point may have, in (0, 1)
     * @param minRelativeChange the smallest |after - before| / |before| reported, e.g. 0.05 for 5%; 0 for no floor
     * @param minNoiseMultiple  the smallest |after - before| reported, in multiples of the series' robust noise
     *                          estimate; 0 for no floor
     * @param windowSize        points per candidate-search window (windows overlap by half)
     * @param minSegmentLength  the fewest points between two change points, or between a change
     *                          point and an end of the series
     */
    public record Options(double significance, double minRelativeChange, double minNoiseMultiple,
                          int windowSize, int minSegmentLength) {

        public static final double DEFAULT_SIGNIFICANCE = 1e-4;
        public static final double DEFAULT_MIN_RELATIVE_CHANGE = 0.0;
        public static final double DEFAULT_MIN_NOISE_MULTIPLE = 0.5;
        public static final int DEFAULT_WINDOW_SIZE = 60;
        public static final int DEFAULT_MIN_SEGMENT_LENGTH = 5;

        public Options {
            if (!(significance > 0 && significance < 1)) {
                throw new IllegalArgumentException("significance must lie in (0, 1), got " + significance
                        + "; a typical value is " + DEFAULT_SIGNIFICANCE);
            }
            if (!(minRelativeChange >= 0) || Double.isInfinite(minRelativeChange)) {
                throw new IllegalArgumentException("minRelativeChange must be a finite fraction >= 0 (0.05 means 5%), got "
                        + minRelativeChange);
            }
            if (!(minNoiseMultiple >= 0) || Double.isInfinite(minNoiseMultiple)) {
                throw new IllegalArgumentException("minNoiseMultiple must be finite and >= 0, got " + minNoiseMultiple);
            }
            if (minSegmentLength < 3) {
                throw new IllegalArgumentException("minSegmentLength must be at least 3 (a t-test needs a variance on "
                        + "each side), got " + minSegmentLength);
            }
            if (windowSize < 2 * minSegmentLength) {
                throw new IllegalArgumentException("windowSize must be at least 2 * minSegmentLength = "
                        + 2 * minSegmentLength + ", got " + windowSize);
            }
        }

        /** The defaults. */
        public static Options defaults() {
            return new Options(DEFAULT_SIGNIFICANCE, DEFAULT_MIN_RELATIVE_CHANGE, DEFAULT_MIN_NOISE_MULTIPLE,
                    DEFAULT_WINDOW_SIZE, DEFAULT_MIN_SEGMENT_LENGTH);
        }

        public Options withSignificance(double value) {
            return new Options(value, minRelativeChange, minNoiseMultiple, windowSize, minSegmentLength);
        }

        public Options withMinRelativeChange(double value) {
            return new Options(significance, value, minNoiseMultiple, windowSize, minSegmentLength);
        }

        public Options withMinNoiseMultiple(double value) {
            return new Options(significance, minRelativeChange, value, windowSize, minSegmentLength);
        }

        public Options withWindowSize(int value) {
            return new Options(significance, minRelativeChange, minNoiseMultiple, value, minSegmentLength);
        }

        public Options withMinSegmentLength(int value) {
            return new Options(significance, minRelativeChange, minNoiseMultiple, windowSize, value);
        }
    }

    /**
     * The window search keeps splitting while the best split has a p-value at most this (or the
     * significance, when that is looser). It is looser than the final test so that a change masked
     * by its neighbour (a bump up and back down inside one window) still becomes a candidate; the
     * pruning then judges it against its real neighbours.
     */
    static final double CANDIDATE_SIGNIFICANCE = 0.003;

    /** Normal-consistency factor of the median absolute deviation. */
    private static final double MAD_TO_SIGMA = 1.4826;

    /** Normal-consistency factor of the mean absolute deviation, sqrt(pi / 2). */
    private static final double MEAN_ABS_TO_SIGMA = 1.2533;

    private final Options options;
    private final boolean ranks;
    private final double candidateSignificance;
    private final double criticalZ;

    /** A detector with the {@linkplain Options#defaults() default options}. */
    public ChangePointDetector() {
        this(Options.defaults());
    }

    public ChangePointDetector(Options options) {
        this(options, true, Math.max(options.significance(), CANDIDATE_SIGNIFICANCE));
    }

    /**
     * For scoring: {@code ranks = false} tests the raw values instead of their ranks;
     * {@code candidateSignificance} is the p-value under which the window search keeps splitting.
     */
    ChangePointDetector(Options options, boolean ranks, double candidateSignificance) {
        this.options = Objects.requireNonNull(options, "options");
        this.ranks = ranks;
        this.candidateSignificance = candidateSignificance;
        this.criticalZ = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - options.significance() / 2);
    }

    public Options options() {
        return options;
    }

    /**
     * The change points of {@code series}, in index order; empty when there are none or the series
     * is shorter than two segments.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite
     */
    public List<ChangePoint> detect(double[] series, Direction direction) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(direction, "direction");
        for (int i = 0; i < series.length; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("series[" + i + "] is " + series[i]
                        + "; change-point detection needs finite values: drop or fill in missing measurements first");
            }
        }
        int minSegment = options.minSegmentLength();
        int n = series.length;
        if (n < 2 * minSegment || isConstant(series)) {
            return List.of();
        }
        double[] x = series.clone();
        List<Candidate> candidates = spaced(candidates(x), minSegment);
        List<Integer> kept = prune(x, candidates, robustNoise(x));
        List<ChangePoint> result = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            int from = k == 0 ? 0 : kept.get(k - 1);
            int split = kept.get(k);
            int to = k == kept.size() - 1 ? n : kept.get(k + 1);
            double before = SegmentTest.mean(x, from, split);
            double after = SegmentTest.mean(x, split, to);
            double p = SegmentTest.pValue(x, from, split, to, ranks);
            ChangePoint.Kind kind = direction.isBetter(after, before)
                    ? ChangePoint.Kind.IMPROVEMENT : ChangePoint.Kind.REGRESSION;
            result.add(new ChangePoint(split, before, after, relative(before, after), p, kind));
        }
        return List.copyOf(result);
    }

    private record Candidate(int index, double pValue) {}

    private List<Candidate> candidates(double[] x) {
        int n = x.length;
        int window = options.windowSize();
        List<Candidate> found = new ArrayList<>();
        if (n <= window) {
            split(x, 0, n, found);
            return found;
        }
        int step = window / 2;
        for (int from = 0; ; from += step) {
            int to = Math.min(n, from + window);
            split(x, from, to, found);
            if (to == n) {
                break;
            }
        }
        return found;
    }

    /** E-Divisive recursion inside one window, while the best split is significant. */
    private void split(double[] x, int from, int to, List<Candidate> found) {
        int minSegment = options.minSegmentLength();
        EDivisive.Split best = EDivisive.bestSplit(x, from, to, minSegment);
        if (best.index() < 0) {
            return;
        }
        double p = SegmentTest.pValue(x, from, best.index(), to, ranks);
        if (p > candidateSignificance) {
            return;
        }
        found.add(new Candidate(best.index(), p));
        split(x, from, best.index(), found);
        split(x, best.index(), to, found);
    }

    /** Keeps the strongest of candidates closer than {@code minSegment} to each other. */
    private static List<Candidate> spaced(List<Candidate> candidates, int minSegment) {
        List<Candidate> byStrength = new ArrayList<>(candidates);
        byStrength.sort(Comparator.comparingDouble(Candidate::pValue).thenComparingInt(Candidate::index));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byStrength) {
            boolean clear = kept.stream().allMatch(k -> Math.abs(k.index() - c.index()) >= minSegment);
            if (clear) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::index));
        return kept;
    }

    /** Backward elimination: drop the weakest candidate until all survivors pass. */
    private List<Integer> prune(double[] x, List<Candidate> candidates, double noise) {
        List<Integer> points = new ArrayList<>();
        for (Candidate c : candidates) {
            points.add(c.index());
        }
        List<Double> scores = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            scores.add(score(x, points, k, noise));
        }
        while (!points.isEmpty()) {
            int worst = 0;
            for (int k = 1; k < points.size(); k++) {
                if (scores.get(k) > scores.get(worst)) {
                    worst = k;
                }
            }
            if (scores.get(worst) <= options.significance()) {
                break;
            }
            points.remove(worst);
            scores.remove(worst);
            if (worst > 0) {
                scores.set(worst - 1, score(x, points, worst - 1, noise));
            }
            if (worst < points.size()) {
                scores.set(worst, score(x, points, worst, noise));
            }
        }
        return points;
    }

    /**
     * The p-value of candidate k against its neighbours, or +infinity when the change is too small:
     * below a floor, or not significant by a robust z-test (the shift of the 20%-trimmed means
     * over the series' robust noise, scaled by the segment lengths). The z-test guards against a
     * short segment whose own variance is small by chance, which the t-test alone trusts.
     */
    private double score(double[] x, List<Integer> points, int k, double noise) {
        int from = k == 0 ? 0 : points.get(k - 1);
        int split = points.get(k);
        int to = k == points.size() - 1 ? x.length : points.get(k + 1);
        double before = SegmentTest.mean(x, from, split);
        double after = SegmentTest.mean(x, split, to);
        double delta = Math.abs(after - before);
        if (delta < options.minNoiseMultiple() * noise || delta < options.minRelativeChange() * Math.abs(before)) {
            return Double.POSITIVE_INFINITY;
        }
        double shift = Math.abs(SegmentTest.trimmedMean(x, split, to) - SegmentTest.trimmedMean(x, from, split));
        double z = shift / (noise * Math.sqrt(1.0 / (split - from) + 1.0 / (to - split)));
        if (!(z >= criticalZ)) { // also rejects 0/0 on a noiseless series with no shift
            return Double.POSITIVE_INFINITY;
        }
        return SegmentTest.pValue(x, from, split, to, ranks);
    }

    /**
     * The noise's standard deviation, from the median absolute deviation of the differences of
     * consecutive points: a step moves one difference and a spike two, so neither moves the estimate.
     */
    static double robustNoise(double[] x) {
        double[] diffs = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            diffs[i - 1] = x[i] - x[i - 1];
        }
        double median = median(diffs);
        for (int i = 0; i < diffs.length; i++) {
            diffs[i] = Math.abs(diffs[i] - median);
        }
        double mad = median(diffs);
        if (mad > 0) {
            return MAD_TO_SIGMA * mad / Math.sqrt(2);
        }
        // Coarsely quantised values (most consecutive differences equal): fall back to the mean
        // absolute deviation, less robust but not zero while any point moves.
        double sum = 0;
        for (double d : diffs) {
            sum += d;
        }
        return MEAN_ABS_TO_SIGMA * sum / diffs.length / Math.sqrt(2);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    private static double relative(double before, double after) {
        if (before != 0) {
            return (after - before) / Math.abs(before);
        }
        if (after == before) {
            return 0;
        }
        return after > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
}
