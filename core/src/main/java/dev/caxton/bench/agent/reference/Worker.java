package dev.caxton.bench.agent.reference;

import java.util.concurrent.CompletableFuture;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSystem;

/**
 * A scheduler thread. It is also the {@link AgentContext} of the message it is running, so handling a
 * message allocates no context.
 */
final class Worker extends Thread implements AgentContext {
    private final ReferenceAgentSystem system;
    private final Scheduler scheduler;
    /** Set by the scheduler, read by producers deciding whether to unpark. */
    volatile boolean parked;
    Cell current;
    CompletableFuture<Object> currentReply;
    /** What this worker owes under {@code slowdown.percent}. */
    final Slowdown slowdown;

    Worker(ReferenceAgentSystem system, Scheduler scheduler, String name) {
        super(name);
        this.system = system;
        this.scheduler = scheduler;
        this.slowdown = system.newSlowdown();
        setDaemon(true);
    }

    @Override
    public void run() {
        scheduler.runWorker(this);
    }

    @Override
    public AgentRef self() {
        return current;
    }

    @Override
    public AgentSystem system() {
        return system;
    }

    @Override
    public void reply(Object response) {
        CompletableFuture<Object> r = currentReply;
        if (r != null) {
            r.complete(response);
        }
    }
}
