package dev.caxton.bench.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;
import dev.caxton.bench.target.Tier;

/** Hand-built runs and a hand-built grading for tests of the summary and the run command. */
final class Fixtures {
    private Fixtures() {}

    static final Environment ENVIRONMENT = new Environment("Intel(R) Xeon(R) CPU @ 2.20GHz", 2, 24L << 30, "Linux 6.1",
            "Debian", "17.0.15", List.of("-Xmx1g"));

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T16:31:22Z"), ZoneOffset.UTC);

    static final MetricId THROUGHPUT = MetricId.of("agent", "message_throughput", "throughput");
    static final MetricId P50 = MetricId.of("agent", "request_latency", "p50");
    static final MetricId P99 = MetricId.of("agent", "request_latency", "p99");
    static final MetricId SPAWN = MetricId.of("agent", "spawn", "per_agent", Map.of("agents", "10000"));
    static final MetricId MEMORY = MetricId.of("agent", "memory", "bytes_per_agent");
    static final MetricId CPU = MetricId.of("agent", "cpu", "per_agent", Map.of("phase", "processing"));
    static final MetricId RECOVERY = MetricId.of("agent", "recovery", "time");
    /** Names hold no control characters (Names); a bidi override is text, and the terminal must still defuse it. */
    static final MetricId TASKS = MetricId.of("agent", "task_processing", "tasks", Map.of("label", "bell\u202Ehere"));

    static RunInfo info(String runId, String system) {
        return info(runId, system, Profile.QUICK);
    }

    static RunInfo info(String runId, String system, Profile profile) {
        return new RunInfo(new RunId(runId), Instant.parse("2026-11-26T16:31:22Z"),
                Optional.of("0123456789abcdef0123"), Optional.of("main"), Optional.of(7), ENVIRONMENT, "agent",
                RunProfile.of(profile), system, Optional.empty());
    }

    static Run reference() {
        return new Run(info("20261126-163122-reference", "reference"), List.of(
                Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 8_123_456),
                Measurement.of(P50, Unit.NANOSECONDS, 12_345),
                Measurement.of(P99, Unit.NANOSECONDS, 84_000),
                Measurement.of(SPAWN, Unit.MICROSECONDS, 1.9),
                Measurement.of(MEMORY, Unit.BYTES, 180),
                Measurement.of(CPU, Unit.PERCENT, 30),
                Measurement.of(RECOVERY, Unit.SECONDS, 45),
                Measurement.of(TASKS, Unit.OPS_PER_SECOND, 123_456)),
                Map.of(), List.of(new BenchmarkFailure("agent", "load_scenarios",
                        "timed out after 60 s\njava.util.concurrent.TimeoutException: \u001B[2Jcleared")));
    }

    static Run naive() {
        return new Run(info("20261126-163125-naive", "naive\u202E[31m"), List.of(
                Measurement.of(THROUGHPUT, Unit.MESSAGES_PER_SECOND, 1_234_000),
                Measurement.of(P50, Unit.NANOSECONDS, 950_000),
                Measurement.of(P99, Unit.NANOSECONDS, 60_000_000),
                Measurement.of(MEMORY, Unit.BYTES, 2_600)),
                Map.of(), List.of());
    }

    static final MetricId JMH_THROUGHPUT = MetricId.of("jmh",
            "dev.caxton.bench.agent.jmh.MessageThroughputBenchmark.throughput", "thrpt", Map.of("system", "reference"));
    static final MetricId JMH_ROUTE = MetricId.of("jmh", "com.example.bench.RouterBenchmark.route", "avgt",
            Map.of("size", "1024"));

    /** A run of the jmh suite: JMH's long benchmark names, an allocation rate in bytes/s. */
    static Run jmh() {
        RunInfo info = new RunInfo(new RunId("20261126-163122-jmh"), Instant.parse("2026-11-26T16:31:22Z"), Optional.empty(),
                Optional.of("main"), Optional.empty(), ENVIRONMENT, "jmh", RunProfile.of(Profile.SMOKE), "reference", Optional.empty());
        return new Run(info, List.of(
                Measurement.of(JMH_THROUGHPUT, Unit.OPS_PER_SECOND, 1_234_567),
                Measurement.of(JMH_THROUGHPUT.withMetric("thrpt:gc.alloc.rate"), Unit.BYTES_PER_SECOND, 150_994_944)
                        .withDirection(Direction.LOWER_IS_BETTER),
                Measurement.of(JMH_THROUGHPUT.withMetric("thrpt:gc.alloc.rate.norm"), Unit.BYTES, 48),
                Measurement.of(JMH_ROUTE, Unit.MICROSECONDS, 12.5),
                Measurement.of(MetricId.of("jmh", "Plain.run", "ss"), Unit.MILLISECONDS, 3)),
                Map.of(), List.of(new BenchmarkFailure("jmh", "com.example.bench.RouterBenchmark.broken",
                        "JMH gave no value")));
    }

    /** The guide's tiers for the fixture metrics, and grades by simple comparison. */
    static Grading grading() {
        Map<MetricId, Tier> tiers = new HashMap<>();
        tiers.put(THROUGHPUT, new Tier("Message Throughput", 100_000, 50_000, 10_000, Unit.MESSAGES_PER_SECOND,
                Direction.HIGHER_IS_BETTER));
        tiers.put(P50, new Tier("Message Latency (p50)", 1, 5, 10, Unit.MILLISECONDS, Direction.LOWER_IS_BETTER));
        tiers.put(P99, new Tier("Message Latency (p99)", 10, 50, 100, Unit.MILLISECONDS, Direction.LOWER_IS_BETTER));
        tiers.put(SPAWN, new Tier("Agent Spawn Time", 100, 500, 1000, Unit.MILLISECONDS, Direction.LOWER_IS_BETTER));
        tiers.put(MEMORY, new Tier("Memory per Agent", 10_000_000, 50_000_000, 100_000_000, Unit.BYTES,
                Direction.LOWER_IS_BETTER));
        tiers.put(CPU, new Tier("CPU per Agent", 5, 10, 25, Unit.PERCENT, Direction.LOWER_IS_BETTER));
        tiers.put(RECOVERY, new Tier("Recovery Time", 30, 120, 300, Unit.SECONDS, Direction.LOWER_IS_BETTER));
        return new Grading() {
            @Override
            public Optional<Tier> tierFor(MetricId id) {
                return Optional.ofNullable(tiers.get(id));
            }

            @Override
            public Optional<Grade> grade(Measurement m) {
                return tierFor(m.id()).map(t -> {
                    double v = m.unit().kind() == Unit.Kind.TIME ? m.unit().convert(m.value(), t.unit()) : m.value();
                    if (!t.direction().isBetter(t.target(), v)) {
                        return Grade.TARGET;
                    }
                    if (!t.direction().isBetter(t.acceptable(), v)) {
                        return Grade.ACCEPTABLE;
                    }
                    return t.direction().isBetter(t.critical(), v) ? Grade.FAILING : Grade.CRITICAL;
                });
            }
        };
    }
}
