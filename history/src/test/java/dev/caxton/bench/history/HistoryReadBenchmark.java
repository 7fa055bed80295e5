package dev.caxton.bench.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The side-by-side measurement that decides whether the history keeps its hand-written fast path
 * ({@link CsvV1FastPath}): one JVM reads the same file with each reader in turn, round after round,
 * so that every reader meets the same machine load (not a test: no test asserts timing).
 * <ul>
 *   <li>{@code fast path}: {@link HistoryFile#read}, as every command reads: the rows after a run's
 *       first straight from the bytes, the rest through commons-csv;</li>
 *   <li>{@code commons-csv per line}: the same reader with every line read by commons-csv and the
 *       schema's reader ({@link HistoryReader#parseWithoutFastPath}), errors and line numbers as in
 *       the fast path's reader;</li>
 *   <li>{@code commons-csv stream}: the best case of commons-csv alone: one {@link CSVParser} over the
 *       whole file and the schema's reader for each record, without the checks across rows or the
 *       line numbers (so it does less than the two others).</li>
 * </ul>
 * Prints each time, then the median wall and reading-thread CPU time of each reader and the ratio.
 * Make the file with {@code HistoryScale write FILE} (10,000 runs x 100 metrics: 1,000,000 rows):
 * <pre>
 * ./mvnw -B -q -pl history -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * CP=history/target/test-classes:history/target/classes:$(cat history/cp.txt)
 * java -cp $CP dev.caxton.bench.history.HistoryScale write /tmp/history-1m.csv
 * java -cp $CP dev.caxton.bench.history.HistoryReadBenchmark /tmp/history-1m.csv 5
 * </pre>
 * (with the launcher's default JVM: no options). The figures are in {@code docs/history-format.md}.
 * </pre>
 */
final class HistoryReadBenchmark {
    private HistoryReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, ToIntFunction<Path>> readers = new LinkedHashMap<>();
        readers.put("fast path", f -> HistoryFile.read(f, ReadMode.STRICT).rows().size());
        readers.put("commons-csv per line", f -> HistoryReader.parseWithoutFastPath(f, ReadMode.STRICT).rows().size());
        readers.put("commons-csv stream", HistoryReadBenchmark::stream);
        System.out.printf("%s: %.0f MB; %d rounds; JVM %s, max heap %.0f MB; load average %s%n", file,
                Files.size(file) / 1e6, rounds, System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() / 1e6, loadAverage());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        readers.keySet().forEach(k -> {
            wall.put(k, new double[rounds]);
            cpu.put(k, new double[rounds]);
        });
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, ToIntFunction<Path>> r : readers.entrySet()) {
                System.gc();
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                int rows = r.getValue().applyAsInt(file);
                wall.get(r.getKey())[round] = (System.nanoTime() - t) / 1e9;
                cpu.get(r.getKey())[round] = (threads.getCurrentThreadCpuTime() - c) / 1e9;
                System.out.printf("round %d %-22s %,d rows in %.2f s (reading thread CPU %.2f s)%n", round + 1, r.getKey(),
                        rows, wall.get(r.getKey())[round], cpu.get(r.getKey())[round]);
            }
        }
        double fast = median(wall.get("fast path"));
        for (String k : readers.keySet()) {
            System.out.printf("median %-22s %.2f s wall, %.2f s CPU; %.1fx the fast path's wall time%n", k,
                    median(wall.get(k)), median(cpu.get(k)), median(wall.get(k)) / fast);
        }
        System.out.println("load average " + loadAverage());
    }

    /** commons-csv over the whole file, each record read by the schema's reader. */
    private static int stream(Path file) {
        List<HistoryRow> rows = new ArrayList<>(1 << 20);
        RunCache cache = new RunCache();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CsvCells.FORMAT)) {
            boolean header = true;
            for (CSVRecord r : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(CsvV1.readRow(r.toList(), cache));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
