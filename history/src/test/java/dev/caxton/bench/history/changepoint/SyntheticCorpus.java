package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.model.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded corpus of labelled synthetic series: for every noise model and every step magnitude
 * (in noise standard deviations) some series with 1 to 3 steps at known indices, plus series with
 * no change. The same seed and sizes give the same corpus, value for value.
 *
 * <p>Series have 100 to 200 points around a base level of 100. Steps lie at least
 * {@value #EDGE} points from either end and {@value #GAP} points from each other; each goes up or
 * down at random, except that a step that would take the level below half the base goes up.
 */
final class SyntheticCorpus {
    static final double[] MAGNITUDES = {1, 2, 3, 5, 10};
    static final int EDGE = 10;
    static final int GAP = 15;
    static final double BASE = 100;

    /** One true step: the index of its first new point and whether the level went up. */
    record Step(int index, boolean up) {}

    /**
     * A labelled series.
     *
     * @param magnitude the step size in noise sd, 0 for a series with no change
     */
    record Series(int id, NoiseModel noise, double magnitude, Direction direction, double[] values, List<Step> steps) {
        Series {
            values = values.clone();
            steps = List.copyOf(steps);
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private SyntheticCorpus() {}

    /**
     * The corpus for {@code seed}: {@code perCell} change series for each (noise model, magnitude)
     * and {@code noChangePerModel} no-change series per noise model.
     */
    static List<Series> generate(long seed, int perCell, int noChangePerModel) {
        List<Series> corpus = new ArrayList<>();
        int id = 0;
        for (NoiseModel noise : NoiseModel.values()) {
            for (double magnitude : MAGNITUDES) {
                for (int i = 0; i < perCell; i++) {
                    corpus.add(series(id, seed, noise, magnitude));
                    id++;
                }
            }
            for (int i = 0; i < noChangePerModel; i++) {
                corpus.add(series(id, seed, noise, 0));
                id++;
            }
        }
        return corpus;
    }

    static Series series(int id, long seed, NoiseModel noise, double magnitude) {
        Random random = new Random(mix(seed, id));
        int length = 100 + random.nextInt(101);
        Direction direction = random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        List<Integer> indices = magnitude == 0 ? List.of() : stepIndices(random, length, 1 + random.nextInt(3));
        double sigma = noise.cv() * BASE;
        double parameter = noise.drawParameter(random);
        List<Step> steps = new ArrayList<>();
        double[] values = new double[length];
        double level = BASE;
        int next = 0;
        for (int t = 0; t < length; t++) {
            if (next < indices.size() && indices.get(next) == t) {
                boolean up = random.nextBoolean();
                if (!up && level - magnitude * sigma < BASE / 2) {
                    up = true;
                }
                level += (up ? 1 : -1) * magnitude * sigma;
                steps.add(new Step(t, up));
                next++;
            }
            values[t] = level + sigma * noise.draw(random, direction, parameter);
        }
        return new Series(id, noise, magnitude, direction, values, steps);
    }

    private static List<Integer> stepIndices(Random random, int length, int count) {
        while (true) {
            List<Integer> picked = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                picked.add(EDGE + random.nextInt(length - 2 * EDGE + 1));
            }
            picked.sort(null);
            boolean ok = true;
            for (int k = 1; k < count; k++) {
                ok &= picked.get(k) - picked.get(k - 1) >= GAP;
            }
            if (ok) {
                return picked;
            }
        }
    }

    /** SplitMix64 finaliser: independent-looking seeds for neighbouring ids. */
    private static long mix(long seed, int id) {
        long z = seed + 0x9E3779B97F4A7C15L * (id + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
