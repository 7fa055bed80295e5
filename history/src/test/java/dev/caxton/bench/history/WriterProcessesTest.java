package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Real writer processes: concurrent appends, and writers killed with SIGKILL in the middle of appending. */
class WriterProcessesTest {
    @TempDir
    Path dir;

    private Process start(Path file, int who, int runs, int rows) throws IOException {
        return start(file, who, runs, rows, "whole");
    }

    private Process start(Path file, int who, int runs, int rows, String how) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), AppendMain.class.getName(), file.toString(),
                Integer.toString(who), Integer.toString(runs), Integer.toString(rows), how);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    private static void awaitReady(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(r.readLine()).isEqualTo("ready");
    }

    @Test
    void eightProcessesAppendingAHundredRunsEachLoseNoRowAndInterleaveNone() throws Exception {
        Path file = dir.resolve("history.csv");
        int rows = 20;
        List<Process> writers = new ArrayList<>();
        for (int who = 0; who < 8; who++) {
            writers.add(start(file, who, 100, rows));
        }
        for (Process p : writers) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        HistoryReadResult read = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.rows()).hasSize(8 * 100 * rows);
        Map<String, List<HistoryRow>> runs = contiguousRuns(read.rows());
        assertThat(runs).hasSize(800);
        runs.forEach((runId, runRows) -> assertThat(runRows).extracting(HistoryRow::measurement)
                .containsExactlyElementsOf(TestRuns.measurements(rows, AppendMain.seed(runId))));
        assertThat(Files.readAllLines(file)).hasSize(1 + 8 * 100 * rows);
    }

    /** Runs in file order; fails when the rows of one run are not next to each other. */
    private static Map<String, List<HistoryRow>> contiguousRuns(List<HistoryRow> rows) {
        Map<String, List<HistoryRow>> runs = new LinkedHashMap<>();
        String current = null;
        for (HistoryRow row : rows) {
            String id = row.run().runId().value();
            if (!id.equals(current)) {
                assertThat(runs).as("rows of run %s interleaved with another run", id).doesNotContainKey(id);
                current = id;
            }
            runs.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
        }
        return runs;
    }

    @Test
    void writersKilledInTheMiddleOfAppendingNeverDamageARowWrittenBefore() throws Exception {
        Path file = dir.resolve("history.csv");
        Random random = new Random(42);
        int rows = 300;
        byte[] good = new byte[0]; // the file up to the end of its last complete run, as last checked
        long goodLines = 0;
        int tornLines = 0;
        int cutRuns = 0;
        int runsChecked = 0;
        for (int kill = 0; kill < 100; kill++) {
            // odd writers write in pieces, as a power loss would cut them (see AppendMain)
            Process p = start(file, kill, -1, rows, kill % 2 == 0 ? "whole" : "pieces");
            awaitReady(p);
            Thread.sleep(60 + random.nextInt(200)); // past class loading, into the append loop
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            byte[] now = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            // nothing acknowledged before this writer changed
            assertThat(now.length).isGreaterThanOrEqualTo(good.length);
            assertThat(Arrays.equals(now, 0, good.length, good, 0, good.length))
                    .as("bytes written before kill %d are unchanged", kill).isTrue();
            if (now.length == 0) {
                continue;
            }
            // read what this writer added, as a history of its own, keeping the line numbers of the file
            int headerEnd = CsvV1.HEADER.length();
            boolean fresh = good.length == 0;
            Path added = dir.resolve("added.csv");
            byte[] tail = fresh ? now : concat(CsvV1.HEADER.getBytes(StandardCharsets.UTF_8),
                    Arrays.copyOfRange(now, good.length, now.length));
            Files.write(added, tail);
            if (tail.length < headerEnd) {
                continue; // killed while writing the header
            }
            HistoryFileParse parsed = new HistoryFileParse(HistoryReader.parse(added, ReadMode.STRICT));
            long offset = fresh ? 0 : goodLines - 1;
            for (HistoryProblem w : parsed.p.warnings()) {
                if (w.message().contains("torn")) {
                    tornLines++;
                    long lineInFile = w.line() + offset;
                    long expected = lineCount(now) + 1; // the torn line follows the last complete line
                    assertThat(lineInFile).as("line number of the torn line").isEqualTo(expected);
                } else {
                    assertThat(w.message()).contains("a writer stopped in the middle of appending it");
                    cutRuns++;
                }
            }
            Map<String, List<HistoryRow>> runs = contiguousRuns(parsed.p.rows());
            for (Map.Entry<String, List<HistoryRow>> e : runs.entrySet()) {
                assertThat(e.getValue()).extracting(HistoryRow::measurement)
                        .containsExactlyElementsOf(TestRuns.measurements(rows, AppendMain.seed(e.getKey())));
                runsChecked++;
            }
            // the good prefix now ends after the last complete run
            long lastLine = parsed.p.lines().length == 0 ? 1 : parsed.p.lines()[parsed.p.lines().length - 1];
            int end = endOfLine(tail, lastLine);
            good = fresh ? Arrays.copyOf(now, end) : Arrays.copyOf(now, good.length + end - headerEnd);
            goodLines = lineCount(good);
        }
        // the next append repairs whatever the last writer left, and the whole file reads clean
        HistoryFile.append(file, TestRuns.run(TestRuns.info("final", "2026-11-26T00:00:00Z", "f", "main"), 3, 9));
        HistoryReadResult all = HistoryFile.read(file, ReadMode.STRICT);
        assertThat(all.warnings()).isEmpty();
        assertThat(all.rows()).hasSize(runsChecked * rows + 3);
        byte[] finalBytes = Files.readAllBytes(file);
        assertThat(Arrays.equals(finalBytes, 0, good.length, good, 0, good.length)).isTrue();
        Files.writeString(Path.of("target", "kill-stats.txt"), "torn=" + tornLines + " cut=" + cutRuns + " runs=" + runsChecked);
        assertThat(tornLines).as("kills that left a torn line").isGreaterThan(0);
        System.getLogger("test").log(System.Logger.Level.INFO, "kills: torn lines " + tornLines + ", cut runs " + cutRuns
                + ", complete runs " + runsChecked);
    }

    private record HistoryFileParse(ParsedHistory p) {}

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long lineCount(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The offset just after the '\n' that ends line {@code line} (1-based). */
    private static int endOfLine(byte[] bytes, long line) {
        long seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == line) {
                return i + 1;
            }
        }
        throw new AssertionError("line " + line + " not found");
    }
}
