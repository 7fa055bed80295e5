package dev.caxton.bench.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built runs for tests; every value is fixed. */
final class RunFixtures {
    /**
     * The compressed encoding of {@link #recordedLatencies()}. Kept as text rather than encoded at
     * test time because deflate output may differ between zlib builds (zlib-ng, for one); the golden
     * file must not.
     */
    static final String LATENCY_ENCODED = "HISTFAAAAJN4nJNpmSzMwMC4mgECmKE0I5DpZrBjAYP9B4jAXROmv/xMa7mYzrIyTQWjn4xMJ5lQ0HwmpnimxYzoCFVsNiNTIJMuEPvDsT4SG5ecIZMqkzqTKBCrg1nqUB6MrcokjsSGqYTJE69PmEkQjCEkJxJbkIkbiS0MlMOlEiInCDeLE4kNU4nLFOJVYnfZfhEmACLKLsA=";

    static final MetricId LATENCY = MetricId.of("agent", "request-response", "latency", Map.of("rate", "200000"));

    private RunFixtures() {}

    /** 200 latencies from 5 us to 1 ms and one outlier of 2.5 ms. */
    static LatencyRecorder recordedLatencies() {
        LatencyRecorder r = new LatencyRecorder();
        for (int i = 1; i <= 200; i++) {
            r.recordNanos(i * 5_000L + (i % 7) * 311L);
        }
        r.recordNanos(2_500_000L);
        return r;
    }

    static Environment environment() {
        return new Environment("Intel(R) Xeon(R) CPU @ 2.20GHz", 2, 8_342_339_584L, "Linux 6.8.0-1015-gcp amd64",
                "Eclipse Adoptium, OpenJDK 64-Bit Server VM", "17.0.13+11",
                List.of("-XX:+UseG1GC", "-XX:MaxRAMPercentage=75.0", "-Xss512k"));
    }

    static RunInfo info() {
        return new RunInfo(new RunId("20261126T162437Z-a1b2c3"), Instant.parse("2026-11-26T16:24:37.123456789Z"),
                Optional.of("0123456789abcdef0123456789abcdef01234567"), Optional.of("feature/fast-mailbox"),
                Optional.of(42), environment(), "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
    }

    /** The run sealed by {@code golden/run-v1.json}. */
    static Run goldenRun() {
        LatencyDistribution latency = LatencyDistribution.decode(LATENCY_ENCODED);
        List<Measurement> ms = new ArrayList<>();
        ms.add(Measurement.ofSamples(MetricId.of("agent", "throughput", "messages", Map.of("agents", "1000",
                "payload", "100")), Unit.MESSAGES_PER_SECOND, new double[] {8.1e6, 8.4e6, 7.9e6, 8.25e6, 8.05e6}));
        ms.addAll(latency.percentileMeasurements(LATENCY));
        ms.add(Measurement.of(MetricId.of("agent", "memory", "bytes-per-agent"), Unit.BYTES, 212.5));
        ms.add(Measurement.of(MetricId.of("agent", "spawn", "time-per-agent", Map.of("agents", "10000")),
                Unit.MICROSECONDS, 1.75));
        // awkward names and non-finite statistics: escaped ids and "NaN"/"Infinity" strings
        ms.add(new Measurement(MetricId.of("custom suite", "a/b [c]", "ratio,x=y\\z", Map.of("größe", "ü=1")),
                Unit.RATIO, Direction.HIGHER_IS_BETTER, 0.1 + 0.2,
                new Statistics(0, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Optional.empty()), List.of(-0.0, 1e-300, Double.MAX_VALUE)));
        return new Run(info(), ms, Map.of(LATENCY.canonical(), latency),
                List.of(new BenchmarkFailure("agent", "recovery",
                        "timed out after 30 s: java.util.concurrent.TimeoutException \"restart\"")));
    }
}
