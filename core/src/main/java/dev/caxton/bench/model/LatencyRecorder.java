package dev.caxton.bench.model;

import org.HdrHistogram.Histogram;

/**
 * Records latencies (ns) for one writer thread; not thread-safe. Values above the highest
 * trackable value (one hour) are clamped to it rather than lost.
 */
public final class LatencyRecorder {
    private static final long HIGHEST = 3_600_000_000_000L;
    private final Histogram histogram = new Histogram(1, HIGHEST, 3);

    public void recordNanos(long latencyNanos) {
        histogram.recordValue(clamp(latencyNanos));
    }

    /**
     * Records a latency measured on a fixed schedule, correcting for coordinated omission: when the
     * value exceeds {@code expectedIntervalNanos}, the samples that the stalled schedule missed are
     * added too.
     */
    public void recordNanos(long latencyNanos, long expectedIntervalNanos) {
        histogram.recordValueWithExpectedInterval(clamp(latencyNanos), expectedIntervalNanos);
    }

    /** Adds everything another recorder holds. */
    public void add(LatencyRecorder other) {
        histogram.add(other.histogram);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public void reset() {
        histogram.reset();
    }

    /** An immutable snapshot of what was recorded. */
    public LatencyDistribution snapshot() {
        return LatencyDistribution.of(histogram);
    }

    private static long clamp(long v) {
        return Math.max(1, Math.min(HIGHEST, v));
    }
}
