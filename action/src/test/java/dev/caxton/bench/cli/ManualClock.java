package dev.caxton.bench.cli;

import java.time.Duration;

/** A monotonic clock that moves only when a test says so. */
final class ManualClock implements MonotonicClock {
    private long nanos = 1_000_000_000L;

    @Override
    public long nanos() {
        return nanos;
    }

    void advance(Duration d) {
        nanos += d.toNanos();
    }
}
