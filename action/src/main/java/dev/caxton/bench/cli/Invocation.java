package dev.caxton.bench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The process globals of one invocation, read once by {@link Main} and handed to the commands:
 * standard output (results) and error (progress, messages), the environment variables, the
 * caller's working directory, and whether a console is attached.
 */
record Invocation(PrintStream out, PrintStream err, Map<String, String> env, Path workDir, boolean console) {
    Invocation {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        workDir = workDir.toAbsolutePath().normalize();
    }

    /** A console whose {@code TERM} is not {@code dumb}: status lines may redraw in place. */
    boolean terminal() {
        return console && !"dumb".equals(env.get("TERM"));
    }

    /** Colours on the terminal unless {@code NO_COLOR} is set to anything non-empty (no-color.org). */
    Style style() {
        String noColor = env.get("NO_COLOR");
        return terminal() && (noColor == null || noColor.isEmpty()) ? Style.COLOUR : Style.PLAIN;
    }

    /** The terminal's width from {@code COLUMNS}, else 80. */
    int columns() {
        try {
            int c = Integer.parseInt(env.getOrDefault("COLUMNS", "80").trim());
            return c > 0 ? c : 80;
        } catch (NumberFormatException e) {
            return 80; // a malformed COLUMNS is not worth failing a run for
        }
    }

    /** {@code path} against the working directory when it is relative. */
    Path resolve(Path path) {
        return workDir.resolve(path).normalize();
    }

    /** {@code path} relative to the working directory when it lies below it, for messages. */
    String show(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(workDir) && !p.equals(workDir) ? workDir.relativize(p).toString() : p.toString();
    }
}
