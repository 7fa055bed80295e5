package dev.caxton.bench.agent;

/**
 * What a {@link Behavior} sees while it handles one message. It is valid only during that
 * {@link Behavior#onMessage} call: a behaviour must not keep it or use it from another thread
 * (implementations may reuse one context for every message).
 */
public interface AgentContext {
    /** The agent handling the message. */
    AgentRef self();

    /** The system the agent lives in, to send messages to other agents. */
    AgentSystem system();

    /**
     * Answers the message being handled. When the message came through {@link AgentSystem#ask}, the
     * asker's future completes with {@code response}; for a plain send this does nothing. Only the
     * first reply counts. An ask the behaviour returns from without replying fails with
     * {@link NoReplyException}.
     */
    void reply(Object response);
}
