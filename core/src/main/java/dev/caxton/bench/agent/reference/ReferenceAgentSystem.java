package dev.caxton.bench.agent.reference;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentStoppedException;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.agent.FailurePolicy;
import dev.caxton.bench.agent.NoReplyException;

/**
 * The embedded reference runtime. Producers append to an agent's {@link Cell} mailbox and, when the
 * agent was idle, put it on the {@link Scheduler}'s run queue; a worker then processes up to
 * {@code batch} entries of that agent, supervising failures, and puts it back on the queue if more are
 * pending.
 */
final class ReferenceAgentSystem implements AgentSystem {
    private final RoutingTable table = new RoutingTable();
    private final Scheduler scheduler;
    private final int batch;
    private final int slowdownPercent;
    /** What measuring a batch for the slowdown costs: subtracted from the time it owes. */
    private final long clockReadPairNanos;

    private ReferenceAgentSystem(ReferenceSettings settings) {
        this.batch = settings.batch();
        this.slowdownPercent = settings.slowdownPercent();
        this.clockReadPairNanos = slowdownPercent > 0 ? measureClockReadPair() : 0;
        this.scheduler = new Scheduler(this, settings);
    }

    /** A worker's slowdown bookkeeping ({@code slowdown.percent}). */
    Slowdown newSlowdown() {
        return new Slowdown(slowdownPercent, clockReadPairNanos);
    }

    static ReferenceAgentSystem start(ReferenceSettings settings) {
        ReferenceAgentSystem system = new ReferenceAgentSystem(settings);
        system.scheduler.start();
        return system;
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public AgentRef spawn(AgentSpec spec) {
        if (scheduler.isClosing()) {
            throw new IllegalStateException("This reference agent system is closed; create a new one to spawn agents");
        }
        long id = table.nextId();
        Cell cell;
        try {
            cell = new Cell(id, this, spec, spec.behavior().get());
        } catch (RuntimeException | Error e) {
            table.retire(id);
            throw e;
        }
        table.put(cell);
        return cell;
    }

    @Override
    public Optional<AgentRef> lookup(AgentId id) {
        return Optional.ofNullable(table.get(id.value()));
    }

    @Override
    public void send(AgentRef target, Object message) {
        Cell cell = resolve(target);
        if (cell != null && !cell.isStopped()) {
            deliver(cell, new Node.Message(message));
        }
    }

    @Override
    public CompletableFuture<Object> ask(AgentRef target, Object message) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        Cell cell = resolve(target);
        if (cell == null || cell.isStopped() || scheduler.isClosing()) {
            reply.completeExceptionally(stopped(target));
        } else {
            deliver(cell, new Node.Ask(message, reply));
        }
        return reply;
    }

    @Override
    public CompletableFuture<Void> stop(AgentRef target) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Cell cell = resolve(target);
        if (cell == null || cell.isStopped()) {
            done.complete(null);
        } else {
            deliver(cell, new Node.Stop(done));
        }
        return done;
    }

    @Override
    public CompletableFuture<byte[]> checkpoint(AgentRef target) {
        CompletableFuture<byte[]> state = new CompletableFuture<>();
        Cell cell = resolve(target);
        if (cell == null || cell.isStopped()) {
            state.completeExceptionally(stopped(target));
        } else {
            deliver(cell, new Node.Checkpoint(state));
        }
        return state;
    }

    @Override
    public CompletableFuture<Void> restore(AgentRef target, byte[] state) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Cell cell = resolve(target);
        if (cell == null || cell.isStopped()) {
            done.completeExceptionally(stopped(target));
        } else {
            deliver(cell, new Node.Restore(state.clone(), done));
        }
        return done;
    }

    @Override
    public void close() {
        scheduler.close();
        for (Cell cell : table.snapshot()) {
            if (cell.trySchedule()) {
                settleClosed(cell);
            }
        }
    }

    // ---- producer side -------------------------------------------------------------------------

    private Cell resolve(AgentRef target) {
        if (target instanceof Cell c && c.system == this) {
            return c;
        }
        return table.get(target.id().value());
    }

    private void deliver(Cell cell, Node node) {
        cell.enqueue(node);
        if (cell.trySchedule()) {
            scheduler.submit(cell);
        }
    }

    private static AgentStoppedException stopped(AgentRef target) {
        return new AgentStoppedException(target.id());
    }

    // ---- consumer side: called by the worker holding the cell's SCHEDULED bit ------------------

    /** Processes up to {@code batch} entries of {@code cell}, then hands it back. */
    void process(Cell cell, Worker worker) {
        long started = slowdownPercent > 0 ? System.nanoTime() : 0;
        worker.current = cell;
        for (int budget = batch; budget > 0 && !cell.isStopped(); budget--) {
            Node node = cell.poll();
            if (node == null) {
                break;
            }
            handle(cell, node, worker);
        }
        worker.current = null;
        worker.currentReply = null;
        if (cell.isStopped()) {
            drainStopped(cell);
        }
        if (slowdownPercent > 0) {
            slowDown(worker, started);
        }
        release(cell);
    }

    private void release(Cell cell) {
        if (cell.hasPending()) {
            scheduler.submit(cell); // still SCHEDULED: back of the queue, fair to the others
            return;
        }
        cell.unschedule();
        if (cell.hasPending() && cell.trySchedule()) {
            scheduler.submit(cell);
        }
    }

    private void handle(Cell cell, Node node, Worker worker) {
        if (node instanceof Node.Message m) {
            Object payload = m.payload;
            m.payload = null;
            CompletableFuture<Object> reply = m instanceof Node.Ask a ? a.reply : null;
            worker.currentReply = reply;
            try {
                cell.behavior.onMessage(payload, worker);
            } catch (Throwable failure) {
                if (reply != null) {
                    reply.completeExceptionally(failure);
                }
                supervise(cell, failure);
                return;
            }
            if (reply != null && !reply.isDone()) {
                reply.completeExceptionally(new NoReplyException(cell.id()));
            }
        } else if (node instanceof Node.Stop s) {
            stopNow(cell);
            s.done.complete(null);
        } else if (node instanceof Node.Checkpoint c) {
            try {
                c.state.complete(cell.behavior.checkpoint());
            } catch (Throwable failure) {
                c.state.completeExceptionally(failure);
            }
        } else if (node instanceof Node.Restore r) {
            try {
                cell.behavior.restore(r.state);
                r.done.complete(null);
            } catch (Throwable failure) {
                r.done.completeExceptionally(failure);
            }
        }
    }

    private void supervise(Cell cell, Throwable failure) {
        FailurePolicy policy = cell.spec.failurePolicy();
        switch (policy.action()) {
            case RESUME -> { }
            case STOP -> stopNow(cell);
            case RESTART -> restart(cell, policy);
        }
    }

    private void restart(Cell cell, FailurePolicy policy) {
        long now = System.nanoTime();
        if (cell.restarts == null) {
            cell.restarts = new RestartWindow(now);
        }
        if (!cell.restarts.tryRestart(policy, now)) {
            stopNow(cell);
            return;
        }
        Behavior fresh;
        try {
            fresh = cell.spec.behavior().get();
        } catch (Throwable factoryFailure) {
            stopNow(cell);
            return;
        }
        cell.behavior = fresh;
    }

    private void stopNow(Cell cell) {
        cell.markStopped();
        cell.behavior = null;
        cell.restarts = null;
        table.remove(cell);
    }

    /** Settles every entry of a stopped agent: asks and state requests fail, stops complete. */
    private void drainStopped(Cell cell) {
        Node node;
        while ((node = cell.poll()) != null) {
            if (node instanceof Node.Ask a) {
                a.payload = null;
                a.reply.completeExceptionally(stopped(cell));
            } else if (node instanceof Node.Message m) {
                m.payload = null;
            } else if (node instanceof Node.Stop s) {
                s.done.complete(null);
            } else if (node instanceof Node.Checkpoint c) {
                c.state.completeExceptionally(stopped(cell));
            } else if (node instanceof Node.Restore r) {
                r.done.completeExceptionally(stopped(cell));
            }
        }
    }

    /** After close: stops {@code cell} (whose SCHEDULED bit the caller holds) and settles its mailbox. */
    void settleClosed(Cell cell) {
        while (true) {
            if (!cell.isStopped()) {
                stopNow(cell);
            }
            drainStopped(cell);
            cell.unschedule();
            if (!cell.hasPending() || !cell.trySchedule()) {
                return;
            }
        }
    }

    /** The {@code slowdown.percent} knob: spins for the share of the batch's time the worker owes ({@link Slowdown}). */
    private void slowDown(Worker worker, long startedNanos) {
        long now = System.nanoTime();
        long owed = worker.slowdown.owe(now - startedNanos);
        if (owed == 0) {
            return;
        }
        long until = now + owed;
        long t;
        while ((t = System.nanoTime()) - until < 0) {
            Thread.onSpinWait();
        }
        worker.slowdown.overshot(t - until);
    }

    /** The median cost of two consecutive {@link System#nanoTime()} reads on this machine. */
    private static long measureClockReadPair() {
        long[] costs = new long[2_001];
        for (int i = 0; i < costs.length; i++) {
            long a = System.nanoTime();
            long b = System.nanoTime();
            long c = System.nanoTime();
            costs[i] = c - a;
        }
        java.util.Arrays.sort(costs);
        return costs[costs.length / 2];
    }
}
