package dev.caxton.bench.model;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The id of a run: letters, digits, {@code .}, {@code _} and {@code -} only, so that it is a file name
 * ({@code runs/<id>.json}) and a CSV field without quoting everywhere. New ids such as
 * {@code 20261126T162437Z-a1b2c3} are the UTC start second, then six random hex digits so that runs
 * started in the same second differ; they sort by start time as plain strings (for years 0000 to
 * 9999). Imported histories keep the ids they were given ({@code gab-...}). Ids compare as strings.
 */
public record RunId(String value) implements Comparable<RunId> {
    /** What a run id may hold; the one place this rule is written. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._-]+");

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public RunId {
        Objects.requireNonNull(value, "value");
        if (!PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("A run id may hold only letters, digits, '.', '_' and '-', got '"
                    + (value.length() > 60 ? value.substring(0, 60) + "..." : value) + "'");
        }
    }

    /** The id {@code text} spells, or empty when it is not a run id. */
    public static Optional<RunId> parse(String text) {
        return text != null && PATTERN.matcher(text).matches() ? Optional.of(new RunId(text)) : Optional.empty();
    }

    /** A new id for a run starting now on {@code clock}. */
    public static RunId next(Clock clock) {
        return next(clock, ThreadLocalRandom.current());
    }

    /** A new id for a run starting now on {@code clock}, its suffix drawn from {@code random}. */
    public static RunId next(Clock clock, RandomGenerator random) {
        Objects.requireNonNull(clock, "clock");
        return next(clock.instant(), random);
    }

    /** A new id for a run that started at {@code startedAt}. */
    public static RunId next(Instant startedAt) {
        return next(startedAt, ThreadLocalRandom.current());
    }

    private static RunId next(Instant startedAt, RandomGenerator random) {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(random, "random");
        return new RunId(SECOND.format(startedAt) + "-" + String.format(Locale.ROOT, "%06x", random.nextInt(1 << 24)));
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    /** The id itself, as files and messages print it. */
    @Override
    public String toString() {
        return value;
    }
}
