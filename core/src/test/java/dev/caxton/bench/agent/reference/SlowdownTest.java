package dev.caxton.bench.agent.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlowdownTest {
    @Test
    void aLongBatchOwesItsShareAtOnceLessWhatMeasuringCost() {
        Slowdown s = new Slowdown(10, 50);

        assertThat(s.owe(100_000)).isEqualTo(10_000 - 50);
        assertThat(s.debtNanos()).isZero();
    }

    @Test
    void shortBatchesAddUpUntilTheDebtIsWorthASpin() {
        Slowdown s = new Slowdown(20, 0);
        long spun = 0;
        for (int i = 0; i < 1_000; i++) {
            spun += s.owe(500); // each owes 100 ns: paid every 10 batches
        }

        assertThat(spun + s.debtNanos()).isEqualTo(1_000 * 100);
        assertThat(s.debtNanos()).isLessThan(Slowdown.QUANTUM_NANOS);
    }

    @Test
    void anOvershootIsCreditForTheNextBatches() {
        Slowdown s = new Slowdown(10, 0);
        assertThat(s.owe(20_000)).isEqualTo(2_000);
        s.overshot(1_500);

        assertThat(s.owe(20_000)).isZero(); // 2,000 owed, 1,500 already paid
        assertThat(s.debtNanos()).isEqualTo(500);
    }

    @Test
    void zeroPercentNeverSpins() {
        Slowdown s = new Slowdown(0, 40);

        assertThat(s.owe(1_000_000_000L)).isZero();
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> new Slowdown(-1, 0)).hasMessageContaining("cannot be negative");
    }
}
