package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.LatencyRecorder;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * Recovery from agent failures, two ways.
 *
 * <p><b>{@code recovery_time[agents=A,failed=F]}</b> (ms): a producer keeps the A agents busy (at most
 * {@value #IN_FLIGHT} messages in flight, so the backlog stays bounded) and the processed count is read
 * every {@value #BUCKET_MILLIS} ms. After a steady period, whose median bucket rate is the baseline,
 * F agents (one in ten) get a poison message that makes their behaviour throw, and the system restarts
 * them. The recovery time runs from the poisoning to the start of the first three consecutive buckets
 * whose mean rate is back at {@value #RECOVERED_FRACTION} of the baseline or above. Median of several
 * rounds, samples kept. Two kinds of round measure no recovery time, and each is counted:
 * <ul>
 *   <li>{@code undetected_rounds}: the first three buckets after the poisoning already average
 *       {@value #RECOVERED_FRACTION} of the baseline, so the throughput never visibly dropped. The
 *       recovery, if any was needed, took less than this method can see; the round counts the
 *       detection window ({@value #WINDOW_BUCKETS} buckets of {@value #BUCKET_MILLIS} ms, an upper bound),
 *       never zero. When every round is undetected, {@code recovery_time} is that bound, not a
 *       measurement: read the {@code restart_to_next_message} metrics for the restart itself.</li>
 *   <li>{@code unrecovered_rounds}: the throughput is not back within the observation window; the
 *       round counts the window (a lower bound).</li>
 * </ul>
 *
 * <p><b>{@code restart_to_next_message}</b> (ns): one agent is poisoned and, right after, sent a ping,
 * many times. The behaviour records {@link System#nanoTime()} just before it throws; the fresh
 * behaviour the system creates records the time it receives its first message. Reported as
 * {@code restart_to_next_message_p50} ... {@code _max} and {@code _mean}; the distribution is keyed
 * {@code agent/recovery_time/restart_to_next_message}. A system that does not restart failed agents
 * fails this benchmark.
 */
final class RecoveryTimeBenchmark extends AgentBenchmark {
    static final int BUCKET_MILLIS = 10;
    static final double RECOVERED_FRACTION = 0.95;
    static final int IN_FLIGHT = 20_000;
    static final int WINDOW_BUCKETS = 3;
    /** What an undetected round counts: the detection window, in milliseconds. */
    static final double DETECTION_WINDOW_MILLIS = WINDOW_BUCKETS * BUCKET_MILLIS;
    private static final Object POISON = new Object();
    private static final Object PING = new Object();

    RecoveryTimeBenchmark() {
        super("recovery_time", "Fail agents under load: time until throughput is back; restart to next message",
                Category.RECOVERY, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    /** The failure a poison message causes; without a stack trace, as it is expected. */
    static final class Poisoned extends RuntimeException {
        Poisoned() {
            super("poison message (a deliberate failure of the recovery benchmark)", null, false, false);
        }
    }

    /** Counts what it processes; throws on poison. */
    static final class Worker implements Behavior {
        private final LongAdder processed;

        Worker(LongAdder processed) {
            this.processed = processed;
        }

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message == POISON) {
                throw new Poisoned();
            }
            processed.increment();
        }
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int agents = p.pick(50, 1_000, 1_000);
        int rounds = p.pick(1, 5, 5);
        Duration steady = p.pick(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(3));
        Duration observe = p.pick(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(30));
        int restarts = p.pick(500, 20_000, 100_000);

        List<Measurement> out = new ArrayList<>();
        double[] recovery = new double[rounds];
        int unrecovered = 0;
        int undetected = 0;
        try (AgentSystem system = context.newSystem()) {
            LongAdder processed = new LongAdder();
            AgentRef[] refs = new AgentRef[agents];
            for (int i = 0; i < agents; i++) {
                refs[i] = system.spawn(AgentSpec.of(() -> new Worker(processed)));
            }
            Load load = new Load(system, refs, processed, context);
            load.start();
            try {
                for (int r = 0; r < rounds; r++) {
                    double baseline = baselineRate(context, processed, steady);
                    long failedAt = System.nanoTime();
                    for (int i = 0; i < agents; i += 10) {
                        system.send(refs[i], POISON);
                    }
                    long recoveredAfter = recoveredAfter(context, processed, failedAt, baseline, observe);
                    if (recoveredAfter == NOT_RECOVERED) {
                        unrecovered++;
                        recovery[r] = observe.toNanos() / 1e6;
                    } else if (recoveredAfter == NO_DROP) {
                        undetected++;
                        recovery[r] = DETECTION_WINDOW_MILLIS;
                    } else {
                        recovery[r] = recoveredAfter / 1e6;
                    }
                    context.progress(0.6 * (r + 1) / rounds);
                }
            } finally {
                load.stop();
            }
        }
        MetricId id = context.metric("recovery_time").withParam("agents", Integer.toString(agents))
                .withParam("failed", Integer.toString((agents + 9) / 10));
        out.add(Samples.median(id, Unit.MILLISECONDS, recovery));
        out.add(Measurement.of(id.withMetric("unrecovered_rounds"), Unit.COUNT, unrecovered));
        out.add(Measurement.of(id.withMetric("undetected_rounds"), Unit.COUNT, undetected));

        LatencyDistribution restart = restartToNextMessage(context, restarts);
        MetricId base = context.metric("restart_to_next_message");
        out.addAll(Samples.prefixedPercentiles(base, restart));
        out.add(Samples.mean(base.withMetric("restart_to_next_message_mean"), restart));
        context.progress(1.0);
        return new BenchmarkResult(out, Map.of(base.canonical(), restart));
    }

    /** The median rate (messages per second) of the buckets in a steady period. */
    private static double baselineRate(BenchmarkContext context, LongAdder processed, Duration steady)
            throws InterruptedException {
        int buckets = (int) Math.max(WINDOW_BUCKETS, steady.toMillis() / BUCKET_MILLIS);
        double[] rates = new double[buckets];
        long lastCount = processed.sum();
        long lastTime = System.nanoTime();
        for (int i = 0; i < buckets; i++) {
            AgentBenchmark.checkCancelled(context);
            Thread.sleep(BUCKET_MILLIS);
            long count = processed.sum();
            long now = System.nanoTime();
            rates[i] = (count - lastCount) * 1e9 / Math.max(1, now - lastTime);
            lastCount = count;
            lastTime = now;
        }
        return Regimes.median(rates);
    }

    /** {@link #recoveredAfter}: the throughput did not come back within the observation window. */
    static final long NOT_RECOVERED = -1;
    /** {@link #recoveredAfter}: the throughput never visibly dropped, so no recovery time was measured. */
    static final long NO_DROP = -2;

    /**
     * Nanoseconds from {@code failedAt} to the start of the first {@value #WINDOW_BUCKETS} buckets whose
     * mean rate is back at {@link #RECOVERED_FRACTION} of {@code baseline}; {@link #NO_DROP} when the
     * first such buckets start at the poisoning, {@link #NOT_RECOVERED} when none come within
     * {@code observe}.
     */
    private static long recoveredAfter(BenchmarkContext context, LongAdder processed, long failedAt, double baseline,
                                       Duration observe) throws InterruptedException {
        int max = (int) Math.max(WINDOW_BUCKETS, observe.toMillis() / BUCKET_MILLIS);
        long[] starts = new long[max];
        double[] rates = new double[max];
        long lastCount = processed.sum();
        long lastTime = failedAt;
        for (int i = 0; i < max; i++) {
            AgentBenchmark.checkCancelled(context);
            Thread.sleep(BUCKET_MILLIS);
            long count = processed.sum();
            long now = System.nanoTime();
            starts[i] = lastTime;
            rates[i] = (count - lastCount) * 1e9 / Math.max(1, now - lastTime);
            lastCount = count;
            lastTime = now;
            int back = firstRecoveredBucket(rates, i, i + 1, baseline); // only the window the new bucket ends
            if (back == 0) {
                return NO_DROP;
            }
            if (back > 0) {
                return starts[back] - failedAt;
            }
        }
        return NOT_RECOVERED;
    }

    /**
     * The first bucket of the first {@value #WINDOW_BUCKETS} consecutive buckets whose mean rate is at
     * least {@link #RECOVERED_FRACTION} of {@code baseline}, among the windows that end after bucket
     * {@code from} and no later than bucket {@code count}; -1 when there is none. Zero means that the
     * throughput never visibly dropped.
     */
    static int firstRecoveredBucket(double[] rates, int from, int count, double baseline) {
        for (int end = Math.max(WINDOW_BUCKETS, from + 1); end <= count; end++) {
            double mean = Arrays.stream(rates, end - WINDOW_BUCKETS, end).average().orElse(0);
            if (mean >= RECOVERED_FRACTION * baseline) {
                return end - WINDOW_BUCKETS;
            }
        }
        return -1;
    }

    /** One producer thread that keeps at most {@link #IN_FLIGHT} messages unprocessed. */
    private static final class Load {
        private final Thread thread;
        private volatile boolean running = true;

        Load(AgentSystem system, AgentRef[] refs, LongAdder processed, BenchmarkContext context) {
            thread = new Thread(() -> {
                long sent = 0;
                int next = 0;
                while (running && !context.cancelled()) {
                    if (sent - processed.sum() > IN_FLIGHT) {
                        Thread.yield();
                        continue;
                    }
                    for (int i = 0; i < 64; i++) {
                        system.send(refs[next], new byte[Payloads.MESSAGE_BYTES]);
                        next = next + 1 == refs.length ? 0 : next + 1;
                    }
                    sent += 64;
                }
            }, "caxton-bench-recovery-load");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Shared by every incarnation of the probe agent; written only by the agent, in mailbox order. */
    private static final class Probe {
        volatile long failedAt;
        final LatencyRecorder latencies = new LatencyRecorder();
    }

    /** Records its first message's arrival after a failure; throws on poison. */
    private static final class ProbeBehavior implements Behavior {
        private final Probe probe;
        private boolean fresh = true;

        ProbeBehavior(Probe probe) {
            this.probe = probe;
        }

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (fresh) {
                fresh = false;
                long failedAt = probe.failedAt;
                if (failedAt != 0) {
                    probe.latencies.recordNanos(System.nanoTime() - failedAt);
                    probe.failedAt = 0;
                }
            }
            if (message == POISON) {
                probe.failedAt = System.nanoTime();
                throw new Poisoned();
            }
            context.reply(message);
        }
    }

    private static LatencyDistribution restartToNextMessage(BenchmarkContext context, int count) throws Exception {
        Probe probe = new Probe();
        try (AgentSystem system = context.newSystem()) {
            AgentRef agent = system.spawn(AgentSpec.of(() -> new ProbeBehavior(probe)));
            int warmup = Math.max(100, count / 5);
            for (int i = 0; i < warmup + count; i++) {
                if (i == warmup) {
                    probe.latencies.reset(); // the agent is idle: the last ask was answered
                }
                if ((i & 255) == 0) {
                    AgentBenchmark.checkCancelled(context);
                }
                system.send(agent, POISON);
                system.ask(agent, PING).get(60, TimeUnit.SECONDS);
                if (i >= warmup && (i & 1023) == 0) {
                    context.progress(0.6 + 0.4 * (i - warmup) / count);
                }
            }
        }
        LatencyDistribution d = probe.latencies.snapshot();
        if (d.count() < count / 2) {
            throw new IllegalStateException("after " + count + " failures the next message reached a fresh behaviour only "
                    + d.count() + " times: the system did not restart failed agents (expected the default policy, restart)");
        }
        return d;
    }
}
