package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RunIdsTest {
    private static Clock at(String instant) {
        // a zone far from UTC: the id must still use UTC
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void idIsTheUtcSecondAndSixHexDigits() {
        String id = RunIds.next(at("2026-11-26T16:24:37.999Z"), new Random(7));

        assertThat(id).matches("20261126T162437Z-[0-9a-f]{6}");
    }

    @Test
    void idIsAValidRunId() {
        String id = RunIds.next(Clock.systemUTC());

        RunInfo info = new RunInfo(id, Instant.now(), Optional.empty(), Optional.empty(), Optional.empty(),
                RunFixtures.environment(), "s", "p", "x", Optional.empty());
        assertThat(info.runId()).isEqualTo(id);
    }

    @Test
    void idsSortByStartTimeAsPlainStrings() {
        Random random = new Random(1);
        String earlier = RunIds.next(at("2026-11-26T09:59:59Z"), random);
        String later = RunIds.next(at("2026-11-26T10:00:00Z"), random);
        String nextYear = RunIds.next(at("2027-01-01T00:00:00Z"), random);

        assertThat(earlier).isLessThan(later);
        assertThat(later).isLessThan(nextYear);
    }

    @Test
    void idsOfTheSameSecondDifferBySuffix() {
        Clock clock = at("2026-11-26T16:24:37Z");
        Random random = new Random(3);

        assertThat(RunIds.next(clock, random)).isNotEqualTo(RunIds.next(clock, random));
    }
}
