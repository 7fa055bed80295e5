package dev.caxton.bench.ab;

import java.time.Duration;

/** Hears each side's round as it ends. */
@FunctionalInterface
public interface AbListener {
    AbListener NONE = (round, rounds, side, took) -> { };

    void sideDone(int round, int rounds, String side, Duration took);
}
