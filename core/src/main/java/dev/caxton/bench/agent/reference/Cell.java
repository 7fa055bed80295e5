package dev.caxton.bench.agent.reference;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.Behavior;

/**
 * One agent: its identity, behaviour, scheduling state and mailbox, in one object so that an idle
 * agent costs a few dozen bytes. The cell is also the {@link AgentRef} handed to callers, so routing
 * a message to a known agent needs no table look-up.
 *
 * <p>The mailbox is an intrusive Vyukov MPSC linked queue: producers swap {@link #tail} and link the
 * previous tail to their node; the single consumer (the worker holding {@link #SCHEDULED}) walks from
 * {@link #head}. The cell itself is the queue's initial stub node, so an agent that never received a
 * message allocates no queue at all.
 *
 * <p>{@link #state} holds two bits. {@link #SCHEDULED}: the cell is in the run queue or a worker is
 * processing it; whoever sets it becomes the only consumer of the mailbox until it clears it.
 * {@link #STOPPED}: terminal, set only by the consumer; later entries are drained as dead letters.
 */
final class Cell extends Node implements AgentRef {
    static final int SCHEDULED = 1;
    static final int STOPPED = 2;

    private static final VarHandle TAIL;
    private static final VarHandle STATE;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            TAIL = lookup.findVarHandle(Cell.class, "tail", Node.class);
            STATE = lookup.findVarHandle(Cell.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final long id;
    final ReferenceAgentSystem system;
    final AgentSpec spec;
    /** Read and written only by the consumer once the cell is published; null once stopped. */
    Behavior behavior;
    /** Consumer only: the last consumed node (or the cell itself before the first message). */
    private Node head;
    private volatile Node tail;
    private volatile int state;
    /** Consumer only: failures counted against the restart limit, allocated at the first failure. */
    RestartWindow restarts;

    Cell(long id, ReferenceAgentSystem system, AgentSpec spec, Behavior behavior) {
        this.id = id;
        this.system = system;
        this.spec = spec;
        this.behavior = behavior;
        this.head = this;
        TAIL.set(this, this);
    }

    @Override
    public AgentId id() {
        return new AgentId(id);
    }

    /** Any thread: appends {@code node}. Full fence (the swap), so a following state read is ordered. */
    void enqueue(Node node) {
        Node prev = (Node) TAIL.getAndSet(this, node);
        NEXT.setRelease(prev, node);
    }

    /**
     * Consumer only: the next entry, or null when the mailbox is empty or its next entry is still being
     * linked by a producer (then {@link #hasPending()} is true).
     */
    Node poll() {
        Node h = head;
        Node n = (Node) NEXT.getAcquire(h);
        if (n == null) {
            return null;
        }
        h.next = null; // unlink the consumed node: no chain of garbage, no cell-to-first-message link
        head = n;
        return n;
    }

    /** Consumer only: whether an entry was enqueued that {@link #poll()} has not returned yet. */
    boolean hasPending() {
        return tail != head;
    }

    boolean isStopped() {
        return (state & STOPPED) != 0;
    }

    /**
     * Any thread, after an enqueue: makes sure a consumer will see the entry. Returns true when the
     * caller acquired {@link #SCHEDULED} and must hand the cell to a worker.
     */
    boolean trySchedule() {
        int s = state;
        while ((s & SCHEDULED) == 0) {
            int witness = (int) STATE.compareAndExchange(this, s, s | SCHEDULED);
            if (witness == s) {
                return true;
            }
            s = witness;
        }
        return false;
    }

    /** Consumer only: gives up {@link #SCHEDULED}. */
    void unschedule() {
        state = state & ~SCHEDULED;
    }

    /** Consumer only: marks the cell stopped, for good. */
    void markStopped() {
        STATE.getAndBitwiseOr(this, STOPPED);
    }

    @Override
    public String toString() {
        return "agent-" + id;
    }
}
