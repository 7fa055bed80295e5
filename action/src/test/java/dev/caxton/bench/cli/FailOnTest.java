package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.target.Grade;

class FailOnTest {

    @Test
    void eachLevelIncludesTheOnesBeforeIt() {
        assertThat(FailOn.ERROR.failsOn(Grade.FAILING)).isFalse();
        assertThat(FailOn.FAILING.failsOn(Grade.FAILING)).isTrue();
        assertThat(FailOn.FAILING.failsOn(Grade.CRITICAL)).isFalse();
        assertThat(FailOn.CRITICAL.failsOn(Grade.CRITICAL)).isTrue();
        assertThat(FailOn.ACCEPTABLE.failsOn(Grade.ACCEPTABLE)).isTrue();
        assertThat(FailOn.ACCEPTABLE.failsOn(Grade.TARGET)).isFalse();
        assertThat(FailOn.NEVER.failsOnBenchmarkFailure()).isFalse();
        assertThat(FailOn.ERROR.failsOnBenchmarkFailure()).isTrue();
    }

    @Test
    void anUnknownLevelListsTheKnownOnes() {
        assertThatThrownBy(() -> FailOn.fromLabel("sometimes"))
                .hasMessage("Unknown --fail-on level 'sometimes'. Known levels are: never, error, failing, critical, regression, acceptable");
    }
}
