package dev.caxton.bench.agent;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to create an agent: a factory of behaviours (called once at spawn and again at each restart)
 * and the failure policy.
 */
public record AgentSpec(Supplier<? extends Behavior> behavior, FailurePolicy failurePolicy) {
    public AgentSpec {
        Objects.requireNonNull(behavior, "behavior");
        Objects.requireNonNull(failurePolicy, "failurePolicy");
    }

    /** An agent with the default policy: restart on failure. */
    public static AgentSpec of(Supplier<? extends Behavior> behavior) {
        return new AgentSpec(behavior, FailurePolicy.restart());
    }
}
