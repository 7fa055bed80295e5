package dev.caxton.bench.suite.agent;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * Memory per agent, two ways.
 *
 * <p><b>Retained heap per idle agent</b> ({@code idle_retained[agents=K]}, bytes): the used heap once
 * garbage collection has settled, before and after spawning K idle agents, divided by K; the median of
 * a few repetitions. The agents' handles are held by the benchmark, so their bytes count (a handle is
 * part of what an agent costs its user); the array holding them is allocated before the first reading
 * and does not. The runner cannot change the heap: run with a heap large enough that the K agents do
 * not trigger heap resizing to skew the reading, ideally fixed ({@code -Xms} equal to {@code -Xmx});
 * {@code System.gc()} must not be disabled ({@code -XX:+DisableExplicitGC} makes the reading meaningless).
 *
 * <p><b>The guide's memory profile</b> ({@code creation_overhead}, {@code processing_overhead},
 * {@code checkpoint_overhead}, {@code total}, bytes per agent): bytes <em>allocated</em> by all live
 * threads (the benchmark's and the system's workers, from
 * {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) while creating an agent, while it
 * processes 1,000 messages, and while it takes a checkpoint; averaged over P agents, each with a small
 * state. Allocation counts are exact where heap deltas of one agent would drown in collector noise; the
 * 1,000 messages are allocated before the window, so only the system's own allocation counts. A system
 * that starts or ends threads during the windows blurs the reading (ended threads drop out of the sum).
 */
final class MemoryPerAgentBenchmark extends AgentBenchmark {
    static final int MESSAGES = 1_000;
    private static final Object FLUSH = new Object();

    MemoryPerAgentBenchmark() {
        super("memory_per_agent", "Retained heap per idle agent, and the guide's memory profile",
                Category.RESOURCES, Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofSeconds(8));
    }

    /** Keeps a count and a checksum of what it received; its checkpoint is both. */
    static final class Stateful implements Behavior {
        private long count;
        private long checksum;

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message == FLUSH) {
                context.reply(count);
                return;
            }
            count++;
            checksum = checksum * 31 + ((byte[]) message).length;
        }

        @Override
        public byte[] checkpoint() {
            return ByteBuffer.allocate(16).putLong(count).putLong(checksum).array();
        }

        @Override
        public void restore(byte[] state) {
            ByteBuffer b = ByteBuffer.wrap(state);
            count = b.getLong();
            checksum = b.getLong();
        }
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int idle = p.pick(2_000, 10_000, 10_000);
        int reps = p.pick(1, 3, 5);
        int profiled = p.pick(20, 200, 1_000);
        List<Measurement> out = new ArrayList<>();

        double[] retained = new double[reps];
        for (int r = 0; r < reps; r++) {
            AgentBenchmark.checkCancelled(context);
            retained[r] = idleRetained(context, idle);
            context.progress((r + 1.0) / (reps + 1));
        }
        out.add(Samples.median(context.metric("idle_retained").withParam("agents", Integer.toString(idle)), Unit.BYTES,
                retained));
        out.addAll(profile(context, profiled));
        context.progress(1.0);
        return BenchmarkResult.of(out);
    }

    private static double idleRetained(BenchmarkContext context, int count) throws InterruptedException {
        try (AgentSystem system = context.newSystem()) {
            system.spawn(AgentSpec.of(Payloads.Idle::new));
            AgentRef[] refs = new AgentRef[count];
            long before = Resources.settledUsedHeap();
            for (int i = 0; i < count; i++) {
                refs[i] = system.spawn(AgentSpec.of(Payloads.Idle::new));
            }
            long after = Resources.settledUsedHeap();
            Reference.reachabilityFence(refs);
            return Math.max(0, (double) (after - before) / count);
        }
    }

    private static List<Measurement> profile(BenchmarkContext context, int count) throws Exception {
        byte[][] messages = new byte[MESSAGES][];
        for (int i = 0; i < MESSAGES; i++) {
            messages[i] = new byte[Payloads.MESSAGE_BYTES];
        }
        try (AgentSystem system = context.newSystem()) {
            // Warm-up: the same cycle on throwaway agents, so that lazy initialisation and the JIT do not count.
            cycle(context, system, messages, Math.min(count, 20));
            long[] bytes = cycle(context, system, messages, count);
            MetricId id = context.metric("creation_overhead").withParam("agents", Integer.toString(count));
            return List.of(
                    Measurement.of(id, Unit.BYTES, (double) bytes[0] / count),
                    Measurement.of(id.withMetric("processing_overhead"), Unit.BYTES, (double) bytes[1] / count),
                    Measurement.of(id.withMetric("checkpoint_overhead"), Unit.BYTES, (double) bytes[2] / count),
                    Measurement.of(id.withMetric("total"), Unit.BYTES, (double) (bytes[0] + bytes[1] + bytes[2]) / count));
        }
    }

    /** Creates, feeds and checkpoints {@code count} agents; returns the bytes allocated in each phase. */
    private static long[] cycle(BenchmarkContext context, AgentSystem system, byte[][] messages, int count)
            throws Exception {
        AgentRef[] agents = new AgentRef[count];
        long a0 = Resources.allocatedBytes();
        for (int i = 0; i < count; i++) {
            agents[i] = system.spawn(AgentSpec.of(Stateful::new));
        }
        long a1 = Resources.allocatedBytes();
        for (AgentRef agent : agents) {
            AgentBenchmark.checkCancelled(context);
            for (byte[] m : messages) {
                system.send(agent, m);
            }
        }
        for (AgentRef agent : agents) {
            Object n = system.ask(agent, FLUSH).get(60, TimeUnit.SECONDS);
            if (!(n instanceof Long l) || l != MESSAGES) {
                throw new IllegalStateException(agent.id() + " processed " + n + " of " + MESSAGES
                        + " messages before answering; the system lost or reordered messages");
            }
        }
        long a2 = Resources.allocatedBytes();
        for (AgentRef agent : agents) {
            system.checkpoint(agent).get(60, TimeUnit.SECONDS);
        }
        long a3 = Resources.allocatedBytes();
        for (AgentRef agent : agents) {
            system.stop(agent).get(60, TimeUnit.SECONDS);
        }
        return new long[] {a1 - a0, a2 - a1, a3 - a2};
    }
}
