package dev.caxton.bench.suite.agent;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.LatencyRecorder;

/**
 * A latency recorder many threads write to: one {@link LatencyRecorder} per stripe, picked by the
 * writing thread's id, each guarded by its own lock. Completion callbacks run on a system's few worker
 * threads, so a writer almost always takes an uncontended lock. {@link #snapshot()} merges the stripes.
 */
final class StripedRecorder {
    private final LatencyRecorder[] stripes;

    StripedRecorder() {
        int n = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors()) * 4 - 1) << 1;
        stripes = new LatencyRecorder[n];
        for (int i = 0; i < n; i++) {
            stripes[i] = new LatencyRecorder();
        }
    }

    void recordNanos(long latencyNanos) {
        LatencyRecorder r = stripes[(int) Thread.currentThread().getId() & (stripes.length - 1)];
        synchronized (r) {
            r.recordNanos(latencyNanos);
        }
    }

    void reset() {
        for (LatencyRecorder r : stripes) {
            synchronized (r) {
                r.reset();
            }
        }
    }

    LatencyDistribution snapshot() {
        LatencyRecorder all = new LatencyRecorder();
        for (LatencyRecorder r : stripes) {
            synchronized (r) {
                all.add(r);
            }
        }
        return all.snapshot();
    }
}
