package dev.caxton.bench.model;

import java.util.Optional;

/**
 * The one rule for names, checked where every name enters: the suite, benchmark, metric and
 * parameter names and values of a {@link MetricId}, the suite and system of a {@link RunInfo}, the
 * names in a {@link BenchmarkFailure}. Every importer, the run writer, the run file reader
 * ({@code history add}), the history reader and merge build these types, so they all apply it.
 *
 * <p>A name may hold any Unicode text except control characters (U+0000 to U+001F, among them tab,
 * line feed and carriage return, and U+007F to U+009F) and unpaired UTF-16 surrogates (which no UTF-8
 * file can hold). It is refused, not changed: silently rewritten names would no longer match the
 * tool's own output. Since the history holds one row per line, a name that passes can always be
 * written to the run file and to the history.
 */
public final class Names {
    private Names() {}

    /** What is wrong with {@code text} as a name (the character and its index), or empty when it may be one. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("holds an unpaired UTF-16 surrogate (" + escape(c) + ") at index " + i);
            } else if (Character.isISOControl(c)) {
                return Optional.of("holds the control character " + describe(c) + " at index " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns {@code text} when it may be a name.
     *
     * @param what what the name is, for the message ("benchmark name", "parameter value")
     * @throws IllegalArgumentException naming the character, its index and the fix
     */
    public static String require(String what, String text) {
        Optional<String> p = problem(text);
        if (p.isPresent()) {
            throw new IllegalArgumentException("The " + what + " '" + printable(text) + "' " + p.get()
                    + "; a name may not hold control characters (line breaks, tabs) or unpaired surrogates."
                    + " Rename it where it comes from");
        }
        return text;
    }

    /** The text with control characters and unpaired surrogates written as escapes ({@code \n}, {@code \ud800}), for messages. */
    public static String printable(String text) {
        if (problem(text).isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                sb.append(escape(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String describe(char c) {
        String name = switch (c) {
            case '\n' -> "line feed ";
            case '\r' -> "carriage return ";
            case '\t' -> "tab ";
            default -> "";
        };
        return name + escape(c);
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        };
    }
}
