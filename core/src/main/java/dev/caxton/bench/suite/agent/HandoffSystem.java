package dev.caxton.bench.suite.agent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jctools.queues.MpscUnboundedXaddArrayQueue;

import dev.caxton.bench.agent.AgentRef;

/**
 * A stand-in system that answers every ask on one dedicated thread, which busy-polls a lock-free queue
 * and never parks: the least a request/response that crosses threads can cost on this machine, with no
 * scheduling, mailbox or wake-up of any runtime. Its open-loop latencies are the floor the machine puts
 * under every system's: what remains there (its thread or the sender's being descheduled, by the kernel
 * or by the hypervisor) no runtime can take away. It holds a core while it is open.
 */
final class HandoffSystem extends StandInSystem {
    private record Pending(Object message, CompletableFuture<Object> reply) {}

    private final MpscUnboundedXaddArrayQueue<Pending> queue = new MpscUnboundedXaddArrayQueue<>(4096);
    private final Thread answerer;
    private volatile boolean closed;

    HandoffSystem() {
        answerer = new Thread(this::answer, "caxton-handoff");
        answerer.setDaemon(true);
        answerer.start();
    }

    @Override
    public String name() {
        return "handoff";
    }

    @Override
    public CompletableFuture<Object> ask(AgentRef target, Object message) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        if (closed) {
            reply.completeExceptionally(new IllegalStateException("the hand-off stand-in is closed"));
        } else {
            queue.offer(new Pending(message, reply));
        }
        return reply;
    }

    private void answer() {
        while (!closed) {
            Pending p = queue.poll();
            if (p == null) {
                Thread.onSpinWait();
            } else {
                p.reply().complete(p.message());
            }
        }
    }

    /**
     * Stops the answering thread and fails what is still queued. Meant to be called once the asks are sent:
     * an ask that races with it may stay unanswered.
     */
    @Override
    public void close() {
        closed = true;
        boolean interrupted = false;
        try {
            answerer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            interrupted = true;
        }
        Pending p;
        while ((p = queue.poll()) != null) {
            p.reply().completeExceptionally(new IllegalStateException("the hand-off stand-in is closed"));
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
