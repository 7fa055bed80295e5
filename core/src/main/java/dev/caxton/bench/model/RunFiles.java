package dev.caxton.bench.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Run files: one JSON file per run, {@code <dir>/<run-id>.json}, schema {@code caxton-bench.run/1}.
 *
 * <p>The file is UTF-8, pretty-printed with a fixed field order, and reads back to an equal
 * {@link Run}. Doubles round-trip bit for bit; NaN and infinities, which JSON lacks, are written as
 * the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}. Unknown fields are ignored
 * on reading, so files from later minor additions stay readable.
 */
public final class RunFiles {
    /** The schema name and version written at the top of every run file. */
    public static final String SCHEMA = RunJson.SCHEMA;

    private RunFiles() {}

    /**
     * Writes the run atomically (temporary file in the same folder, then an atomic rename) and
     * returns the file. The folder is created when missing; a file of the same run id is replaced.
     *
     * @throws UncheckedIOException when the folder or file cannot be written
     * @throws IllegalArgumentException when a text in the run cannot be encoded (an unpaired surrogate)
     */
    public static Path write(Path runsDir, Run run) {
        Objects.requireNonNull(runsDir, "runsDir");
        Objects.requireNonNull(run, "run");
        byte[] bytes = RunJson.write(run);
        Path target = runsDir.resolve(run.info().runId() + ".json");
        Path tmp = null;
        try {
            Files.createDirectories(runsDir);
            // not Files.createTempFile: that makes the file private (0600); this one gets the usual umask
            Path candidate = runsDir.resolve("." + run.info().runId() + "-"
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".json.tmp");
            FileChannel ch = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            tmp = candidate;
            try (ch) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write run file " + target + ": " + e
                    + ". Check that the folder " + runsDir + " is writable and the disk has room", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is the one to report; a stray temporary file is harmless
                }
            }
        }
    }

    /**
     * Reads a run file.
     *
     * @throws RunFileException when the content is not a valid run file; the message names the file,
     *         the JSON path (or line and column), what was expected and the fix
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Run read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Run file " + file + " does not exist. Run files are written to "
                    + "<runs folder>/<run-id>.json; check the path", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read run file " + file + ": " + e, e);
        }
        return RunJson.read(bytes, file);
    }
}
