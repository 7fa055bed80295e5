package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * The guide's CPU profile: the CPU time of all Java threads ({@link Resources#threadsCpuNanos()}) spent
 * over a window, divided by the window's wall time, in three situations:
 * <ul>
 *   <li>{@code idle}: A agents spawned, nothing sent, for a window (10 s in the full profile);</li>
 *   <li>{@code processing}: while the A agents process rounds of 10,000 fire-and-forget messages from
 *       one producer, round after round in one window;</li>
 *   <li>{@code spawning}: while spawning batches of 100 agents, batch after batch in one window.</li>
 * </ul>
 * Each reports {@code <situation>_total} (percent of all cores) and {@code <situation>_per_agent}
 * (percent of one core, divided by the agents involved: A, or the 100 being spawned). The threads
 * include the benchmark's own sending thread, which every system needs too; the JVM's native
 * threads (GC, JIT) are not counted.
 */
final class CpuPerAgentBenchmark extends AgentBenchmark {
    static final int MESSAGES = 10_000;
    static final int SPAWN_BATCH = 100;

    CpuPerAgentBenchmark() {
        super("cpu_per_agent", "Process CPU per agent: idle, processing 10,000 messages, spawning 100 agents",
                Category.RESOURCES, Duration.ofMillis(300), Duration.ofSeconds(4), Duration.ofSeconds(15));
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int agents = p.pick(100, 1_000, 1_000);
        Duration idleWindow = p.pick(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(10));
        int rounds = p.pick(5, 100, 300);
        int batches = p.pick(5, 50, 100);
        List<Measurement> out = new ArrayList<>();
        try (AgentSystem system = context.newSystem();
             FireAndForget ff = new FireAndForget(system, agents, FireAndForget.perAgent(MESSAGES, agents), 1)) {
            ff.round(context);
            MetricId base = context.metric("idle_total").withParam("agents", Integer.toString(agents));

            long cpu0 = Resources.threadsCpuNanos();
            long wall0 = System.nanoTime();
            long idleEnd = wall0 + idleWindow.toNanos();
            while (System.nanoTime() < idleEnd) {
                AgentBenchmark.checkCancelled(context);
                Thread.sleep(Math.max(1, Math.min(50, (idleEnd - System.nanoTime()) / 1_000_000)));
            }
            add(out, base, "idle", Resources.threadsCpuNanos() - cpu0, System.nanoTime() - wall0, agents);
            context.progress(0.4);

            cpu0 = Resources.threadsCpuNanos();
            wall0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                ff.round(context);
            }
            add(out, base, "processing", Resources.threadsCpuNanos() - cpu0, System.nanoTime() - wall0, agents);
            context.progress(0.7);

            cpu0 = Resources.threadsCpuNanos();
            wall0 = System.nanoTime();
            for (int b = 0; b < batches; b++) {
                AgentBenchmark.checkCancelled(context);
                for (int i = 0; i < SPAWN_BATCH; i++) {
                    system.spawn(AgentSpec.of(Payloads.Idle::new));
                }
            }
            add(out, base.withParam("agents", Integer.toString(SPAWN_BATCH)), "spawning",
                    Resources.threadsCpuNanos() - cpu0, System.nanoTime() - wall0, SPAWN_BATCH);
            context.progress(1.0);
        }
        return BenchmarkResult.of(out);
    }

    private static void add(List<Measurement> out, MetricId base, String situation, long cpuNanos, long wallNanos,
                            int agents) {
        double oneCore = 100.0 * cpuNanos / Math.max(1, wallNanos);
        out.add(Measurement.of(base.withMetric(situation + "_total"), Unit.PERCENT, oneCore / Resources.cores()));
        out.add(Measurement.of(base.withMetric(situation + "_per_agent"), Unit.PERCENT, oneCore / agents));
    }
}
