package dev.caxton.bench.target;

import dev.caxton.bench.model.Unit;

/**
 * The guide's tier table (Target / Acceptable / Critical), mapped to the agent suite's metrics. Each
 * row of the guide applies to the metrics that measure what the row names:
 * <ul>
 *   <li>Message Throughput (100K / 50K / 10K msg/s): the throughput of {@code message_throughput}
 *       and of each of its regimes. Not the throughput of the scaling sweep ({@code spawn_time/throughput}):
 *       that is messages per second across N freshly spawned agents (one agent's mailbox at N = 1), a
 *       curve to read across its sizes and against its baseline, not the system's throughput a second
 *       time, five times over, under a benchmark whose name reads as spawns per second;</li>
 *   <li>Message Latency p50 (1 / 5 / 10 ms) and p99 (10 / 50 / 100 ms): the p50 and p99 of
 *       {@code request_latency} (closed and open loop) and of {@code agent_response_time};</li>
 *   <li>Agent Spawn Time (100 ms / 500 ms / 1 s): the spawn time per agent at every size;</li>
 *   <li>Memory per Agent (10 / 50 / 100 MB): retained heap per idle agent, heap per agent in the
 *       scaling sweep, and the memory profile's total;</li>
 *   <li>CPU per Agent (5 / 10 / 25 %): the per-agent CPU of the idle, processing and spawning windows;</li>
 *   <li>Recovery Time (30 s / 2 min / 5 min): the time until throughput is back after failures, and
 *       the median time from a failure to the restarted agent's next message.</li>
 * </ul>
 * Sizes are decimal (1 MB = 1,000,000 bytes).
 */
final class DefaultTargets {
    static final Targets TABLE = build();

    private DefaultTargets() {}

    private static Targets build() {
        Tier throughput = Tier.of("Message Throughput", 100_000, 50_000, 10_000, Unit.MESSAGES_PER_SECOND);
        Tier p50 = Tier.of("Message Latency (p50)", 1, 5, 10, Unit.MILLISECONDS);
        Tier p99 = Tier.of("Message Latency (p99)", 10, 50, 100, Unit.MILLISECONDS);
        Tier spawn = Tier.of("Agent Spawn Time", 100, 500, 1_000, Unit.MILLISECONDS);
        Tier memory = Tier.of("Memory per Agent", 10e6, 50e6, 100e6, Unit.BYTES);
        Tier cpu = Tier.of("CPU per Agent", 5, 10, 25, Unit.PERCENT);
        Tier recovery = Tier.of("Recovery Time", 30, 120, 300, Unit.SECONDS);
        return Targets.none()
                .with("agent/message_throughput/throughput", throughput)
                .with("agent/message_throughput/regime_low", throughput)
                .with("agent/message_throughput/regime_high", throughput)
                .with("agent/request_latency/p50", p50)
                .with("agent/request_latency/p50[*", p50)
                .with("agent/agent_response_time/p50", p50)
                .with("agent/agent_response_time/p50[*", p50)
                .with("agent/request_latency/p99", p99)
                .with("agent/request_latency/p99[*", p99)
                .with("agent/agent_response_time/p99", p99)
                .with("agent/agent_response_time/p99[*", p99)
                .with("agent/spawn_time/per_agent*", spawn)
                .with("agent/memory_per_agent/idle_retained*", memory)
                .with("agent/memory_per_agent/total*", memory)
                .with("agent/spawn_time/heap_per_agent*", memory)
                .with("agent/cpu_per_agent/*_per_agent*", cpu)
                .with("agent/recovery_time/recovery_time*", recovery)
                .with("agent/recovery_time/restart_to_next_message_p50*", recovery);
    }
}
