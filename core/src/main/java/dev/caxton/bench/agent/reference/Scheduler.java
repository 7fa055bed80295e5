package dev.caxton.bench.agent.reference;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.jctools.queues.MpmcUnboundedXaddArrayQueue;

/**
 * A fixed pool of worker threads sharing one run queue of scheduled agents. A cell is in the queue at
 * most once (its {@link Cell#SCHEDULED} bit), so the queue never holds more entries than there are
 * agents. An idle worker spins briefly, then yields, then parks; a submit unparks one parked worker,
 * and costs one volatile read when none is parked.
 */
final class Scheduler {
    private static final VarHandle PARKED;

    static {
        try {
            PARKED = MethodHandles.lookup().findVarHandle(Worker.class, "parked", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ReferenceAgentSystem system;
    private final MpmcUnboundedXaddArrayQueue<Cell> runQueue = new MpmcUnboundedXaddArrayQueue<>(1024);
    private final Worker[] workers;
    private final AtomicInteger parkedCount = new AtomicInteger();
    private final int spins;
    private final int yields;
    private volatile boolean closing;

    Scheduler(ReferenceAgentSystem system, ReferenceSettings settings) {
        this.system = system;
        this.spins = settings.idleSpins();
        this.yields = settings.idleYields();
        this.workers = new Worker[settings.parallelism()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(system, this, "caxton-reference-worker-" + i);
        }
    }

    void start() {
        for (Worker w : workers) {
            w.start();
        }
    }

    /** Runs {@code cell}, whose {@link Cell#SCHEDULED} bit the caller acquired, on a worker. */
    void submit(Cell cell) {
        runQueue.offer(cell);
        if (closing) {
            drainClosed();
        } else if (parkedCount.get() > 0) {
            wakeOne();
        }
    }

    boolean isClosing() {
        return closing;
    }

    /** Stops the workers after their current batch, waits for them, and settles what is left queued. */
    void close() {
        closing = true;
        for (Worker w : workers) {
            LockSupport.unpark(w);
        }
        boolean interrupted = false;
        for (Worker w : workers) {
            if (w == Thread.currentThread()) {
                continue; // close called by an agent: this worker ends when its batch returns
            }
            while (w.isAlive()) {
                try {
                    w.join(TimeUnit.SECONDS.toMillis(1));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                LockSupport.unpark(w);
            }
        }
        drainClosed();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainClosed() {
        Cell c;
        while ((c = runQueue.poll()) != null) {
            system.settleClosed(c);
        }
    }

    private void wakeOne() {
        for (Worker w : workers) {
            if (w.parked && PARKED.compareAndSet(w, true, false)) {
                parkedCount.decrementAndGet();
                LockSupport.unpark(w);
                return;
            }
        }
    }

    /** The worker loop: run a scheduled cell, else spin, yield, park. */
    void runWorker(Worker self) {
        int idle = 0;
        while (true) {
            Cell c = runQueue.poll();
            if (c != null) {
                system.process(c, self);
                idle = 0;
                continue;
            }
            if (closing) {
                return;
            }
            idle++;
            if (idle <= spins) {
                Thread.onSpinWait();
            } else if (idle <= spins + yields) {
                Thread.yield();
            } else {
                park(self);
                idle = 0;
            }
        }
    }

    private void park(Worker self) {
        self.parked = true;
        parkedCount.incrementAndGet();
        // Dekker with submit(): offer-then-read-count there, count-then-check-queue here.
        if (!runQueue.isEmpty() || closing) {
            if (PARKED.compareAndSet(self, true, false)) {
                parkedCount.decrementAndGet();
            }
            return;
        }
        while (self.parked && !closing) {
            LockSupport.park(this);
        }
        if (self.parked && PARKED.compareAndSet(self, true, false)) {
            parkedCount.decrementAndGet();
        }
    }
}
