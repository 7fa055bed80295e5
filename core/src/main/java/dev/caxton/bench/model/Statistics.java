package dev.caxton.bench.model;

import java.util.Optional;

/**
 * The statistics behind a measured value: sample count, mean, standard deviation, extremes and
 * (when there are at least two samples) a confidence interval of the mean.
 */
public record Statistics(long n, double mean, double stddev, double min, double max,
                         Optional<ConfidenceInterval> confidence) {
    public Statistics {
        if (n < 0) {
            throw new IllegalArgumentException("A sample count cannot be negative, got " + n);
        }
        if (n > 0 && min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
        if (stddev < 0) {
            throw new IllegalArgumentException("A standard deviation cannot be negative, got " + stddev);
        }
        confidence = confidence == null ? Optional.empty() : confidence;
    }

    /** Statistics of one observed value. */
    public static Statistics single(double value) {
        return new Statistics(1, value, 0, value, value, Optional.empty());
    }

    /** Statistics of samples, with a 95% Student-t confidence interval of the mean when n >= 2. */
    public static Statistics of(double[] samples) {
        int n = samples.length;
        if (n == 0) {
            throw new IllegalArgumentException("Statistics need at least one sample");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : samples) {
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        double mean = sum / n;
        if (n == 1) {
            return single(mean);
        }
        double ss = 0;
        for (double s : samples) {
            ss += (s - mean) * (s - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = StudentT.quantile975(n - 1) * sd / Math.sqrt(n);
        return new Statistics(n, mean, sd, min, max, Optional.of(new ConfidenceInterval(mean - half, mean + half, 0.95)));
    }
}
