package dev.caxton.bench.model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Run ids such as {@code 20261126T162437Z-a1b2c3}: the UTC start second, then six random hex digits
 * so that runs started in the same second differ. Ids sort by start time as plain strings (for
 * years 0000 to 9999) and hold only characters that {@link RunInfo} allows.
 */
public final class RunIds {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RunIds() {}

    /** A new id for a run starting now on {@code clock}. */
    public static String next(Clock clock) {
        return next(clock, ThreadLocalRandom.current());
    }

    /** A new id for a run starting now on {@code clock}, its suffix drawn from {@code random}. */
    public static String next(Clock clock, RandomGenerator random) {
        Objects.requireNonNull(clock, "clock");
        return next(clock.instant(), random);
    }

    /** A new id for a run that started at {@code startedAt}. */
    public static String next(Instant startedAt) {
        return next(startedAt, ThreadLocalRandom.current());
    }

    private static String next(Instant startedAt, RandomGenerator random) {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(random, "random");
        return SECOND.format(startedAt) + "-" + String.format(Locale.ROOT, "%06x", random.nextInt(1 << 24));
    }
}
