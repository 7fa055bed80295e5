package dev.caxton.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.caxton.bench.model.Profile;

/**
 * The one place where profiles become JMH options. {@code smoke}: 1 fork, 1 warm-up and 1 measurement
 * iteration of 10 ms each (seconds per benchmark; numbers only good for "it runs"); {@code quick}:
 * 1 fork, 2 warm-up and 3 measurement iterations of 1 s; {@code full}: JMH's own defaults and the
 * benchmark's annotations (5 forks, 5 + 5 iterations of 10 s unless annotated otherwise).
 */
final class JmhProfiles {
    private JmhProfiles() {}

    static void apply(Profile profile, ChainedOptionsBuilder b) {
        switch (profile) {
            case SMOKE -> b.forks(1)
                    .warmupIterations(1).warmupTime(TimeValue.milliseconds(10))
                    .measurementIterations(1).measurementTime(TimeValue.milliseconds(10))
                    .timeout(TimeValue.seconds(30));
            case QUICK -> b.forks(1)
                    .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                    .timeout(TimeValue.minutes(2));
            case FULL -> { }
        }
    }

    /** A rough time one benchmark method in one mode and one param combination takes, for progress displays. */
    static long estimateMillis(Profile profile) {
        return switch (profile) {
            case SMOKE -> TimeUnit.SECONDS.toMillis(2);
            case QUICK -> TimeUnit.SECONDS.toMillis(7);
            case FULL -> TimeUnit.SECONDS.toMillis(5 * (5 + 5) * 10 + 5 * 2);
        };
    }
}
