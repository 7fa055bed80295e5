package dev.caxton.bench.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;

/**
 * Measures the history at scale (not a test: no test asserts timing). Modes:
 * <ul>
 *   <li>{@code write FILE [RUNS]}: writes a synthetic history of RUNS (default 10,000) x 100 rows;</li>
 *   <li>{@code load FILE [TIMES]}: loads the whole file TIMES (default 7) and prints each time, the
 *       median, and the heap the loaded history holds;</li>
 *   <li>{@code append FILE [TIMES]}: appends TIMES (default 7) runs of 100 rows, printing each time
 *       and the median (the file grows by those runs: use a copy);</li>
 *   <li>{@code changepoints [TIMES]}: detects change points in 100 seeded series of 1,000 points, TIMES
 *       (default 7), printing each time and the median.</li>
 * </ul>
 * {@code java -Xmx500m -cp history/target/test-classes:history/target/classes:$(cat cp.txt)
 * dev.caxton.bench.history.HistoryScale load /tmp/history-1m.csv}
 */
final class HistoryScale {
    private HistoryScale() {}

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        switch (mode) {
            case "write" -> write(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 10_000);
            case "load" -> load(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 7);
            case "append" -> append(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 7);
            case "changepoints" -> changePoints(args.length > 1 ? Integer.parseInt(args[1]) : 7);
            default -> throw new IllegalArgumentException("Unknown mode '" + mode
                    + "'; give write, load, append or changepoints");
        }
    }

    private static void write(Path file, int runs) throws IOException {
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CsvV1.HEADER);
            CsvV1.RowWriter rows = new CsvV1.RowWriter(w);
            for (int r = 0; r < runs; r++) {
                RunInfo info = TestRuns.info("run-" + r, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * r),
                        Integer.toHexString(0x1000000 + r) + "abcdef0123456789abcdef0123456789", r % 3 == 0 ? "feature" : "main",
                        TestRuns.ENV);
                List<Measurement> ms = TestRuns.measurements(100, r);
                for (Measurement m : ms) {
                    rows.row(info, 100, m);
                }
            }
        }
        System.out.printf("wrote %d rows, %.1f MB, in %.1f s%n", runs * 100L, Files.size(file) / 1e6,
                (System.nanoTime() - t0) / 1e9);
    }

    private static void load(Path file, int times) {
        double[] took = new double[times];
        double[] cpu = new double[times];
        double[] threadCpu = new double[times];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times; i++) {
            System.gc();
            long c = os.getProcessCpuTime();
            long tc = threads.getCurrentThreadCpuTime();
            long l = System.nanoTime();
            History h = History.open(file);
            took[i] = (System.nanoTime() - l) / 1e9;
            threadCpu[i] = (threads.getCurrentThreadCpuTime() - tc) / 1e9;
            cpu[i] = (os.getProcessCpuTime() - c) / 1e9;
            System.gc();
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("load %d: %d rows, %d runs in %.2f s (CPU: %.2f s this thread, %.2f s the process, GC"
                    + " included); heap used with the history loaded %.0f MB (max %.0f MB)%n", i + 1, h.rows().size(),
                    h.runs().size(), took[i], threadCpu[i], cpu[i], used / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
        System.out.printf("load: median %.2f s wall, %.2f s CPU of the reading thread, %.2f s CPU of the process, of %d"
                + " loads; load average %.1f on %d cores%n", median(took), median(threadCpu), median(cpu), times,
                os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private static void append(Path file, int times) {
        List<Measurement> template = TestRuns.measurements(100, 1);
        double[] took = new double[times];
        long stamp = System.currentTimeMillis();
        for (int i = 0; i < times; i++) {
            RunInfo info = TestRuns.info("append-" + stamp + "-" + i, Instant.parse("2027-01-01T00:00:00Z").plusSeconds(i),
                    "feedface", "main", TestRuns.ENV);
            long a = System.nanoTime();
            HistoryFile.append(file, info, template);
            took[i] = (System.nanoTime() - a) / 1e6;
            System.out.printf("append %d of 100 rows: %.1f ms%n", i + 1, took[i]);
        }
        System.out.printf("append: median %.1f ms of %d%n", median(took), times);
    }

    private static void changePoints(int times) {
        Random random = new Random(7);
        double[][] series = new double[100][1000];
        for (double[] s : series) {
            int step = 200 + random.nextInt(600);
            for (int i = 0; i < s.length; i++) {
                s[i] = (i < step ? 100 : 130) * (1 + 0.03 * random.nextGaussian());
            }
        }
        ChangePointDetector detector = new ChangePointDetector();
        double[] took = new double[times];
        for (int t = 0; t < times; t++) {
            long a = System.nanoTime();
            int found = 0;
            for (double[] s : series) {
                found += detector.detect(s, Direction.LOWER_IS_BETTER).size();
            }
            took[t] = (System.nanoTime() - a) / 1e6;
            System.out.printf("change points %d: 100 series x 1000 points in %.1f ms (%d found)%n", t + 1, took[t], found);
        }
        System.out.printf("change points: median %.1f ms of %d%n", median(took), times);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
