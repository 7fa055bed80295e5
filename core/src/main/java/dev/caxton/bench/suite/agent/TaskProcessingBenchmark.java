package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * The guide's agent task processing: a pool of {@value #POOL} agents, {@value #TASKS} concurrent tasks
 * (asks spread round-robin over the pool), then wait for all of them. A task is a 100-byte payload whose
 * checksum the agent computes and returns. One sample is the rate of {@code batches} such joins in a
 * row, in tasks/s; the median is reported and the samples kept.
 */
final class TaskProcessingBenchmark extends AgentBenchmark {
    static final int POOL = 10;
    static final int TASKS = 1_000;

    TaskProcessingBenchmark() {
        super("task_processing", "A pool of 10 agents, 1,000 concurrent tasks, wait for all",
                Category.THROUGHPUT, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    record Task(int seed, byte[] payload) {}

    /** Computes the task's checksum and answers it. */
    static final class Worker implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            Task t = (Task) message;
            int sum = t.seed();
            for (byte b : t.payload()) {
                sum = sum * 31 + b;
            }
            context.reply(sum);
        }
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int batches = p.pick(20, 1_000, 3_000);
        int warmups = p.pick(1, 2, 3);
        int rounds = p.pick(3, 7, 10);
        double[] samples = new double[rounds];
        try (AgentSystem system = context.newSystem()) {
            AgentRef[] pool = new AgentRef[POOL];
            for (int i = 0; i < POOL; i++) {
                pool[i] = system.spawn(AgentSpec.of(Worker::new));
            }
            Task[] tasks = new Task[TASKS];
            for (int i = 0; i < TASKS; i++) {
                tasks[i] = new Task(i, new byte[Payloads.MESSAGE_BYTES]);
            }
            CompletableFuture<?>[] futures = new CompletableFuture<?>[TASKS];
            for (int r = 0; r < warmups + rounds; r++) {
                long start = System.nanoTime();
                for (int b = 0; b < batches; b++) {
                    AgentBenchmark.checkCancelled(context);
                    for (int i = 0; i < TASKS; i++) {
                        futures[i] = system.ask(pool[i % POOL], tasks[i]);
                    }
                    CompletableFuture.allOf(futures).get(60, TimeUnit.SECONDS);
                }
                double rate = (double) batches * TASKS * 1e9 / (System.nanoTime() - start);
                if (r >= warmups) {
                    samples[r - warmups] = rate;
                }
                context.progress((r + 1.0) / (warmups + rounds));
            }
        }
        return BenchmarkResult.of(List.<Measurement>of(Samples.median(context.metric("throughput"), Unit.OPS_PER_SECOND, samples)));
    }
}
