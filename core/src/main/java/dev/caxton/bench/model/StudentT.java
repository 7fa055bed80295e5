package dev.caxton.bench.model;

import org.apache.commons.math3.distribution.TDistribution;

/** Two-sided 95% quantiles of Student's t distribution. */
final class StudentT {
    private StudentT() {}

    static double quantile975(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
