package dev.caxton.bench.model.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.caxton.bench.model.LatencyRecorder;

/**
 * A self-benchmark of the recorder's hot path, which every latency sample of the agent suite goes
 * through: one {@code recordNanos} call, and one with an expected interval (coordinated-omission
 * correction, which adds the samples a stalled schedule missed). Latencies are drawn log-uniformly
 * from 1 µs to 10 ms, so the recorder touches buckets across its range as real runs do. One
 * recorder per thread, as the suite uses them; emptied every iteration.
 *
 * <p>Kept in the test sources: it measures this project, not the user's system, so it is not in the
 * runnable jar's {@code jmh} suite. The README's "Self-benchmarks" section runs it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LatencyRecorderBenchmark {
    /** A power of two, so the next index is a mask. */
    private static final int VALUES = 1 << 12;
    private static final long EXPECTED_INTERVAL_NANOS = 1_000_000;

    private final long[] latencies = new long[VALUES];
    private LatencyRecorder recorder;
    private int next;

    @Setup(Level.Trial)
    public void drawLatencies() {
        SplittableRandom random = new SplittableRandom(42);
        double low = Math.log(1_000);
        double high = Math.log(10_000_000);
        for (int i = 0; i < VALUES; i++) {
            latencies[i] = (long) Math.exp(random.nextDouble(low, high));
        }
        recorder = new LatencyRecorder();
    }

    @Setup(Level.Iteration)
    public void empty() {
        recorder.reset();
    }

    @Benchmark
    public void record() {
        recorder.recordNanos(latencies[next++ & (VALUES - 1)]);
    }

    @Benchmark
    public void recordWithExpectedInterval() {
        recorder.recordNanos(latencies[next++ & (VALUES - 1)], EXPECTED_INTERVAL_NANOS);
    }
}
