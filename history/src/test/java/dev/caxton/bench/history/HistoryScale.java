package dev.caxton.bench.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;

/**
 * Measures the history at scale (not a test: no test asserts timing). Writes a synthetic history of
 * RUNS x 100 rows, then times appending one run of 100 rows and loading the whole file:
 * {@code java -Xmx500m -cp ... dev.caxton.bench.history.HistoryScale FILE [RUNS]}.
 */
final class HistoryScale {
    private HistoryScale() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Measurement> template = TestRuns.measurements(100, 1);
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CsvV1.HEADER);
            StringBuilder sb = new StringBuilder(64 * 1024);
            for (int r = 0; r < runs; r++) {
                RunInfo info = TestRuns.info("run-" + r, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(600L * r),
                        Integer.toHexString(0x1000000 + r) + "abcdef0123456789abcdef0123456789", r % 3 == 0 ? "feature" : "main",
                        TestRuns.ENV);
                List<Measurement> ms = TestRuns.measurements(100, r);
                sb.setLength(0);
                for (Measurement m : ms) {
                    CsvV1.writeRow(sb, info, 100, m);
                }
                w.write(sb.toString());
            }
        }
        long written = System.nanoTime() - t0;
        System.out.printf("wrote %d rows, %.1f MB, in %.1f s%n", runs * 100L, Files.size(file) / 1e6, written / 1e9);

        for (int i = 0; i < 5; i++) {
            RunInfo info = TestRuns.info("append-" + i, Instant.parse("2027-01-01T00:00:00Z").plusSeconds(i), "feedface",
                    "main", TestRuns.ENV);
            long a = System.nanoTime();
            HistoryFile.append(file, info, template);
            System.out.printf("append of 100 rows: %.1f ms%n", (System.nanoTime() - a) / 1e6);
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            long l = System.nanoTime();
            History h = History.open(file);
            long took = System.nanoTime() - l;
            System.gc();
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf("load: %d rows, %d runs in %.2f s; heap used after load %.0f MB (max %.0f MB)%n",
                    h.rows().size(), h.runs().size(), took / 1e9, used / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }
}
