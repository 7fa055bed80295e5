package dev.caxton.bench.suite.agent;

import java.util.List;

import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.Suite;

/**
 * The guide's benchmarks, runnable against any {@link dev.caxton.bench.agent.AgentSystem}. Metric ids
 * read {@code agent/<benchmark>/<metric>[params]}; every system gets the same protocol, and the profile
 * scales sizes and durations only ({@code smoke}: a few seconds in all; {@code quick}: under a minute
 * on the naive system, 2 cores; {@code full}: the guide's sizes and longer windows).
 *
 * <table>
 *   <caption>Benchmarks and their metrics</caption>
 *   <tr><th>benchmark</th><th>metrics</th></tr>
 *   <tr><td>{@code message_throughput}</td><td>{@code throughput} (msg/s, median of the rounds, samples kept),
 *       {@code regimes}, and when bimodal {@code regime_low}, {@code regime_high},
 *       {@code regime_low_count}, {@code regime_high_count}; {@code messages_per_round}</td></tr>
 *   <tr><td>{@code task_processing}</td><td>{@code throughput} (ops/s: tasks per second)</td></tr>
 *   <tr><td>{@code request_latency}</td><td>{@code p50 p90 p95 p99 p99.9 max mean[mode=closed]};
 *       {@code p50 ... max, achieved_rate, errors[mode=open,rate=R]} (ns);
 *       {@code generator_p50, generator_p99[mode=open,rate=R]} (the load generator's floor),
 *       {@code handoff_p50, handoff_p99[mode=open,rate=R]} (the machine's floor for a request answered on
 *       another thread); histograms
 *       {@code latency[mode=...]}</td></tr>
 *   <tr><td>{@code agent_response_time}</td><td>{@code p50 ... max}, {@code mean} (ns); histogram
 *       {@code response_time}</td></tr>
 *   <tr><td>{@code spawn_time}</td><td>{@code total} (ms), {@code per_agent} (ns), {@code throughput}
 *       (msg/s), {@code heap_per_agent} (bytes), {@code cpu} (percent), each {@code [agents=N]}</td></tr>
 *   <tr><td>{@code memory_per_agent}</td><td>{@code idle_retained[agents=K]}; {@code creation_overhead},
 *       {@code processing_overhead}, {@code checkpoint_overhead}, {@code total[agents=P]} (bytes)</td></tr>
 *   <tr><td>{@code cpu_per_agent}</td><td>{@code idle_total}, {@code idle_per_agent},
 *       {@code processing_total}, {@code processing_per_agent[agents=A]}, {@code spawning_total},
 *       {@code spawning_per_agent[agents=100]} (percent)</td></tr>
 *   <tr><td>{@code recovery_time}</td><td>{@code recovery_time} (ms), {@code unrecovered_rounds}, {@code undetected_rounds[agents=A,failed=F]};
 *       {@code restart_to_next_message_p50 ... _max}, {@code _mean} (ns); histogram
 *       {@code restart_to_next_message}</td></tr>
 * </table>
 * Histograms are keyed by the canonical id of their base metric, for example
 * {@code agent/request_latency/latency[mode=closed]}. Each benchmark's class says how it measures.
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
