package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
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
 * The guide's end-to-end request/response latency, asks spread round-robin over {@value #AGENTS} echo
 * agents, in two modes. As in the guide, every request is the same prepared object
 * ({@link Payloads#REQUEST}), so that the load generator allocates as little as it can and its own
 * garbage collections disturb the measurement as little as possible.
 * <ul>
 *   <li>{@code mode=closed}: one outstanding ask at a time, each timed from send to answer (the guide's
 *       loop). Its percentiles are {@code p50[mode=closed]} ... {@code max[mode=closed]}, plus
 *       {@code mean[mode=closed]}.</li>
 *   <li>{@code mode=open}: a sender thread issues asks on a fixed schedule ({@code rate} per second,
 *       200,000 in the quick and full profiles) whatever the answers do, and each latency is measured
 *       from the request's <em>intended</em> send time to its answer, so a stalled system cannot hide
 *       its stall by delaying the requests that would have seen it (coordinated omission, as wrk2 and
 *       HdrHistogram describe it). Answers are recorded in the ask's completion callback. Besides the
 *       percentiles it reports {@code achieved_rate} (answers per second up to the last answer) and
 *       {@code errors} (failed asks plus asks unanswered 10 s after the last send).</li>
 * </ul>
 * Both distributions are in the result's histograms, keyed by their base ids
 * {@code agent/request_latency/latency[mode=...]}. First come two floors of this machine, each from the
 * same open loop against a stand-in (which also warms the load generator up before the system is
 * measured):
 * <ul>
 *   <li>{@code generator_p50} and {@code generator_p99}, for the warm-up time against a system whose asks
 *       are already answered ({@link InstantSystem}): the load generator's own floor;</li>
 *   <li>{@code handoff_p50} and {@code handoff_p99}, for the measured time against one thread that
 *       busy-polls a lock-free queue and answers at once ({@link HandoffSystem}): the least any request
 *       that crosses threads costs here, since what remains there (threads descheduled by the kernel or
 *       the hypervisor) no runtime can remove.</li>
 * </ul>
 * An open-loop p99 near the hand-off floor says more about the machine than about the system.
 */
final class RequestLatencyBenchmark extends AgentBenchmark {
    static final int AGENTS = 100;
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);

    RequestLatencyBenchmark() {
        super("request_latency", "Request/response latency: closed loop, and open loop at a fixed rate from the intended send time",
                Category.LATENCY, Duration.ofSeconds(2), Duration.ofSeconds(14), Duration.ofSeconds(95));
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int closedWarmup = p.pick(2_000, 20_000, 50_000);
        int closedCount = p.pick(5_000, 100_000, 1_000_000);
        int rate = p.pick(20_000, 200_000, 200_000);
        Duration openWarmup = p.pick(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));
        Duration openTime = p.pick(Duration.ofMillis(300), Duration.ofSeconds(4), Duration.ofSeconds(30));

        List<Measurement> out = new ArrayList<>();
        Map<String, LatencyDistribution> histograms = new HashMap<>();
        // the floors first: they also warm the load generator up, so that the system under test is not
        // measured while the generator is still being compiled, whichever system runs first in a JVM
        OpenLoopResult generator = openLoop(context, new InstantSystem(), StandInSystem.agents(), rate, openWarmup);
        out.addAll(floor(context.metric("generator"), rate, generator));
        context.progress(0.1);
        OpenLoopResult handoff;
        try (HandoffSystem floorSystem = new HandoffSystem()) {
            openLoop(context, floorSystem, StandInSystem.agents(), rate, openWarmup);
            handoff = openLoop(context, floorSystem, StandInSystem.agents(), rate, openTime);
        }
        out.addAll(floor(context.metric("handoff"), rate, handoff));
        context.progress(0.4);
        try (AgentSystem system = context.newSystem()) {
            AgentRef[] agents = new AgentRef[AGENTS];
            for (int i = 0; i < AGENTS; i++) {
                agents[i] = system.spawn(AgentSpec.of(Payloads.Echo::new));
            }
            closedLoop(context, system, agents, closedWarmup);
            context.progress(0.45);
            LatencyDistribution closed = closedLoop(context, system, agents, closedCount);
            MetricId closedBase = context.metric("latency").withParam("mode", "closed");
            out.addAll(closed.percentileMeasurements(closedBase));
            out.add(Samples.mean(closedBase.withMetric("mean"), closed));
            histograms.put(closedBase.canonical(), closed);
            context.progress(0.6);

            openLoop(context, system, agents, rate, openWarmup);
            context.progress(0.7);
            OpenLoopResult open = openLoop(context, system, agents, rate, openTime);
            MetricId openBase = context.metric("latency").withParam("mode", "open").withParam("rate", Integer.toString(rate));
            if (open.latencies().count() > 0) {
                out.addAll(open.latencies().percentileMeasurements(openBase));
                histograms.put(openBase.canonical(), open.latencies());
            }
            out.add(Measurement.of(openBase.withMetric("achieved_rate"), Unit.OPS_PER_SECOND, open.achievedRate()));
            out.add(Measurement.of(openBase.withMetric("errors"), Unit.COUNT, open.errors()));
        }
        context.progress(1.0);
        return new BenchmarkResult(out, histograms);
    }

    /** The p50 and p99 of a floor measured with a stand-in system, named {@code <metric>_p50} and {@code <metric>_p99}. */
    private static List<Measurement> floor(MetricId metric, int rate, OpenLoopResult result) {
        MetricId base = metric.withParam("mode", "open").withParam("rate", Integer.toString(rate));
        return Samples.prefixedPercentiles(base, result.latencies()).stream()
                .filter(m -> m.id().metric().endsWith("_p50") || m.id().metric().endsWith("_p99")).toList();
    }

    /** One ask at a time, timed from send to answer. */
    static LatencyDistribution closedLoop(BenchmarkContext context, AgentSystem system, AgentRef[] agents, int count)
            throws Exception {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < count; i++) {
            if ((i & 255) == 0) {
                AgentBenchmark.checkCancelled(context);
            }
            long start = System.nanoTime();
            system.ask(agents[i % agents.length], Payloads.REQUEST).get(60, TimeUnit.SECONDS);
            recorder.recordNanos(System.nanoTime() - start);
        }
        return recorder.snapshot();
    }

    record OpenLoopResult(LatencyDistribution latencies, double achievedRate, long errors) {}

    /**
     * Sends asks at {@code rate} per second for {@code duration} from this thread, on schedule: request
     * {@code i} is due at {@code start + i / rate}; the thread parks while it is early (spinning with
     * {@link Thread#yield()} for the last stretch) and sends at once what is due when it is late.
     */
    static OpenLoopResult openLoop(BenchmarkContext context, AgentSystem system, AgentRef[] agents, int rate,
                                   Duration duration) throws InterruptedException {
        StripedRecorder recorder = new StripedRecorder();
        long total = Math.max(1, duration.toNanos() * rate / 1_000_000_000L);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
        long sent = 0;
        for (long i = 0; i < total; i++) {
            long intended = start + i * 1_000_000_000L / rate;
            long now;
            while ((now = System.nanoTime()) < intended) {
                long early = intended - now;
                if (early > 60_000) {
                    LockSupport.parkNanos(early - 50_000);
                } else {
                    Thread.yield();
                }
            }
            if ((i & 1023) == 0 && context.cancelled()) {
                AgentBenchmark.checkCancelled(context);
            }
            system.ask(agents[(int) (i % agents.length)], Payloads.REQUEST).whenComplete((r, e) -> {
                long done = System.nanoTime();
                if (e == null) {
                    recorder.answered(done - intended, done);
                } else {
                    recorder.failed(done);
                }
            });
            sent++;
        }
        long drainDeadline = System.nanoTime() + DRAIN_NANOS;
        while (recorder.completed() < sent && System.nanoTime() < drainDeadline) {
            AgentBenchmark.checkCancelled(context);
            Thread.sleep(1);
        }
        LatencyDistribution latencies = recorder.snapshot();
        long ok = latencies.count();
        long errors = sent - ok;
        double achieved = ok == 0 ? 0 : ok * 1e9 / Math.max(1, recorder.lastNanos() - start);
        return new OpenLoopResult(latencies, achieved, errors);
    }
}
