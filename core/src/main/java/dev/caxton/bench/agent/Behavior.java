package dev.caxton.bench.agent;

/**
 * What an agent does with each message. A behaviour instance belongs to one agent and is only ever
 * called by one thread at a time, in mailbox order, so it may keep plain mutable state.
 */
public interface Behavior {
    /** Handles one message. Throwing counts as a failure, handled by the agent's {@link FailurePolicy}. */
    void onMessage(Object message, AgentContext context) throws Exception;

    /** The agent's state as bytes, for {@link AgentSystem#checkpoint}. Stateless behaviours return an empty array. */
    default byte[] checkpoint() {
        return new byte[0];
    }

    /** Replaces the agent's state with one produced by {@link #checkpoint()}. */
    default void restore(byte[] state) {
        // stateless by default
    }
}
