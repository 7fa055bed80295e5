package dev.caxton.bench.suite;

import dev.caxton.bench.model.Run;

/**
 * Runs a suite: each selected benchmark in turn, each within its time limit. A benchmark that
 * throws, hangs or exceeds its limit is recorded as a failure with its cause and the others still run.
 */
public final class SuiteRunner {
    // STUB: owned by the suite helper; signature fixed.
    public Run run(RunRequest request, ProgressListener listener) {
        throw new UnsupportedOperationException("not yet");
    }
}
