package dev.caxton.bench.suite;

import java.time.Duration;

import dev.caxton.bench.model.Profile;

/**
 * One benchmark of a {@link Suite}. It creates the systems it needs through its context, measures,
 * and returns measurements whose ids start with the suite's name and its own {@link #name()}.
 */
public interface Benchmark {
    /** A short snake_case name, unique in its suite, used in metric ids and by include/exclude. */
    String name();

    /** One line that says what is measured. */
    String description();

    Category category();

    /**
     * The wall-clock time after which the runner gives up on this benchmark and marks it failed; a
     * generous bound on what the profile needs.
     */
    Duration timeLimit(Profile profile);

    /** A rough estimate of the time the profile needs, for progress displays. */
    Duration estimate(Profile profile);

    /**
     * Whether this benchmark measures the run's system under test (true unless overridden). A run none
     * of whose selected benchmarks does, such as JMH benchmarks without a {@code system} param, records
     * {@link SuiteRunner#NO_SYSTEM} as its system rather than the requested one.
     */
    default boolean measuresSystem() {
        return true;
    }

    /** Measures. Implementations check {@link BenchmarkContext#cancelled()} in their loops. */
    BenchmarkResult run(BenchmarkContext context) throws Exception;
}
