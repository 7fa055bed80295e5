package dev.caxton.bench.agent;

/**
 * A handle to a spawned agent. Implementations may carry whatever makes routing fast; callers only
 * pass it back to the {@link AgentSystem} that created it.
 */
public interface AgentRef {
    AgentId id();
}
