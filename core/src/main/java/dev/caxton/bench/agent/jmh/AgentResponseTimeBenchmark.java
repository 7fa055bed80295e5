package dev.caxton.bench.agent.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
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
 * The guide's agent response time: one request asked of an idle agent, timed until its answer
 * arrives. Sample mode keeps the distribution (percentiles up to the maximum); average time gives the
 * mean.
 *
 * <p>Runs against any registered system: {@code -p system=NAME} (default {@code reference}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AgentResponseTimeBenchmark {
    /** The registered agent system under test. */
    @Param("reference")
    public String system;

    private AgentSystem sut;
    private AgentRef agent;
    private final Object request = "request";

    /** Answers every request with itself. */
    static final class Echo implements Behavior {
        @Override
        public void onMessage(Object message, AgentContext context) {
            context.reply(message);
        }
    }

    @Setup(Level.Trial)
    public void start() {
        sut = AgentSystemState.create(system);
        agent = sut.spawn(AgentSpec.of(Echo::new));
    }

    @TearDown(Level.Trial)
    public void stop() {
        sut.close();
    }

    @Benchmark
    public Object respond() {
        return AgentSystemState.await(sut.ask(agent, request));
    }
}
