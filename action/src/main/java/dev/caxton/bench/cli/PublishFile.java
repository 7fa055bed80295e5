package dev.caxton.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code publish.properties}, which {@code ci} writes beside the report for {@code publish}: {@code name=value}
 * lines (a {@code #} line is a comment), values with backslash, CR and LF escaped. Read back with the
 * checks of an artifact that came from another job: only known keys, bounded sizes.
 */
final class PublishFile {
    private static final int MAX_BYTES = 64 * 1024;

    private PublishFile() {}

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The file's values; empty when it does not exist. */
    static Map<String, String> read(Invocation invocation, Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UsageException(invocation.show(file) + " is larger than " + MAX_BYTES + " bytes; it is not "
                        + "the publish.properties that 'caxton-bench ci' writes");
            }
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException(invocation.show(file) + " line " + n + ": expected name=value, got '"
                            + TerminalText.sanitize(line.length() > 60 ? line.substring(0, 60) + "…" : line)
                            + "'. Use the file 'caxton-bench ci' wrote, or give --pr and --sha");
                }
                values.put(line.substring(0, eq).strip(), unescape(line.substring(eq + 1)));
            }
        } catch (IOException e) {
            throw new UsageException("Cannot read " + invocation.show(file) + ": " + e.getMessage(), e);
        }
        return values;
    }

    static Optional<String> get(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
