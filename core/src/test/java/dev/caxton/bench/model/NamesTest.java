package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NamesTest {
    private static final Environment ENV = new Environment("cpu", 2, 1L << 30, "Linux", "vendor", "17", List.of());

    @Test
    void textWithoutControlCharactersOrLoneSurrogatesIsAName() {
        assertThat(Names.problem("a.B.c [x=1] äΩ€ \uD83D\uDE42 \u2028")).isEmpty();
    }

    @Test
    void lineBreaksTabsAndOtherControlCharactersAreRefusedWithTheirIndex() {
        assertThat(Names.problem("a\nb")).contains("holds the control character line feed \\n at index 1");
        assertThat(Names.problem("ab\r")).contains("holds the control character carriage return \\r at index 2");
        assertThat(Names.problem("\tx")).contains("holds the control character tab \\t at index 0");
        assertThat(Names.problem("x\u001b[31m")).contains("holds the control character \\u001b at index 1");
        assertThat(Names.problem("x\u0085")).contains("holds the control character \\u0085 at index 1");
    }

    @Test
    void anUnpairedSurrogateIsRefusedAndTheMessageHoldsOnlyPrintableText() {
        assertThatThrownBy(() -> Names.require("benchmark name", "a\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The benchmark name 'a\\ud800' holds an unpaired UTF-16 surrogate (\\ud800) at index 1; a name"
                        + " may not hold control characters (line breaks, tabs) or unpaired surrogates. Rename it where it"
                        + " comes from");
        assertThat(Names.problem("\uDE42x")).contains("holds an unpaired UTF-16 surrogate (\\ude42) at index 0");
    }

    @Test
    void everyNameOfARunFollowsTheRule() {
        assertThatThrownBy(() -> MetricId.of("jmh", "a\nb", "thrpt")).hasMessageContaining("The benchmark name 'a\\nb'");
        assertThatThrownBy(() -> MetricId.of("jmh", "b", "thrpt", Map.of("size", "1\t2")))
                .hasMessageContaining("The value of the parameter size '1\\t2' holds the control character tab");
        assertThatThrownBy(() -> MetricId.of("jmh", "b", "thrpt", Map.of("s\uD800", "1")))
                .hasMessageContaining("The parameter name 's\\ud800'");
        assertThatThrownBy(() -> MetricId.parse("jmh/b/m\r")).hasMessageContaining("The metric name 'm\\r'");
        assertThatThrownBy(() -> info("suite\n", "system")).hasMessageContaining("The suite name");
        assertThatThrownBy(() -> info("suite", "sys\u0000")).hasMessageContaining("The system name");
        assertThatThrownBy(() -> new BenchmarkFailure("jmh", "a\nb", "cause"))
                .hasMessageContaining("The benchmark name");
        assertThat(new BenchmarkFailure("jmh", "a", "a cause\nover two lines").cause()).contains("\n");
    }

    private static RunInfo info(String suite, String system) {
        return new RunInfo(new RunId("r1"), Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty(), ENV,
                suite, RunProfile.of(Profile.QUICK), system, Optional.empty());
    }
}
