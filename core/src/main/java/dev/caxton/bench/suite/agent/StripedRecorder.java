package dev.caxton.bench.suite.agent;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.LatencyRecorder;

/**
 * Records the outcomes of asks that complete on many threads: one stripe per writer-thread hash, each
 * with its own lock, its own {@link LatencyRecorder}, its counts of answers and errors and the time of
 * its last completion. Completion callbacks run on a system's few worker threads, so a writer almost
 * always takes an uncontended lock, and one lock per completion is all it costs. The totals merge the
 * stripes.
 */
final class StripedRecorder {
    private static final class Stripe {
        final LatencyRecorder latencies = new LatencyRecorder();
        long errors;
        long lastNanos = Long.MIN_VALUE;
    }

    private final Stripe[] stripes;

    StripedRecorder() {
        int n = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors()) * 4 - 1) << 1;
        stripes = new Stripe[n];
        for (int i = 0; i < n; i++) {
            stripes[i] = new Stripe();
        }
    }

    private Stripe stripe() {
        return stripes[(int) Thread.currentThread().getId() & (stripes.length - 1)];
    }

    /** An answer that arrived at {@code nowNanos}, {@code latencyNanos} after it was due to be sent. */
    void answered(long latencyNanos, long nowNanos) {
        Stripe s = stripe();
        synchronized (s) {
            s.latencies.recordNanos(latencyNanos);
            if (nowNanos > s.lastNanos) {
                s.lastNanos = nowNanos;
            }
        }
    }

    /** An ask that failed at {@code nowNanos}. */
    void failed(long nowNanos) {
        Stripe s = stripe();
        synchronized (s) {
            s.errors++;
            if (nowNanos > s.lastNanos) {
                s.lastNanos = nowNanos;
            }
        }
    }

    /** Answers and errors so far. */
    long completed() {
        long n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.latencies.count() + s.errors;
            }
        }
        return n;
    }

    long errors() {
        long n = 0;
        for (Stripe s : stripes) {
            synchronized (s) {
                n += s.errors;
            }
        }
        return n;
    }

    /** The time of the last completion, or {@code Long.MIN_VALUE} when nothing completed. */
    long lastNanos() {
        long last = Long.MIN_VALUE;
        for (Stripe s : stripes) {
            synchronized (s) {
                last = Math.max(last, s.lastNanos);
            }
        }
        return last;
    }

    LatencyDistribution snapshot() {
        LatencyRecorder all = new LatencyRecorder();
        for (Stripe s : stripes) {
            synchronized (s) {
                all.add(s.latencies);
            }
        }
        return all.snapshot();
    }
}
