package dev.caxton.bench.suite.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.suite.BenchmarkContext;

/**
 * The fire-and-forget protocol every system gets: {@code producers} threads send freshly allocated
 * {@code byte[100]} messages round-robin over the agents, without flow control, and a round ends when
 * every agent has processed its share. Agents count locally; only the last message of an agent's share
 * touches shared state (one atomic decrement per agent per round), and the agent that completes the
 * round stamps the end time, so the measurement has no polling error. The producer threads start with
 * the first round and wait between rounds; {@link #close()} ends them.
 */
final class FireAndForget implements AutoCloseable {
    private final AgentSystem system;
    private final AgentRef[] agents;
    private final int producers;
    private final long perAgent;
    private final AtomicReference<Round> current = new AtomicReference<>();
    private Thread[] threads;
    private List<BlockingQueue<Round>> work;

    /** Spawns {@code agentCount} counting agents that each expect {@code perAgent} messages per round. */
    FireAndForget(AgentSystem system, int agentCount, long perAgent, int producers) {
        if (agentCount < 1 || perAgent < 1 || producers < 1) {
            throw new IllegalArgumentException("agents, messages per agent and producers must be positive, got "
                    + agentCount + ", " + perAgent + ", " + producers);
        }
        this.system = system;
        this.producers = producers;
        this.perAgent = perAgent;
        this.agents = new AgentRef[agentCount];
        for (int i = 0; i < agentCount; i++) {
            agents[i] = system.spawn(AgentSpec.of(() -> new Sink(this)));
        }
    }

    /** Messages per agent such that a round routes about {@code total} messages over {@code agents}. */
    static long perAgent(long total, int agents) {
        return Math.max(1, (total + agents - 1) / agents);
    }

    long messagesPerRound() {
        return perAgent * agents.length;
    }

    /**
     * Routes one round and returns the achieved rate in messages per second, measured from the moment
     * the producers are released to the moment the last agent processed its last message.
     */
    double round(BenchmarkContext context) throws InterruptedException {
        if (threads == null) {
            startProducers(context);
        }
        Round round = new Round(agents.length, producers);
        current.set(round);
        for (BlockingQueue<Round> q : work) {
            q.put(round);
        }
        long start = System.nanoTime();
        round.go.countDown();
        while (!round.done.await(50, TimeUnit.MILLISECONDS)) {
            if (context.cancelled()) {
                close();
                AgentBenchmark.checkCancelled(context);
            }
        }
        round.sent.await();
        return messagesPerRound() * 1e9 / Math.max(1, round.finishedAt - start);
    }

    /** Ends the producer threads; the agents stay until their system closes. */
    @Override
    public void close() {
        if (threads != null) {
            for (Thread t : threads) {
                t.interrupt();
            }
        }
    }

    private void startProducers(BenchmarkContext context) {
        threads = new Thread[producers];
        work = new ArrayList<>(producers);
        for (int p = 0; p < producers; p++) {
            long share = perAgent / producers + (p < perAgent % producers ? 1 : 0);
            BlockingQueue<Round> queue = new ArrayBlockingQueue<>(1);
            work.add(queue);
            threads[p] = new Thread(() -> produce(queue, share, context), "caxton-bench-producer-" + p);
            threads[p].setDaemon(true);
            threads[p].start();
        }
    }

    private void produce(BlockingQueue<Round> queue, long share, BenchmarkContext context) {
        AgentRef[] targets = agents;
        try {
            while (true) {
                Round round = queue.take();
                round.go.await();
                for (long i = 0; i < share; i++) {
                    for (AgentRef target : targets) {
                        system.send(target, new byte[Payloads.MESSAGE_BYTES]);
                    }
                    if ((i & 63) == 0 && context.cancelled()) {
                        return;
                    }
                }
                round.sent.countDown();
            }
        } catch (InterruptedException e) {
            // close(): the producer ends
        }
    }

    private static final class Round {
        final CountDownLatch go = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        final CountDownLatch sent;
        final AtomicInteger remaining;
        volatile long finishedAt;

        Round(int agents, int producers) {
            remaining = new AtomicInteger(agents);
            sent = new CountDownLatch(producers);
        }

        void arrive() {
            if (remaining.decrementAndGet() == 0) {
                finishedAt = System.nanoTime();
                done.countDown();
            }
        }
    }

    /** Counts messages; the last one of its share ends the agent's part of the round. */
    private static final class Sink implements Behavior {
        private final FireAndForget owner;
        private long count;

        Sink(FireAndForget owner) {
            this.owner = owner;
        }

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (++count == owner.perAgent) {
                count = 0;
                owner.current.get().arrive();
            }
        }
    }
}
