package dev.caxton.bench.agent.naive;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentId;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentStoppedException;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.agent.FailurePolicy;
import dev.caxton.bench.agent.NoReplyException;

/**
 * The naive design a first attempt would use, kept as a baseline: every message is one task
 * submitted to an executor, and agents' behaviours live in a {@link ConcurrentHashMap} keyed by id.
 * Each agent is pinned to one of {@code parallelism} single-threaded executors so that its messages
 * stay in order.
 */
final class NaiveAgentSystem implements AgentSystem {
    private final ExecutorService[] executors;
    private final ConcurrentHashMap<Long, Slot> agents = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    private record Ref(AgentId id) implements AgentRef {}

    private static final class Slot {
        final AgentSpec spec;
        Behavior behavior;
        int restarts;
        long windowStart;

        Slot(AgentSpec spec) {
            this.spec = spec;
            this.behavior = spec.behavior().get();
        }
    }

    NaiveAgentSystem(int parallelism) {
        executors = new ExecutorService[parallelism];
        for (int i = 0; i < parallelism; i++) {
            int n = i;
            executors[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "naive-agent-" + n);
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public AgentRef spawn(AgentSpec spec) {
        if (closed) {
            throw new IllegalStateException("This naive agent system is closed; create a new one to spawn agents");
        }
        long id = ids.incrementAndGet();
        agents.put(id, new Slot(spec));
        return new Ref(new AgentId(id));
    }

    @Override
    public Optional<AgentRef> lookup(AgentId id) {
        return agents.containsKey(id.value()) ? Optional.of(new Ref(id)) : Optional.empty();
    }

    @Override
    public void send(AgentRef target, Object message) {
        long id = target.id().value();
        submit(id, () -> deliver(id, message, null));
    }

    @Override
    public CompletableFuture<Object> ask(AgentRef target, Object message) {
        long id = target.id().value();
        CompletableFuture<Object> reply = new CompletableFuture<>();
        if (!submit(id, () -> deliver(id, message, reply))) {
            reply.completeExceptionally(new AgentStoppedException(target.id()));
        }
        return reply;
    }

    @Override
    public CompletableFuture<Void> stop(AgentRef target) {
        long id = target.id().value();
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!submit(id, () -> {
            agents.remove(id);
            done.complete(null);
        })) {
            done.complete(null);
        }
        return done;
    }

    @Override
    public CompletableFuture<byte[]> checkpoint(AgentRef target) {
        long id = target.id().value();
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        if (!submit(id, () -> {
            Slot s = agents.get(id);
            if (s == null) {
                out.completeExceptionally(new AgentStoppedException(target.id()));
            } else {
                try {
                    out.complete(s.behavior.checkpoint());
                } catch (RuntimeException | Error e) {
                    out.completeExceptionally(e);
                }
            }
        })) {
            out.completeExceptionally(new AgentStoppedException(target.id()));
        }
        return out;
    }

    @Override
    public CompletableFuture<Void> restore(AgentRef target, byte[] state) {
        long id = target.id().value();
        CompletableFuture<Void> out = new CompletableFuture<>();
        if (!submit(id, () -> {
            Slot s = agents.get(id);
            if (s == null) {
                out.completeExceptionally(new AgentStoppedException(target.id()));
            } else {
                try {
                    s.behavior.restore(state);
                    out.complete(null);
                } catch (RuntimeException | Error e) {
                    out.completeExceptionally(e);
                }
            }
        })) {
            out.completeExceptionally(new AgentStoppedException(target.id()));
        }
        return out;
    }

    /**
     * Forgets every agent, then lets the executors run what is queued: those tasks find no agent and
     * settle their futures as stopped. A behaviour still running after 5 s is interrupted.
     */
    @Override
    public void close() {
        closed = true;
        agents.clear();
        for (ExecutorService e : executors) {
            e.shutdown();
        }
        for (ExecutorService e : executors) {
            try {
                if (!e.awaitTermination(5, TimeUnit.SECONDS)) {
                    e.shutdownNow();
                    e.awaitTermination(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                e.shutdownNow();
            }
        }
    }

    private boolean submit(long id, Runnable task) {
        if (!agents.containsKey(id)) {
            return false;
        }
        try {
            executors[(int) Math.floorMod(id, (long) executors.length)].execute(task);
            return true;
        } catch (RejectedExecutionException closed) {
            return false;
        }
    }

    private void deliver(long id, Object message, CompletableFuture<Object> reply) {
        Slot slot = agents.get(id);
        if (slot == null) {
            if (reply != null) {
                reply.completeExceptionally(new AgentStoppedException(new AgentId(id)));
            }
            return;
        }
        Ref self = new Ref(new AgentId(id));
        AgentContext ctx = new AgentContext() {
            @Override
            public AgentRef self() {
                return self;
            }

            @Override
            public AgentSystem system() {
                return NaiveAgentSystem.this;
            }

            @Override
            public void reply(Object response) {
                if (reply != null) {
                    reply.complete(response);
                }
            }
        };
        try {
            slot.behavior.onMessage(message, ctx);
        } catch (Exception | LinkageError | AssertionError e) {
            if (reply != null) {
                reply.completeExceptionally(e);
            }
            onFailure(id, slot);
            return;
        }
        if (reply != null && !reply.isDone()) {
            reply.completeExceptionally(new NoReplyException(self.id()));
        }
    }

    private void onFailure(long id, Slot slot) {
        FailurePolicy p = slot.spec.failurePolicy();
        switch (p.action()) {
            case RESUME -> { }
            case STOP -> agents.remove(id);
            case RESTART -> {
                long now = System.nanoTime();
                if (now - slot.windowStart > p.window().toNanos()) {
                    slot.windowStart = now;
                    slot.restarts = 0;
                }
                if (slot.restarts >= p.maxRestarts()) {
                    agents.remove(id);
                } else {
                    slot.restarts++;
                    slot.behavior = slot.spec.behavior().get();
                }
            }
        }
    }
}
