package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.model.Direction;
import java.util.Random;

/**
 * The noise of a synthetic series. Each model draws noise with a standard deviation of one (before
 * spikes), which the corpus scales by {@code cv * level}; a step of magnitude k moves the level by
 * k of those standard deviations. Skew, spikes and the slow mode all point the "worse" way for the
 * metric's direction, as real benchmark noise does.
 */
enum NoiseModel {
    NORMAL_CV1("normal, CV 1%", 0.01),
    NORMAL_CV2("normal, CV 2%", 0.02),
    NORMAL_CV5("normal, CV 5%", 0.05),
    NORMAL_CV10("normal, CV 10%", 0.10),
    /** exp(N(0, 0.5^2)), standardised: strongly skewed. */
    LOG_NORMAL("log-normal (s=0.5), CV 5%", 0.05),
    /** Normal with 3% of points spiking 5 to 20 standard deviations the worse way (GC pauses, noisy neighbours). */
    OUTLIERS("normal + 3% spikes of 5-20 sd, CV 2%", 0.02),
    /**
     * Two modes 4 within-mode sd apart, the slow one drawn independently for each point with a
     * per-series probability in [0.2, 0.5] (JIT or GC modes); scaled to unit total sd.
     */
    BIMODAL("bimodal (modes 4 sd apart, 20-50% slow), CV 5%", 0.05);

    private static final double LOG_SIGMA = 0.5;
    private static final double MODE_GAP = 4.0;

    private final String label;
    private final double cv;

    NoiseModel(String label, double cv) {
        this.label = label;
        this.cv = cv;
    }

    String label() {
        return label;
    }

    /** Noise standard deviation relative to the base level. */
    double cv() {
        return cv;
    }

    /** A per-series parameter (the slow-mode probability for BIMODAL), drawn once per series. */
    double drawParameter(Random random) {
        return this == BIMODAL ? 0.2 + 0.3 * random.nextDouble() : 0;
    }

    /** One noise value, in units of the noise's standard deviation. */
    double draw(Random random, Direction direction, double parameter) {
        double worse = direction == Direction.LOWER_IS_BETTER ? 1 : -1;
        return switch (this) {
            case NORMAL_CV1, NORMAL_CV2, NORMAL_CV5, NORMAL_CV10 -> random.nextGaussian();
            case LOG_NORMAL -> {
                double s2 = LOG_SIGMA * LOG_SIGMA;
                double mean = Math.exp(s2 / 2);
                double sd = Math.sqrt((Math.exp(s2) - 1) * Math.exp(s2));
                yield worse * (Math.exp(LOG_SIGMA * random.nextGaussian()) - mean) / sd;
            }
            case OUTLIERS -> {
                double z = random.nextGaussian();
                yield random.nextDouble() < 0.03 ? z + worse * (5 + 15 * random.nextDouble()) : z;
            }
            case BIMODAL -> {
                double q = parameter;
                double slow = random.nextDouble() < q ? MODE_GAP : 0;
                double sd = Math.sqrt(1 + q * (1 - q) * MODE_GAP * MODE_GAP);
                yield worse * (random.nextGaussian() + slow - q * MODE_GAP) / sd;
            }
        };
    }
}
