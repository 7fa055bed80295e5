package dev.caxton.bench.suite.agent;

import java.time.Duration;
import java.util.concurrent.CancellationException;

import dev.caxton.bench.model.Profile;
import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.Category;

/**
 * What the agent suite's benchmarks share: name, description, category and per-profile estimates. The
 * time limit is a generous bound on the estimate: five times it plus half a minute, so that a slow but
 * working system still finishes and only a hung one is cut off.
 */
abstract class AgentBenchmark implements Benchmark {
    private final String name;
    private final String description;
    private final Category category;
    private final Duration smoke;
    private final Duration quick;
    private final Duration full;

    AgentBenchmark(String name, String description, Category category, Duration smoke, Duration quick, Duration full) {
        this.name = name;
        this.description = description;
        this.category = category;
        this.smoke = smoke;
        this.quick = quick;
        this.full = full;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public Duration estimate(Profile profile) {
        return profile.pick(smoke, quick, full);
    }

    @Override
    public Duration timeLimit(Profile profile) {
        return estimate(profile).multipliedBy(5).plusSeconds(30);
    }

    /** Stops the benchmark when the runner cancelled it. */
    static void checkCancelled(BenchmarkContext context) {
        if (context.cancelled()) {
            throw new CancellationException("cancelled by the runner");
        }
    }
}
