package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RunIdTest {
    private static Clock at(String instant) {
        // a zone far from UTC: the id must still use UTC
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void idIsTheUtcSecondAndSixHexDigits() {
        RunId id = RunId.next(at("2026-11-26T16:24:37.999Z"), new Random(7));

        assertThat(id.value()).matches("20261126T162437Z-[0-9a-f]{6}");
        assertThat(id).hasToString(id.value());
    }

    @Test
    void aNewIdMatchesTheOnePatternOfRunIds() {
        RunId id = RunId.next(Clock.systemUTC());

        assertThat(RunId.PATTERN.matcher(id.value()).matches()).isTrue();
        assertThat(RunId.parse(id.value())).contains(id);
    }

    @Test
    void idsSortByStartTimeAsPlainStrings() {
        Random random = new Random(1);
        RunId earlier = RunId.next(at("2026-11-26T09:59:59Z"), random);
        RunId later = RunId.next(at("2026-11-26T10:00:00Z"), random);
        RunId nextYear = RunId.next(at("2027-01-01T00:00:00Z"), random);

        assertThat(earlier).isLessThan(later);
        assertThat(later).isLessThan(nextYear);
        assertThat(earlier.value()).isLessThan(later.value());
    }

    @Test
    void idsOfTheSameSecondDifferBySuffix() {
        Clock clock = at("2026-11-26T16:24:37Z");
        Random random = new Random(3);

        assertThat(RunId.next(clock, random)).isNotEqualTo(RunId.next(clock, random));
    }

    @Test
    void anIdWithOtherCharactersIsRefusedWithTheRule() {
        assertThatThrownBy(() -> new RunId("run 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A run id may hold only letters, digits, '.', '_' and '-', got 'run 1'");
        assertThatThrownBy(() -> new RunId("")).hasMessageContaining("got ''");
        assertThat(RunId.parse("../x")).isEmpty();
        assertThat(RunId.parse("gab-20261126-abc")).contains(new RunId("gab-20261126-abc"));
    }
}
