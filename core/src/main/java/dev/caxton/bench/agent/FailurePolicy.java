package dev.caxton.bench.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens when a behaviour throws: {@link Action#RESTART} replaces it with a fresh instance from
 * the agent's factory (at most {@code maxRestarts} times within {@code window}, then the agent stops),
 * {@link Action#RESUME} keeps the instance and drops the message, {@link Action#STOP} stops the agent.
 * Either way the failed message is not redelivered and the next message is processed (unless the agent
 * stopped). A restart does not restore the last {@link AgentSystem#checkpoint checkpoint}: the fresh
 * behaviour starts in whatever state its factory gives it, and bringing back a saved state is the
 * caller's {@link AgentSystem#restore}. The system keeps no checkpoint.
 */
public record FailurePolicy(Action action, int maxRestarts, Duration window) {
    public enum Action { RESTART, RESUME, STOP }

    public FailurePolicy {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(window, "window");
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("maxRestarts cannot be negative, got " + maxRestarts);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The restart window must be positive, got " + window);
        }
    }

    /** Restart on every failure, without limit (the default). */
    public static FailurePolicy restart() {
        return new FailurePolicy(Action.RESTART, Integer.MAX_VALUE, Duration.ofDays(365));
    }

    /** Restart at most {@code maxRestarts} times within {@code window}, then stop. */
    public static FailurePolicy restart(int maxRestarts, Duration window) {
        return new FailurePolicy(Action.RESTART, maxRestarts, window);
    }

    public static FailurePolicy resume() {
        return new FailurePolicy(Action.RESUME, 0, Duration.ofDays(365));
    }

    public static FailurePolicy stop() {
        return new FailurePolicy(Action.STOP, 0, Duration.ofDays(365));
    }
}
