package dev.caxton.bench.cli;

import java.time.Duration;

/**
 * Where a suite run stands, for progress displays: which benchmark of how many, the share of the
 * estimated work done, the time elapsed and an estimate of the time left. Not thread-safe: the
 * displays guard it.
 */
final class ProgressState {
    private final MonotonicClock clock;
    private String suite = "";
    private String system = "";
    private int count;
    private Duration estimate = Duration.ZERO;
    private long startNanos;
    private int index;
    private String benchmark = "";
    private Duration benchmarkEstimate = Duration.ZERO;
    private double fraction;
    private Duration finishedEstimates = Duration.ZERO;
    private int failed;

    ProgressState(MonotonicClock clock) {
        this.clock = clock;
    }

    void suiteStarted(String suite, String system, int benchmarks, Duration estimate) {
        this.suite = TerminalText.sanitize(suite);
        this.system = TerminalText.sanitize(system);
        this.count = benchmarks;
        this.estimate = estimate.isNegative() ? Duration.ZERO : estimate;
        this.startNanos = clock.nanos();
        this.index = 0;
        this.benchmark = "";
        this.benchmarkEstimate = Duration.ZERO;
        this.fraction = 0;
        this.finishedEstimates = Duration.ZERO;
        this.failed = 0;
    }

    void benchmarkStarted(String name, int index, int count, Duration estimate) {
        this.benchmark = TerminalText.sanitize(name);
        this.index = index;
        this.count = count;
        this.benchmarkEstimate = estimate.isNegative() ? Duration.ZERO : estimate;
        this.fraction = 0;
    }

    void benchmarkProgress(double fraction) {
        if (!Double.isNaN(fraction)) {
            this.fraction = Math.max(0, Math.min(1, fraction));
        }
    }

    void benchmarkFinished(boolean success) {
        finishedEstimates = finishedEstimates.plus(benchmarkEstimate);
        fraction = 0;
        benchmarkEstimate = Duration.ZERO;
        if (!success) {
            failed++;
        }
    }

    String suite() {
        return suite;
    }

    String system() {
        return system;
    }

    String benchmark() {
        return benchmark;
    }

    /**
     * The benchmark's position for people, 1 to {@link #count()}: the listener's {@code index} counts
     * from 0, as {@code SuiteRunner} passes it.
     */
    int position() {
        return index + 1;
    }

    int count() {
        return count;
    }

    int failed() {
        return failed;
    }

    double benchmarkFraction() {
        return fraction;
    }

    Duration elapsed() {
        return Duration.ofNanos(Math.max(0, clock.nanos() - startNanos));
    }

    /** The estimated work done so far, in estimated time. */
    private double doneNanos() {
        return finishedEstimates.toNanos() + benchmarkEstimate.toNanos() * fraction;
    }

    private double totalNanos() {
        return Math.max(estimate.toNanos(), finishedEstimates.plus(benchmarkEstimate).toNanos());
    }

    /** The share of the estimated work done, between 0 and 1. */
    double fraction() {
        double total = totalNanos();
        return total <= 0 ? 0 : Math.min(1, doneNanos() / total);
    }

    /**
     * The time left: the estimated work left, scaled by how fast the estimates have turned out so far
     * once a tenth of the work is done.
     */
    Duration left() {
        double total = totalNanos();
        double done = doneNanos();
        double leftNanos = Math.max(0, total - done);
        if (total > 0 && done / total >= 0.1) {
            leftNanos *= elapsed().toNanos() / done;
        }
        return Duration.ofNanos((long) leftNanos);
    }
}
