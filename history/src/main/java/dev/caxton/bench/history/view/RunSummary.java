package dev.caxton.bench.history.view;

import java.util.Objects;

import dev.caxton.bench.model.RunInfo;

/**
 * A run as {@code history list} shows it: its description and how many metrics it has in the history.
 *
 * @param info    the run
 * @param metrics its rows in the history, one per metric
 */
public record RunSummary(RunInfo info, int metrics) {
    public RunSummary {
        Objects.requireNonNull(info, "info");
        if (metrics < 0) {
            throw new IllegalArgumentException("A run has 0 metrics or more, got " + metrics);
        }
    }
}
