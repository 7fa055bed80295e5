package dev.caxton.bench.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import dev.caxton.bench.io.AtomicFiles;

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
     * Writes the run atomically (see {@link AtomicFiles}) as {@code <runsDir>/<run-id>.json} and
     * returns the file. The folder is created when missing; a file of the same run id is replaced.
     *
     * @throws UncheckedIOException when the folder or file cannot be written
     * @throws IllegalArgumentException when a text in the run cannot be encoded (an unpaired surrogate)
     */
    public static Path write(Path runsDir, Run run) {
        Objects.requireNonNull(runsDir, "runsDir");
        Objects.requireNonNull(run, "run");
        Path target = runsDir.resolve(run.info().runId() + ".json");
        try {
            return AtomicFiles.write(target, out -> RunJson.write(run, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write run file " + target + ": " + e
                    + ". Check that the folder " + runsDir + " is writable and the disk has room", e);
        }
    }

    /**
     * Writes the run atomically to exactly {@code file} (whatever its name, such as a merged run's
     * {@code --out}) and returns it; a file there is replaced.
     *
     * @throws UncheckedIOException when the folder or file cannot be written
     * @throws IllegalArgumentException when a text in the run cannot be encoded (an unpaired surrogate)
     */
    public static Path writeFile(Path file, Run run) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(run, "run");
        try {
            return AtomicFiles.write(file, out -> RunJson.write(run, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the run file " + file + ": " + e
                    + ". Check that the folder is writable and the disk has room", e);
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
