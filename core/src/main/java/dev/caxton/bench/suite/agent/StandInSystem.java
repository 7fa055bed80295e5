package dev.caxton.bench.suite.agent;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;

/**
 * A stand-in system with one agent, against which the open-loop load generator measures a floor of this
 * machine; only {@link #ask} does something, and subclasses say what.
 */
abstract class StandInSystem implements AgentSystem {
    private static final AgentRef AGENT = () -> new AgentId(1);

    static AgentRef[] agents() {
        return new AgentRef[] {AGENT};
    }

    @Override
    public AgentRef spawn(AgentSpec spec) {
        return AGENT;
    }

    @Override
    public Optional<AgentRef> lookup(AgentId id) {
        return Optional.of(AGENT);
    }

    @Override
    public void send(AgentRef target, Object message) {
        // nothing to deliver to
    }

    @Override
    public CompletableFuture<Void> stop(AgentRef target) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<byte[]> checkpoint(AgentRef target) {
        return CompletableFuture.completedFuture(new byte[0]);
    }

    @Override
    public CompletableFuture<Void> restore(AgentRef target, byte[] state) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        // holds nothing
    }
}
