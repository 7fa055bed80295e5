package dev.caxton.bench.agent.naive;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;

/** Registers the naive baseline as {@code naive}. */
public final class NaiveAgentSystemProvider implements AgentSystemProvider {
    @Override
    public String name() {
        return "naive";
    }

    @Override
    public String description() {
        return "Baseline: one executor task per message, behaviours in a ConcurrentHashMap";
    }

    @Override
    public AgentSystem create(AgentSystemConfig config) {
        return new NaiveAgentSystem(config.parallelism());
    }
}
