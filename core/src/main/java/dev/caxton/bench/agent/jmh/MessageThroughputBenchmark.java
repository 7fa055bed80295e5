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
 * The guide's message throughput: route {@value #MESSAGES} fire-and-forget messages round-robin to
 * {@code agents} agents and wait until every agent has processed its share (an {@code ask} queued
 * behind them answers). One operation is one message, so the score is messages per second.
 *
 * <p>Runs against any registered system: {@code -p system=NAME} (default {@code reference}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MessageThroughputBenchmark {
    static final int MESSAGES = 10_000;
    private static final Object FLUSH = new Object();

    /** The registered agent system under test. */
    @Param("reference")
    public String system;

    /** How many agents the messages are spread over. */
    @Param("16")
    public int agents;

    private AgentSystem sut;
    private AgentRef[] refs;
    private final Object message = "msg";

    /** Counts messages; answers a flush with the count so far. */
    static final class Counter implements Behavior {
        private long count;

        @Override
        public void onMessage(Object message, AgentContext context) {
            if (message == FLUSH) {
                context.reply(count);
            } else {
                count++;
            }
        }
    }

    @Setup(Level.Trial)
    public void start() {
        sut = AgentSystemState.create(system);
        refs = new AgentRef[agents];
        for (int i = 0; i < agents; i++) {
            refs[i] = sut.spawn(AgentSpec.of(Counter::new));
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        sut.close();
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long routeMessages() {
        AgentRef[] r = refs;
        for (int i = 0; i < MESSAGES; i++) {
            sut.send(r[i % r.length], message);
        }
        List<CompletableFuture<Object>> flushed = new ArrayList<>(r.length);
        for (int i = 0; i < r.length; i++) {
            flushed.add(sut.ask(r[i], FLUSH));
        }
        long total = 0;
        for (CompletableFuture<Object> f : flushed) {
            total += (Long) AgentSystemState.await(f);
        }
        return total;
    }
}
