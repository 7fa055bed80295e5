package dev.caxton.bench.report.actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Writes step outputs to the file named by {@code GITHUB_OUTPUT} (the caller passes its path). A one-line value
 * is written as {@code name=value}; a value with a line break as
 * <pre>
 * name&lt;&lt;ghadelimiter_RANDOM
 * value
 * ghadelimiter_RANDOM
 * </pre>
 * with a fresh random delimiter that occurs nowhere in the value.
 */
public final class StepOutputs {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private StepOutputs() {}

    /** Appends {@code outputs} (in their iteration order) to {@code file}, creating it when absent. */
    public static void append(Path file, Map<String, String> outputs) throws IOException {
        Objects.requireNonNull(file, "file");
        String text = format(outputs, StepOutputs::randomDelimiter);
        Files.writeString(file, text, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    static String format(Map<String, String> outputs, Supplier<String> delimiters) {
        StringBuilder out = new StringBuilder();
        outputs.forEach((name, value) -> {
            Objects.requireNonNull(value, () -> "the value of output '" + name + "'");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid step output name '" + name + "': use letters, digits, "
                        + "'-' and '_', starting with a letter or '_'");
            }
            if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                out.append(name).append('=').append(value).append('\n');
                return;
            }
            String delimiter = delimiters.get();
            while (value.contains(delimiter)) {
                delimiter = delimiters.get();
            }
            out.append(name).append("<<").append(delimiter).append('\n')
                    .append(value).append('\n')
                    .append(delimiter).append('\n');
        });
        return out.toString();
    }

    private static String randomDelimiter() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "ghadelimiter_" + HexFormat.of().formatHex(bytes);
    }
}
