package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import dev.caxton.bench.model.Run;

/**
 * A writer process for the crash and concurrency tests: appends {@code runs} runs of {@code rows}
 * rows (forever when runs is negative) to a history, after printing "ready" (once the classes that
 * build rows are loaded). Run ids are
 * {@code WHO-i}; their values follow from the id ({@link #seed}), so a test can check every row.
 */
final class AppendMain {
    private AppendMain() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int who = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        int rows = Integer.parseInt(args[3]);
        boolean inPieces = args.length > 4 && args[4].equals("pieces");
        // load the classes that build rows (commons-csv among them) before saying ready, so that a test that
        // kills this writer some time after "ready" hits it while it appends, however busy the machine is
        HistoryAppender.rowBytes(TestRuns.info("warm-up", Instant.EPOCH, "c", "main", TestRuns.ENV),
                TestRuns.measurements(rows, 0));
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; runs < 0 || i < runs; i++) {
            String runId = "w" + who + "-" + i;
            Run run = TestRuns.run(TestRuns.info(runId, Instant.ofEpochSecond(1_700_000_000L + who * 10_000L + i),
                    "c" + who, "main", TestRuns.ENV), rows, seed(runId));
            if (inPieces && i > 0) {
                appendInPieces(file, run);
            } else {
                HistoryFile.append(file, run);
            }
        }
    }

    /**
     * Writes a run's rows as an append does, but in 512-byte writes with pauses: on Linux one write()
     * to a local file is not cut by SIGKILL, so this stands in for what a power loss, a full disk or a
     * network file system leaves behind — a torn line — which the next append must repair.
     */
    @SuppressWarnings("try") // the lock is held for the body, never read
    private static void appendInPieces(Path file, Run run) {
        java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
        for (ByteBuffer chunk : HistoryAppender.rowBytes(run.info(), run.measurements())) {
            rows.write(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining());
        }
        byte[] bytes = rows.toByteArray();
        try (FileLocks.Held lock = FileLocks.lock(file);
             FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (int at = 0; at < bytes.length; at += 512) {
                ch.write(ByteBuffer.wrap(bytes, at, Math.min(512, bytes.length - at)));
                if (at % 8192 == 0) {
                    Thread.sleep(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double seed(String runId) {
        int dash = runId.indexOf('-');
        return Integer.parseInt(runId.substring(1, dash)) * 1000.0 + Integer.parseInt(runId.substring(dash + 1));
    }
}
