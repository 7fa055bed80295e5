package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricIdTest {
    @Test
    void canonicalFormSortsParametersAndEscapesSpecialCharacters() {
        MetricId id = MetricId.of("agent", "a/b", "p99", Map.of("z", "1", "a", "x,y=[z]\\"));

        assertThat(id.canonical()).isEqualTo("agent/a\\/b/p99[a=x\\,y\\=\\[z\\]\\\\,z=1]");
        assertThat(MetricId.parse(id.canonical())).isEqualTo(id);
    }

    @Test
    void escapesOnlyTheSpecialCharactersNotThoseThatShareTheirLowBits() {
        // 'l', 'o' and '}' are ',', '/' and '=' plus 64; 'ŏ' and 'Я' are beyond ASCII
        MetricId id = MetricId.of("gab", "lo}ŏЯ/x", "value", Map.of("k", "o=l"));

        assertThat(id.canonical()).isEqualTo("gab/lo}ŏЯ\\/x/value[k=o\\=l]");
        assertThat(MetricId.parse(id.canonical())).isEqualTo(id);
    }

    @Test
    void parsesAnIdWithoutParameters() {
        assertThat(MetricId.parse("agent/spawn/time")).isEqualTo(MetricId.of("agent", "spawn", "time"));
    }

    @Test
    void missingBenchmarkNamesTheColumnAndTheForm() {
        assertThatThrownBy(() -> MetricId.parse("agent/spawn"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'agent/spawn'")
                .hasMessageContaining("column 12")
                .hasMessageContaining("expected '/' but the text ended")
                .hasMessageContaining("suite/benchmark/metric[param=value,...]");
    }

    @Test
    void emptyPartNamesWhatWasExpectedAndHowToEscape() {
        assertThatThrownBy(() -> MetricId.parse("agent//time"))
                .hasMessageContaining("column 7")
                .hasMessageContaining("expected the benchmark")
                .hasMessageContaining("escape \\ / [ ] , = with a backslash");
    }

    @Test
    void unclosedParameterListNamesTheColumn() {
        assertThatThrownBy(() -> MetricId.parse("a/b/c[x=1"))
                .hasMessageContaining("column 10")
                .hasMessageContaining("expected ']'");
    }

    @Test
    void textAfterTheParameterListIsAnError() {
        assertThatThrownBy(() -> MetricId.parse("a/b/c[x=1]y"))
                .hasMessageContaining("column 11")
                .hasMessageContaining("nothing may follow ']'");
    }

    @Test
    void repeatedParameterIsAnError() {
        assertThatThrownBy(() -> MetricId.parse("a/b/c[x=1,x=2]"))
                .hasMessageContaining("parameter 'x' appears twice");
    }

    @Test
    void danglingBackslashIsAnError() {
        assertThatThrownBy(() -> MetricId.parse("a/b/c\\"))
                .hasMessageContaining("column 6")
                .hasMessageContaining("a backslash must be followed by the character it escapes");
    }

    @Test
    void blankPartIsRefusedByTheConstructor() {
        assertThatThrownBy(() -> MetricId.of("agent", " ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("benchmark must not be blank");
    }

    @Test
    void idsOrderByTheirCanonicalForm() {
        assertThat(MetricId.of("a", "b", "c")).isLessThan(MetricId.of("a", "b", "d"));
    }
}
