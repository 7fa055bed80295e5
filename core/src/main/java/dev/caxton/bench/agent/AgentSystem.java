package dev.caxton.bench.agent;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The system under test: an agent runtime (actors, message routers, orchestrators). Implement it for
 * your runtime, register an {@link AgentSystemProvider} with {@link java.util.ServiceLoader}, and the
 * shipped benchmarks run against it. Extend the contract kit ({@code AgentSystemContract} in the core
 * test-jar) to check that your implementation behaves as the benchmarks assume; the kit tests every
 * rule below.
 *
 * <p>All methods are thread-safe. Messages from one sender thread to one agent are processed in the
 * order they were sent. Everything a caller queues for an agent (sends, asks, stops, checkpoints,
 * restores) goes through its mailbox, in that order.
 *
 * <p><b>Stopped agents.</b> An agent stops by {@link #stop}, by its {@link FailurePolicy}, or when the
 * system {@linkplain #close closes}; a stopped agent never runs again. What reaches it afterwards:
 * {@link #send} is dropped; the futures of {@link #ask}, {@link #checkpoint} and {@link #restore}
 * complete exceptionally with {@link AgentStoppedException}; {@link #stop} completes normally. None of
 * these calls throws for a stopped agent. The system keeps nothing of a stopped agent that the caller's
 * {@link AgentRef} could keep alive: once stopped, its behaviour is garbage even while the caller still
 * holds the ref.
 *
 * <p><b>No timeouts.</b> The system never fails a future because time passed; every rule here is about
 * order, not time. A caller that needs a deadline adds it ({@link CompletableFuture#orTimeout}).
 */
public interface AgentSystem extends AutoCloseable {

    /** The name this system is registered under, for example {@code reference}. */
    String name();

    /**
     * Creates and starts an agent: the factory of {@code spec} is called once now and again at each
     * restart.
     *
     * @throws IllegalStateException when the system is closed
     */
    AgentRef spawn(AgentSpec spec);

    /** Finds a live agent by id: the routing table. Stopped agents are not found. */
    Optional<AgentRef> lookup(AgentId id);

    /** Fire-and-forget: queues {@code message} for the agent. Messages to a stopped agent are dropped. */
    void send(AgentRef target, Object message);

    /**
     * Request/response: queues {@code message} and returns a future that completes exactly once, when the
     * behaviour has handled the message:
     * <ul>
     *   <li>with the first {@link AgentContext#reply} the behaviour made while handling it (later replies
     *       are ignored);</li>
     *   <li>exceptionally with the exception the behaviour threw, when it threw before replying (then
     *       the agent's {@link FailurePolicy} applies);</li>
     *   <li>exceptionally with {@link NoReplyException} when the behaviour returned without replying;</li>
     *   <li>exceptionally with {@link AgentStoppedException} when the agent is stopped, or stops before
     *       the message is handled (a stop queued before it, or a failure of an earlier message).</li>
     * </ul>
     */
    CompletableFuture<Object> ask(AgentRef target, Object message);

    /**
     * Stops the agent after the entries already queued before this call: those are processed as usual
     * (their sends handled, their asks answered); entries queued after it never reach the behaviour.
     * Completes when the agent no longer processes messages and the system holds no reference to its
     * behaviour; completes at once when it is already stopped.
     */
    CompletableFuture<Void> stop(AgentRef target);

    /**
     * The agent's state ({@link Behavior#checkpoint()}), taken in mailbox order. The system does not keep
     * it: a checkpoint is the caller's copy, and a restart does not restore it (see {@link FailurePolicy}).
     * Completes exceptionally with what {@link Behavior#checkpoint()} threw (the agent goes on, this is no
     * failure of a message), or with {@link AgentStoppedException}.
     */
    CompletableFuture<byte[]> checkpoint(AgentRef target);

    /**
     * Replaces the agent's state ({@link Behavior#restore}), in mailbox order. Completes exceptionally with
     * what {@link Behavior#restore} threw (the agent goes on), or with {@link AgentStoppedException}.
     */
    CompletableFuture<Void> restore(AgentRef target, byte[] state);

    /**
     * Stops every agent and releases the system's threads; calling it again does nothing. Afterwards
     * {@link #spawn} throws {@link IllegalStateException} and every agent is stopped, so the rules for
     * stopped agents apply to every call: {@link #ask} returns a future failed with
     * {@link AgentStoppedException}, {@link #send} is dropped, {@link #lookup} finds nothing. Entries
     * still queued when it is called are either processed (an implementation may stop each agent behind
     * its mailbox) or settled as for a stopped agent; either way every future of theirs is complete by the
     * time it returns.
     */
    @Override
    void close();
}
