package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.history.changepoint.SeriesDetector.Detection;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Series;
import dev.caxton.bench.history.changepoint.SyntheticCorpus.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a detector against labelled series. A detection matches a true step when it lies within
 * {@link #TOLERANCE} points of it and goes the same way; each step and each detection is matched
 * at most once (closest pairs first). Unmatched detections are false positives, unmatched steps
 * false negatives. The false-positive rate is the fraction of no-change series with any detection.
 */
final class Scorer {
    static final int TOLERANCE = 5;

    /** True positives, false positives and false negatives, with the figures derived from them. */
    record Counts(int truePositives, int falsePositives, int falseNegatives) {
        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        /** TP / (TP + FP); 1 when nothing was detected. */
        double precision() {
            int detected = truePositives + falsePositives;
            return detected == 0 ? 1.0 : (double) truePositives / detected;
        }

        /** TP / (TP + FN); 1 when there was nothing to find. */
        double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The score of one detector on one corpus.
     *
     * @param byMagnitude      counts over the change series of each step magnitude
     * @param byNoise          counts over all series (change and no-change) of each noise model
     * @param overall          counts over all series
     * @param noChangeSeries   how many series had no change
     * @param noChangeFlagged  how many of them got at least one detection
     * @param flaggedByNoise   the flagged no-change series of each noise model
     */
    record Report(String detector, Map<Double, Counts> byMagnitude, Map<NoiseModel, Counts> byNoise, Counts overall,
                  int noChangeSeries, int noChangeFlagged, Map<NoiseModel, Integer> flaggedByNoise) {

        /** Counts over change series whose steps are at least {@code magnitude} sd. */
        Counts atLeast(double magnitude) {
            return byMagnitude.entrySet().stream()
                    .filter(e -> e.getKey() >= magnitude)
                    .map(Map.Entry::getValue)
                    .reduce(Counts.ZERO, Counts::plus);
        }

        double falsePositiveRate() {
            return noChangeSeries == 0 ? 0 : (double) noChangeFlagged / noChangeSeries;
        }
    }

    private Scorer() {}

    static Report score(List<Series> corpus, SeriesDetector detector) {
        Map<Double, Counts> byMagnitude = new TreeMap<>();
        Map<NoiseModel, Counts> byNoise = new EnumMap<>(NoiseModel.class);
        Counts overall = Counts.ZERO;
        int noChange = 0;
        int flagged = 0;
        Map<NoiseModel, Integer> flaggedByNoise = new EnumMap<>(NoiseModel.class);
        for (Series series : corpus) {
            List<Detection> detections = detector.detect(series.values(), series.direction());
            Counts counts = match(series.steps(), detections);
            overall = overall.plus(counts);
            byNoise.merge(series.noise(), counts, Counts::plus);
            if (series.steps().isEmpty()) {
                noChange++;
                if (!detections.isEmpty()) {
                    flagged++;
                    flaggedByNoise.merge(series.noise(), 1, Integer::sum);
                }
            } else {
                byMagnitude.merge(series.magnitude(), counts, Counts::plus);
            }
        }
        return new Report(detector.name(), byMagnitude, byNoise, overall, noChange, flagged, flaggedByNoise);
    }

    /** Matches detections to steps, closest pairs first, each at most once. */
    static Counts match(List<Step> steps, List<Detection> detections) {
        record Pair(int step, int detection, int distance) {}
        List<Pair> pairs = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            for (int d = 0; d < detections.size(); d++) {
                int distance = Math.abs(steps.get(s).index() - detections.get(d).index());
                if (distance <= TOLERANCE && steps.get(s).up() == detections.get(d).up()) {
                    pairs.add(new Pair(s, d, distance));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::distance).thenComparingInt(Pair::step).thenComparingInt(Pair::detection));
        boolean[] stepUsed = new boolean[steps.size()];
        boolean[] detectionUsed = new boolean[detections.size()];
        int matched = 0;
        for (Pair pair : pairs) {
            if (!stepUsed[pair.step()] && !detectionUsed[pair.detection()]) {
                stepUsed[pair.step()] = true;
                detectionUsed[pair.detection()] = true;
                matched++;
            }
        }
        return new Counts(matched, detections.size() - matched, steps.size() - matched);
    }
}
