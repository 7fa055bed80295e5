package dev.caxton.bench.suite;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;
import dev.caxton.bench.agent.AgentSystems;

/**
 * A system for the runner's tests, registered only in the test resources: the naive system, except
 * that {@code checkpoint} throws. Public because {@link java.util.ServiceLoader} instantiates it.
 */
public final class FaultyCheckpointSystemProvider implements AgentSystemProvider {
    static final String NAME = "test-faulty-checkpoint";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Test only: the naive system whose checkpoint throws";
    }

    @Override
    public AgentSystem create(AgentSystemConfig config) {
        AgentSystem inner = AgentSystems.require("naive").create(config);
        return new AgentSystem() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public AgentRef spawn(AgentSpec spec) {
                return inner.spawn(spec);
            }

            @Override
            public Optional<AgentRef> lookup(AgentId id) {
                return inner.lookup(id);
            }

            @Override
            public void send(AgentRef target, Object message) {
                inner.send(target, message);
            }

            @Override
            public CompletableFuture<Object> ask(AgentRef target, Object message) {
                return inner.ask(target, message);
            }

            @Override
            public CompletableFuture<Void> stop(AgentRef target) {
                return inner.stop(target);
            }

            @Override
            public CompletableFuture<byte[]> checkpoint(AgentRef target) {
                throw new UnsupportedOperationException("checkpoints are broken in this test system");
            }

            @Override
            public CompletableFuture<Void> restore(AgentRef target, byte[] state) {
                return inner.restore(target, state);
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
