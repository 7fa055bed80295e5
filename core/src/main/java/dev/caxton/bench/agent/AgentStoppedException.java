package dev.caxton.bench.agent;

/**
 * The agent an {@link AgentSystem#ask ask}, {@link AgentSystem#checkpoint checkpoint} or
 * {@link AgentSystem#restore restore} was addressed to is stopped: by {@link AgentSystem#stop}, by its
 * {@link FailurePolicy}, or by {@link AgentSystem#close}. The futures of those calls complete
 * exceptionally with it; the calls themselves never throw it.
 */
public final class AgentStoppedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final long agent;

    /** The agent {@code agent} is stopped. */
    public AgentStoppedException(AgentId agent) {
        super(agent + " is stopped: it processes no more messages. Spawn a new agent to go on");
        this.agent = agent.value();
    }

    /** The stopped agent. */
    public AgentId agent() {
        return new AgentId(agent);
    }
}
