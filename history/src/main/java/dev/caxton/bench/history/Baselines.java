package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.caxton.bench.io.AtomicFiles;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.RunId;

/**
 * Named baselines, as criterion's {@code --save-baseline NAME} and {@code --baseline NAME}: a name
 * saved for a run id, one small file per name, {@code <dir>/<name>} holding the run id and a line
 * end (default folder {@code .caxton-bench/baselines}). Saving again under a name moves it.
 */
public final class Baselines {
    /** The default folder, beside the default history ({@link OutputLayout#baselines()} of the default layout). */
    public static final Path DEFAULT_DIR = OutputLayout.DEFAULT.baselines();

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private final Path dir;

    private Baselines(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** The baselines kept in {@code dir} (which need not exist yet). */
    public static Baselines in(Path dir) {
        return new Baselines(dir);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Saves {@code runId} under {@code name}, atomically.
     *
     * @throws IllegalArgumentException when the name holds other characters than letters, digits, '.',
     *         '_' and '-'
     */
    public void save(String name, RunId runId) {
        checkName(name);
        Objects.requireNonNull(runId, "runId");
        Path target = dir.resolve(name);
        try {
            AtomicFiles.writeString(target, runId.value() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the baseline '" + name + "' to " + target + ": " + e, e);
        }
    }

    /** The run id saved under {@code name}, if any. */
    public Optional<RunId> find(String name) {
        checkName(name);
        Path f = dir.resolve(name);
        try {
            String id = Files.readString(f, StandardCharsets.UTF_8).strip();
            return Optional.of(RunId.parse(id).orElseThrow(() -> new IllegalArgumentException("The baseline file " + f
                    + " should hold one run id, but holds '" + (id.length() > 40 ? id.substring(0, 40) + "..." : id)
                    + "'; save the baseline again")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the baseline " + f + ": " + e, e);
        }
    }

    /** Every saved name with its run id, sorted by name. */
    public SortedMap<String, RunId> list() {
        SortedMap<String, RunId> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .forEach(n -> find(n).ifPresent(id -> out.put(n, id)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the baselines in " + dir + ": " + e, e);
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** True when {@code text} may name a baseline: letters, digits, '.', '_' and '-', not first '.' or '-'. */
    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A baseline name holds letters, digits, '.', '_' and '-' and does not"
                    + " start with '.' or '-', got '" + name + "'");
        }
    }
}
