package dev.caxton.bench.suite;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.caxton.bench.agent.AgentRef;
import dev.caxton.bench.agent.AgentSpec;
import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Unit;

/**
 * A suite for the runner's tests, registered only in the test resources: a benchmark that works, one
 * that hangs ignoring interruption, one that throws, one that asks the system under test, and one
 * that reports a metric under another benchmark's name, and one that measures no system. Public
 * because {@link java.util.ServiceLoader} instantiates it.
 */
public final class RunnerTestSuite implements Suite {
    static final String NAME = "runner-test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Benchmarks that work, hang and throw, for the SuiteRunner's tests";
    }

    @Override
    public List<Benchmark> benchmarks() {
        return List.of(new Works(), new Hangs(), new Throws(), new AsksTheSystem(), new Strays(), new NoSystem());
    }

    private abstract static class Base implements Benchmark {
        @Override
        public String description() {
            return "test";
        }

        @Override
        public Category category() {
            return Category.THROUGHPUT;
        }

        @Override
        public Duration timeLimit(Profile profile) {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration estimate(Profile profile) {
            return Duration.ofMillis(10);
        }
    }

    static final class Works extends Base {
        @Override
        public String name() {
            return "works";
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) throws InterruptedException {
            for (int i = 1; i <= 4; i++) {
                context.progress(i / 4.0);
                Thread.sleep(60);
            }
            return BenchmarkResult.of(List.of(Measurement.of(context.metric("answer"), Unit.COUNT, 42)));
        }
    }

    /** Measures something other than the system under test, as a JMH benchmark without a system param does. */
    static final class NoSystem extends Base {
        @Override
        public String name() {
            return "no_system";
        }

        @Override
        public boolean measuresSystem() {
            return false;
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) {
            return BenchmarkResult.of(List.of(Measurement.of(context.metric("answer"), Unit.COUNT, 7)));
        }
    }

    /** Ignores interruption and cancellation for three seconds: a hung system. */
    static final class Hangs extends Base {
        @Override
        public String name() {
            return "hangs";
        }

        @Override
        public Duration timeLimit(Profile profile) {
            return Duration.ofMillis(100);
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException hungSystemsIgnoreThis) {
                    // deliberately hung
                }
            }
            return BenchmarkResult.of(List.of(Measurement.of(context.metric("too_late"), Unit.COUNT, 1)));
        }
    }

    static final class Throws extends Base {
        @Override
        public String name() {
            return "throws";
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) {
            throw new IllegalStateException("agent-7 is stopped", new IOException("mailbox closed"));
        }
    }

    /** Reports a metric under another benchmark's name. */
    static final class Strays extends Base {
        @Override
        public String name() {
            return "strays";
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) {
            return BenchmarkResult.of(List.of(Measurement.of(context.metric("ok"), Unit.COUNT, 1),
                    Measurement.of(dev.caxton.bench.model.MetricId.of(context.suite(), "works", "answer"), Unit.COUNT, 1)));
        }
    }

    static final class AsksTheSystem extends Base {
        @Override
        public String name() {
            return "asks_the_system";
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) throws Exception {
            try (AgentSystem system = context.newSystem()) {
                AgentRef echo = system.spawn(AgentSpec.of(() -> (message, ctx) -> ctx.reply(message)));
                Object answer = system.ask(echo, "ping").get(10, TimeUnit.SECONDS);
                return BenchmarkResult.of(List.of(Measurement.of(context.metric("answered"), Unit.COUNT,
                        "ping".equals(answer) ? 1 : 0)));
            }
        }
    }
}
