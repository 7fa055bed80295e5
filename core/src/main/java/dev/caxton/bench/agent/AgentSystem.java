package dev.caxton.bench.agent;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The system under test: an agent runtime (actors, message routers, orchestrators). Implement it for
 * your runtime, register an {@link AgentSystemProvider} with {@link java.util.ServiceLoader}, and the
 * shipped benchmarks run against it. Extend the contract kit ({@code AgentSystemContract} in the core
 * test-jar) to check that your implementation behaves as the benchmarks assume.
 *
 * <p>All methods are thread-safe. Messages from one sender thread to one agent are processed in the
 * order they were sent.
 */
public interface AgentSystem extends AutoCloseable {

    /** The name this system is registered under, for example {@code reference}. */
    String name();

    /** Creates and starts an agent. */
    AgentRef spawn(AgentSpec spec);

    /** Finds a live agent by id: the routing table. Stopped agents are not found. */
    Optional<AgentRef> lookup(AgentId id);

    /** Fire-and-forget: queues {@code message} for the agent. Messages to a stopped agent are dropped. */
    void send(AgentRef target, Object message);

    /**
     * Request/response: queues {@code message} and returns a future that completes exactly once, with
     * the behaviour's {@link AgentContext#reply} or exceptionally when the behaviour throws or the
     * agent is stopped.
     */
    CompletableFuture<Object> ask(AgentRef target, Object message);

    /**
     * Stops the agent after the messages already queued before this call; completes when it no longer
     * processes messages and the system holds no reference to it.
     */
    CompletableFuture<Void> stop(AgentRef target);

    /** The agent's state ({@link Behavior#checkpoint()}), taken in mailbox order. */
    CompletableFuture<byte[]> checkpoint(AgentRef target);

    /** Replaces the agent's state ({@link Behavior#restore}), in mailbox order. */
    CompletableFuture<Void> restore(AgentRef target, byte[] state);

    /** Stops every agent and releases the system's threads. */
    @Override
    void close();
}
