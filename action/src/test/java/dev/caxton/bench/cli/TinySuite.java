package dev.caxton.bench.cli;

import java.time.Duration;
import java.util.List;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;
import dev.caxton.bench.suite.Suite;

/** A test-only suite of two benchmarks that measure nothing, registered as {@code tiny}. */
public final class TinySuite implements Suite {
    @Override
    public String name() {
        return "tiny";
    }

    @Override
    public String description() {
        return "Two constant benchmarks for the CLI's own tests";
    }

    @Override
    public List<Benchmark> benchmarks() {
        return List.of(new Constant("alpha"), new Constant("beta"));
    }

    private record Constant(String name) implements Benchmark {
        @Override
        public String description() {
            return "reports 42";
        }

        @Override
        public Category category() {
            return Category.THROUGHPUT;
        }

        @Override
        public Duration timeLimit(Profile profile) {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration estimate(Profile profile) {
            return Duration.ofMillis(10);
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) {
            return BenchmarkResult.of(List.of(Measurement.of(context.metric("value"), Unit.OPS_PER_SECOND, 42)));
        }
    }
}
