package dev.caxton.bench.suite;

import java.time.Duration;

/** Hears how a suite run goes; called from the runner's thread. Every method does nothing by default. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    default void suiteStarted(String suite, String system, int benchmarks, Duration estimate) {}

    /** {@code index} counts from 0 up to {@code count - 1}. */
    default void benchmarkStarted(String benchmark, int index, int count, Duration estimate) {}

    default void benchmarkProgress(String benchmark, double fraction) {}

    /** {@code failure} is empty when the benchmark succeeded. */
    default void benchmarkFinished(String benchmark, java.util.Optional<String> failure, Duration took) {}

    default void suiteFinished(Duration took) {}
}
