package dev.caxton.bench.agent.reference;

import dev.caxton.bench.agent.FailurePolicy;

/** Restarts counted within the policy's window; only agents that failed carry one. */
final class RestartWindow {
    private long windowStartNanos;
    private int restarts;

    RestartWindow(long nowNanos) {
        this.windowStartNanos = nowNanos;
    }

    /** Whether one more restart is allowed now; counts it when it is. */
    boolean tryRestart(FailurePolicy policy, long nowNanos) {
        if (nowNanos - windowStartNanos > policy.window().toNanos()) {
            windowStartNanos = nowNanos;
            restarts = 0;
        }
        if (restarts >= policy.maxRestarts()) {
            return false;
        }
        restarts++;
        return true;
    }
}
