package dev.caxton.bench.agent.reference;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;

/**
 * Registers the embedded reference runtime as {@code reference}: agents with intrusive lock-free
 * mailboxes, run in batches on a pool of {@code parallelism} worker threads, restarted on failure.
 * Options of {@link dev.caxton.bench.agent.AgentSystemConfig#options()}, all optional:
 * <ul>
 *   <li>{@code batch}: messages one agent may process per scheduling before it yields its worker
 *       (fairness); default 64.</li>
 *   <li>{@code idle.spins}, {@code idle.yields}: how long the one polling idle worker polls before it
 *       parks, first busy-waiting, then yielding its core between polls; defaults 0 and 100.</li>
 *   <li>{@code slowdown.percent}: makes the workers' processing that much slower (time spent in
 *       batches, spun again in that proportion), to check that a benchmark notices a regression; default 0.</li>
 * </ul>
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
