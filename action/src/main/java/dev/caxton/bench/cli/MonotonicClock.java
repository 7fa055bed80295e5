package dev.caxton.bench.cli;

/** A monotonic clock for durations; tests use a manual one. */
@FunctionalInterface
interface MonotonicClock {
    MonotonicClock SYSTEM = System::nanoTime;

    long nanos();
}
