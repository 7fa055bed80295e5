package dev.caxton.bench.suite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids: the UTC start time to the second and six random hex digits, for example
 * {@code 20261126T162437Z-a1b2c3}. They sort by start time and stay unique across machines that start
 * in the same second.
 */
final class RunIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunIds() {}

    static String next(Instant startedAt) {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return STAMP.format(startedAt) + "-" + HexFormat.of().formatHex(random);
    }
}
