package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;

/**
 * The guide's message processing throughput: {@value #PRODUCERS} producer threads route fire-and-forget
 * messages (a fresh {@code byte[100]} each) round-robin through {@value #AGENTS} agents, and a round
 * ends when every message was processed. After warm-up rounds, each measured round is one sample in
 * msg/s; every system gets the same protocol (warm-up, round size, producers).
 *
 * <p>Metrics: {@code throughput} (the median of the rounds, samples kept), {@code regimes} and, when
 * the rounds fall into two regimes, {@code regime_low}, {@code regime_high} and their counts (see
 * {@link Regimes}), plus {@code messages_per_round}.
 */
final class MessageThroughputBenchmark extends AgentBenchmark {
    static final int AGENTS = 1_000;
    static final int PRODUCERS = 2;

    MessageThroughputBenchmark() {
        super("message_throughput", "Fire-and-forget routing of 100-byte messages through 1,000 agents from 2 producers",
                Category.THROUGHPUT, Duration.ofSeconds(1), Duration.ofSeconds(20), Duration.ofSeconds(90));
    }

    @Override
    public BenchmarkResult run(BenchmarkContext context) throws Exception {
        Profile p = context.profile();
        long perRound = p.pick(100_000, 3_000_000, 10_000_000);
        int warmups = p.pick(1, 3, 5);
        int rounds = p.pick(3, 8, 12);
        double[] samples = new double[rounds];
        long messages;
        try (AgentSystem system = context.newSystem();
             FireAndForget ff = new FireAndForget(system, AGENTS, FireAndForget.perAgent(perRound, AGENTS), PRODUCERS)) {
            messages = ff.messagesPerRound();
            for (int i = 0; i < warmups + rounds; i++) {
                AgentBenchmark.checkCancelled(context);
                double rate = ff.round(context);
                if (i >= warmups) {
                    samples[i - warmups] = rate;
                }
                context.progress((i + 1.0) / (warmups + rounds));
            }
        }
        List<Measurement> out = new ArrayList<>(Samples.throughput(context.metric("throughput"), Unit.MESSAGES_PER_SECOND, samples));
        out.add(Measurement.of(context.metric("messages_per_round"), Unit.COUNT, messages));
        return BenchmarkResult.of(out);
    }
}
