package dev.caxton.bench.agent;

/** What a {@link Behavior} sees while it handles one message. */
public interface AgentContext {
    /** The agent handling the message. */
    AgentRef self();

    /** The system the agent lives in, to send messages to other agents. */
    AgentSystem system();

    /**
     * Answers the message being handled. When the message came through {@link AgentSystem#ask}, the
     * asker's future completes with {@code response}; for a plain send this does nothing. Only the
     * first reply counts.
     */
    void reply(Object response);
}
