package dev.caxton.bench.agent;

/** The identity of an agent within one {@link AgentSystem}; messages are routed by it. */
public record AgentId(long value) {
    @Override
    public String toString() {
        return "agent-" + value;
    }
}
