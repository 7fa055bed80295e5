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
 * agents. At most one idle worker polls for work before it parks (by default yielding its core between
 * polls, so that it runs only when no other thread wants the core: on two cores the threads that
 * produce the work must not wait for it); the other idle workers park at once. A submit unparks a
 * parked worker only when no worker is polling and the queued cells outnumber the workers that are
 * awake; when a worker polls it costs one volatile read. (Waking on a backlog even while a worker polls,
 * so that a poller that lost its core is relieved, kept a second worker awake more often, three busy
 * threads on two cores: the open-loop p99 at 200K asks/s fell in one set of 10 interleaved 4 s
 * repetitions and rose in the next 16 of 2 s, so it was left out.)
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
    private final AtomicInteger spinners = new AtomicInteger();
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
        } else if (spinners.get() == 0) {
            int parked = parkedCount.get();
            // wake a parked worker when the queued cells outnumber the workers that are awake: a
            // worker busy with one short batch takes the next cell itself, without an unpark and a
            // context switch per message
            if (parked > 0 && runQueue.size() > workers.length - parked) {
                wakeOne();
            }
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

    /** The worker loop: run scheduled cells; when there are none, spin if no one else does, else park. */
    void runWorker(Worker self) {
        while (!closing) {
            Cell c = runQueue.poll();
            if (c == null) {
                c = awaitWork(self);
                if (c == null) {
                    continue;
                }
            }
            system.process(c, self);
        }
    }

    /** A cell to run, or null after parking (or when closing). */
    private Cell awaitWork(Worker self) {
        if (spinners.get() == 0 && spinners.compareAndSet(0, 1)) {
            Cell c = null;
            for (int i = 0; i < spins + yields && !closing; i++) {
                c = runQueue.poll();
                if (c != null) {
                    break;
                }
                if (i < spins) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            spinners.decrementAndGet();
            if (c != null) {
                if (!runQueue.isEmpty() && parkedCount.get() > 0) {
                    wakeOne(); // more work than this worker: bring in a parked one, it becomes the spinner
                }
                return c;
            }
        }
        park(self);
        return null;
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
