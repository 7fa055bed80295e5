package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitAndDirectionTest {
    @Test
    void everyUnitIsFoundByItsOwnLabel() {
        for (Unit u : Unit.values()) {
            assertThat(Unit.fromLabel(u.label())).isEqualTo(u);
        }
    }

    @Test
    void commonAliasesAreUnderstood() {
        assertThat(Unit.fromLabel("%")).isEqualTo(Unit.PERCENT);
        assertThat(Unit.fromLabel("µs")).isEqualTo(Unit.MICROSECONDS);
        assertThat(Unit.fromLabel(" MSG/S ")).isEqualTo(Unit.MESSAGES_PER_SECOND);
        assertThat(Unit.fromLabel("B/s")).isEqualTo(Unit.BYTES_PER_SECOND);
    }

    @Test
    void unknownUnitListsTheKnownLabels() {
        assertThatThrownBy(() -> Unit.fromLabel("furlongs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown unit 'furlongs'. Known units are: msg/s, ops/s, ns, us, ms, s, bytes, bytes/s, percent, "
                        + "count, ratio");
    }

    @Test
    void everyDirectionIsFoundByItsLabelAndName() {
        for (Direction d : Direction.values()) {
            assertThat(Direction.fromLabel(d.label())).isEqualTo(d);
            assertThat(Direction.fromLabel(d.name())).isEqualTo(d);
        }
    }

    @Test
    void unknownDirectionListsTheKnownLabels() {
        assertThatThrownBy(() -> Direction.fromLabel("sideways"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown direction 'sideways'. Known values are: higher, lower");
    }

    @Test
    void timeUnitsConvertAndOtherKindsRefuse() {
        assertThat(Unit.MILLISECONDS.convert(1.5, Unit.MICROSECONDS)).isEqualTo(1500.0);
        assertThatThrownBy(() -> Unit.BYTES.convert(1, Unit.SECONDS))
                .hasMessageContaining("Cannot convert bytes to s");
    }

    @Test
    void ratesImproveUpwardAndTimesDownward() {
        assertThat(Unit.MESSAGES_PER_SECOND.defaultDirection().isBetter(2, 1)).isTrue();
        assertThat(Unit.NANOSECONDS.defaultDirection().isBetter(2, 1)).isFalse();
    }

    @Test
    void bytesPerSecondIsARateThatImprovesUpwardByDefault() {
        // a throughput in bytes/s; an allocation rate is lower-is-better by its meaning, set by its importer
        assertThat(Unit.BYTES_PER_SECOND.label()).isEqualTo("bytes/s");
        assertThat(Unit.BYTES_PER_SECOND.kind()).isEqualTo(Unit.Kind.RATE);
        assertThat(Unit.BYTES_PER_SECOND.defaultDirection()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }
}
