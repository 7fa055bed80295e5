package dev.caxton.bench.agent.reference;

/**
 * The bookkeeping of the {@code slowdown.percent} knob for one worker: each batch that took {@code t}
 * nanoseconds owes {@code t * percent / 100} more, less what measuring it cost. Debts add up and are paid
 * once they reach {@link #QUANTUM_NANOS}, so batches shorter than a clock read are slowed down
 * proportionally on average; an overshoot of the spin is credit. Confined to its worker.
 */
final class Slowdown {
    /** The smallest spin worth a clock read: smaller debts wait for the next batch. */
    static final long QUANTUM_NANOS = 1_000;

    private final int percent;
    private final long measuringNanos;
    private long debtNanos;

    Slowdown(int percent, long measuringNanos) {
        if (percent < 0 || measuringNanos < 0) {
            throw new IllegalArgumentException("percent and measuringNanos cannot be negative, got " + percent
                    + " and " + measuringNanos);
        }
        this.percent = percent;
        this.measuringNanos = measuringNanos;
    }

    /** Records a batch that took {@code batchNanos}; returns how long to spin now (0: not yet). */
    long owe(long batchNanos) {
        long debt = debtNanos + batchNanos * percent / 100 - measuringNanos;
        if (debt < QUANTUM_NANOS) {
            debtNanos = debt;
            return 0;
        }
        debtNanos = 0;
        return debt;
    }

    /** Records that the spin for {@code owed} ended {@code overshootNanos} late: credit for the next batches. */
    void overshot(long overshootNanos) {
        debtNanos -= Math.max(0, overshootNanos);
    }

    long debtNanos() {
        return debtNanos;
    }
}
