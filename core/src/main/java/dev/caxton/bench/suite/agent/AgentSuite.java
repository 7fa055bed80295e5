package dev.caxton.bench.suite.agent;

import java.util.List;

import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.Suite;

/**
 * The guide's benchmarks, runnable against any {@link dev.caxton.bench.agent.AgentSystem}: message
 * throughput, task processing, request latency, agent response time, spawn time with the horizontal
 * scaling sweep, memory per agent, CPU per agent and recovery time. Metric ids read
 * {@code agent/<benchmark>/<metric>[params]}.
 */
public final class AgentSuite implements Suite {
    public static final String NAME = "agent";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "The Caxton guide's agent benchmarks: throughput, latency, spawn, memory, CPU, recovery";
    }

    @Override
    public List<Benchmark> benchmarks() {
        return List.of(new MessageThroughputBenchmark(), new TaskProcessingBenchmark(), new RequestLatencyBenchmark(),
                new AgentResponseTimeBenchmark(), new SpawnTimeBenchmark(), new MemoryPerAgentBenchmark(),
                new CpuPerAgentBenchmark(), new RecoveryTimeBenchmark());
    }
}
