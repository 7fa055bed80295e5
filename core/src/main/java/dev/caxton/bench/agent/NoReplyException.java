package dev.caxton.bench.agent;

/**
 * The behaviour returned from a message that came through {@link AgentSystem#ask} without calling
 * {@link AgentContext#reply}. The ask's future completes exceptionally with it as soon as the behaviour
 * returns: a context is valid only while its message is handled, so no reply can come later.
 */
public final class NoReplyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final long agent;

    /** The behaviour of {@code agent} handled an asked message without replying. */
    public NoReplyException(AgentId agent) {
        super(agent + " handled an asked message without replying; a behaviour answers an ask by calling "
                + "AgentContext.reply before it returns");
        this.agent = agent.value();
    }

    /** The agent that did not reply. */
    public AgentId agent() {
        return new AgentId(agent);
    }
}
