package dev.caxton.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;

class FailPolicyTest {

    @Test
    void eachLevelIncludesTheOnesBeforeIt() {
        assertThat(FailPolicy.ERROR.failsOn(Grade.FAILING)).isFalse();
        assertThat(FailPolicy.FAILING.failsOn(Grade.FAILING)).isTrue();
        assertThat(FailPolicy.FAILING.failsOn(Grade.CRITICAL)).isFalse();
        assertThat(FailPolicy.CRITICAL.failsOn(Grade.CRITICAL)).isTrue();
        assertThat(FailPolicy.ACCEPTABLE.failsOn(Grade.ACCEPTABLE)).isTrue();
        assertThat(FailPolicy.ACCEPTABLE.failsOn(Grade.TARGET)).isFalse();
        assertThat(FailPolicy.NEVER.failsOnBenchmarkFailure()).isFalse();
        assertThat(FailPolicy.ERROR.failsOnBenchmarkFailure()).isTrue();
    }

    @Test
    void theComparisonCountsFromCriticalOnAndAtRegressionEveryRegression() {
        Comparison regressed = latencyFrom100To(120); // beyond the 10% threshold, within the 25% fail threshold
        Comparison critical = latencyFrom100To(130);

        assertThat(FailPolicy.FAILING.failsOn(critical)).isFalse();
        assertThat(FailPolicy.CRITICAL.failsOn(regressed)).isFalse();
        assertThat(FailPolicy.CRITICAL.failsOn(critical)).isTrue();
        assertThat(FailPolicy.REGRESSION.failsOn(regressed)).isTrue();
        assertThat(FailPolicy.ACCEPTABLE.failsOn(regressed)).isTrue();
        assertThat(FailPolicy.CRITICAL.failsOnCounts(3, 0)).isFalse();
        assertThat(FailPolicy.CRITICAL.failsOnCounts(3, 1)).isTrue();
        assertThat(FailPolicy.REGRESSION.failsOnCounts(1, 0)).isTrue();
        assertThat(FailPolicy.ERROR.failsOnCounts(5, 5)).isFalse();
    }

    private static Comparison latencyFrom100To(double current) {
        return Comparisons.compare(CompareFixtures.run("c", CompareFixtures.single(CompareFixtures.P99, Unit.NANOSECONDS,
                        current)), Optional.of(CompareFixtures.run("b", CompareFixtures.single(CompareFixtures.P99,
                        Unit.NANOSECONDS, 100))), CompareFixtures.quietHistory(CompareFixtures.P99, 100), CompareFixtures.settings());
    }

    @Test
    void anUnknownLevelListsTheKnownOnes() {
        assertThatThrownBy(() -> FailPolicy.fromLabel("sometimes"))
                .hasMessage("Unknown --fail-on level 'sometimes'. Known levels are: never, error, failing, critical, regression, acceptable");
    }
}
