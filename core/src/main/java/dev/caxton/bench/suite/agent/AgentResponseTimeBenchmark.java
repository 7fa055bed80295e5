package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * The guide's agent response time: one agent handling one request, many times. Each iteration is an
 * ask round trip to a single echo agent, one at a time. Reports {@code mean} and the percentiles
 * {@code p50} ... {@code max} in ns; the distribution is keyed {@code agent/agent_response_time/response_time}.
 */
final class AgentResponseTimeBenchmark extends AgentBenchmark {
    AgentResponseTimeBenchmark() {
        super("agent_response_time", "One agent handling one request: ask round trip to a single agent",
                Category.LATENCY, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(15));
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        int warmup = p.pick(2_000, 20_000, 50_000);
        int count = p.pick(5_000, 100_000, 1_000_000);
        LatencyDistribution d;
        try (AgentSystem system = context.newSystem()) {
            AgentRef[] one = {system.spawn(AgentSpec.of(Payloads.Echo::new))};
            RequestLatencyBenchmark.closedLoop(context, system, one, warmup);
            context.progress(0.2);
            d = RequestLatencyBenchmark.closedLoop(context, system, one, count);
            context.progress(1.0);
        }
        MetricId base = context.metric("response_time");
        List<Measurement> out = new ArrayList<>(d.percentileMeasurements(base));
        out.add(Samples.mean(base.withMetric("mean"), d));
        return new BenchmarkResult(out, Map.of(base.canonical(), d));
    }
}
