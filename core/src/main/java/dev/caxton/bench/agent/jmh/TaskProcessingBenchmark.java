package dev.caxton.bench.agent.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.caxton.bench.agent.AgentContext;
import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.Behavior;

/**
 * The guide's agent task processing: {@value #TASKS} tasks are asked of a pool of {@code pool} agents
 * at once and all answers awaited. A task is a small computation (a checksum of its input) answered to
 * the asker. One operation is one task, so the score is tasks per second.
 *
 * <p>Runs against any registered system: {@code -p system=NAME} (default {@code reference}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TaskProcessingBenchmark {
    static final int TASKS = 1_000;

    /** The registered agent system under test. */
    @Param("reference")
    public String system;

    /** The number of worker agents, as in the guide. */
    @Param("10")
    public int pool;

    private AgentSystem sut;
    private AgentRef[] workers;
    private final int[][] tasks = new int[TASKS][];

    /** Answers each task with a checksum of its input. */
    static final class Worker implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            int[] task = (int[]) message;
            int h = 17;
            for (int v : task) {
                h = h * 31 + v;
            }
            context.reply(h);
        }
    }

    @Setup(Level.Trial)
    public void start() {
        sut = AgentSystemState.create(system);
        workers = new AgentRef[pool];
        for (int i = 0; i < pool; i++) {
            workers[i] = sut.spawn(AgentSpec.of(Worker::new));
        }
        for (int i = 0; i < TASKS; i++) {
            int[] t = new int[32];
            for (int k = 0; k < t.length; k++) {
                t[k] = i * 32 + k;
            }
            tasks[i] = t;
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        sut.close();
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public int processTasks() {
        List<CompletableFuture<Object>> answers = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            answers.add(sut.ask(workers[i % workers.length], tasks[i]));
        }
        int sum = 0;
        for (CompletableFuture<Object> a : answers) {
            sum += (Integer) AgentSystemState.await(a);
        }
        return sum;
    }
}
