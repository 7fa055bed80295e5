package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * The guide's spawn time and horizontal scaling sweep (its ScalingReport). For each size (1, 10, 100,
 * 1,000 and 10,000 agents; the smoke profile stops at 1,000) a fresh system spawns that many agents,
 * several times; the last time the sweep also measures, across those agents:
 * <ul>
 *   <li>{@code total} (ms) and {@code per_agent} (ns): the spawn loop's wall time, median of the repetitions;</li>
 *   <li>{@code throughput} (msg/s): a short fire-and-forget run over the spawned agents (2 producers,
 *       100-byte messages, median of three rounds after one warm-up round);</li>
 *   <li>{@code heap_per_agent} (bytes): used heap after settled garbage collection, before and after
 *       spawning, divided by the count (noisy for small counts, floored at zero; a zero is shown as not
 *       measured and never graded, see {@link dev.caxton.bench.target.Targets#measuredNothing});</li>
 *   <li>{@code cpu} (percent of all cores): CPU time of all Java threads during the throughput rounds
 *       over their wall time (see {@link Resources#threadsCpuNanos()}).</li>
 * </ul>
 * Every metric carries the parameter {@code agents=N}.
 */
final class SpawnTimeBenchmark extends AgentBenchmark {
    SpawnTimeBenchmark() {
        super("spawn_time", "Spawn 1 to 10,000 agents; throughput, heap and CPU at each size",
                Category.SCALABILITY, Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofSeconds(20));
    }

    static int[] sizes(Profile p) {
        return p.pick(new int[] {1, 10, 100, 1_000}, new int[] {1, 10, 100, 1_000, 10_000},
                new int[] {1, 10, 100, 1_000, 10_000});
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int reps = p.pick(2, 5, 10);
        long messages = p.pick(20_000, 500_000, 2_000_000);
        int[] sizes = sizes(p);
        List<Measurement> out = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            MetricId base = context.metric("total").withParam("agents", Integer.toString(n));
            double[] totalMs = new double[reps];
            double[] perAgentNs = new double[reps];
            long perAgentMessages = FireAndForget.perAgent(messages, n);
            for (int r = 0; r < reps; r++) {
                AgentBenchmark.checkCancelled(context);
                boolean last = r == reps - 1;
                try (AgentSystem system = context.newSystem()) {
                    long heapBefore = last ? Resources.settledUsedHeap() : 0;
                    long start = System.nanoTime();
                    FireAndForget agents = new FireAndForget(system, n, perAgentMessages, MessageThroughputBenchmark.PRODUCERS);
                    long took = System.nanoTime() - start;
                    try (agents) {
                        totalMs[r] = took / 1e6;
                        perAgentNs[r] = (double) took / n;
                        if (last) {
                            long heapAfter = Resources.settledUsedHeap();
                            out.add(Measurement.of(base.withMetric("heap_per_agent"), Unit.BYTES,
                                    Math.max(0, (double) (heapAfter - heapBefore) / n)));
                            atScale(context, agents, base, out);
                        }
                    }
                }
                context.progress((s + (r + 1.0) / reps) / sizes.length);
            }
            out.add(Samples.median(base, Unit.MILLISECONDS, totalMs));
            out.add(Samples.median(base.withMetric("per_agent"), Unit.NANOSECONDS, perAgentNs));
        }
        return BenchmarkResult.of(out);
    }

    /** Throughput over the spawned agents (one warm-up round, the median of three) and CPU meanwhile. */
    private static void atScale(BenchmarkContext context, FireAndForget agents, MetricId base, List<Measurement> out)
            throws InterruptedException {
        agents.round(context);
        double[] rates = new double[3];
        long cpu0 = Resources.threadsCpuNanos();
        long wall0 = System.nanoTime();
        for (int i = 0; i < rates.length; i++) {
            rates[i] = agents.round(context);
        }
        long cpu = Resources.threadsCpuNanos() - cpu0;
        long wall = System.nanoTime() - wall0;
        out.add(Samples.median(base.withMetric("throughput"), Unit.MESSAGES_PER_SECOND, rates));
        out.add(Measurement.of(base.withMetric("cpu"), Unit.PERCENT, 100.0 * cpu / ((double) wall * Resources.cores())));
    }
}
