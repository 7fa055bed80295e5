package dev.caxton.bench.history.changepoint;

import dev.caxton.bench.model.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of github-action-benchmark, as a baseline: alert when a value is worse than the
 * previous one by at least the threshold ratio (its default {@code alert-threshold} is 200%, a
 * ratio of 2). Like the action it only flags regressions.
 */
record RatioRule(double threshold) implements SeriesDetector {

    @Override
    public String name() {
        return "github-action-benchmark " + Math.round(threshold * 100) + "% rule";
    }

    @Override
    public List<Detection> detect(double[] values, Direction direction) {
        List<Detection> found = new ArrayList<>();
        for (int i = 1; i < values.length; i++) {
            double previous = values[i - 1];
            double current = values[i];
            if (previous <= 0 || current <= 0) {
                continue;
            }
            double ratio = direction == Direction.LOWER_IS_BETTER ? current / previous : previous / current;
            if (ratio >= threshold) {
                found.add(new Detection(i, direction == Direction.LOWER_IS_BETTER));
            }
        }
        return found;
    }
}
