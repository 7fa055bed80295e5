package dev.caxton.bench.agent.reference;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;

/**
 * Registers the embedded reference runtime as {@code reference}: agents with intrusive lock-free
 * mailboxes, run in batches on a pool of {@code parallelism} worker threads, restarted on failure.
 * Options: {@code batch}, {@code idle.spins}, {@code idle.yields}, {@code slowdown.percent} (see the
 * package documentation).
 */
public final class ReferenceAgentSystemProvider implements AgentSystemProvider {
    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String description() {
        return "Embedded reference runtime: lock-free mailboxes, batched scheduling on a worker pool, supervision";
    }

    @Override
    public AgentSystem create(AgentSystemConfig config) {
        return ReferenceAgentSystem.start(ReferenceSettings.from(config));
    }
}
