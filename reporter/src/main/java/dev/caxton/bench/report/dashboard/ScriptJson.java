package dev.caxton.bench.report.dashboard;

/**
 * Writes compact JSON that is safe to place, as it is, inside an HTML {@code <script>} element.
 *
 * <p>JSON alone is not enough there: the HTML parser ends the element at the first {@code </script}
 * whatever the JSON means, {@code <!--} switches it into a state where a later {@code <script} changes
 * the parse, and a JavaScript engine older than ES2019 treats U+2028 and U+2029 as line ends. So every
 * string escapes {@code <}, {@code >} and {@code &} (which also closes {@code <!--} and {@code -->}),
 * U+2028, U+2029, all control characters and lone surrogates as {@code \\uXXXX}. Numbers and the
 * structure contain none of these characters, so the whole document is safe.
 */
final class ScriptJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;

    ScriptJson(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** A JSON string literal, quotes included, safe inside {@code <script>}. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendString(sb, s);
        return sb.toString();
    }

    ScriptJson raw(String s) {
        out.append(s);
        return this;
    }

    ScriptJson raw(char c) {
        out.append(c);
        return this;
    }

    ScriptJson value(String s) {
        appendString(out, s);
        return this;
    }

    ScriptJson value(long n) {
        out.append(n);
        return this;
    }

    /** {@code "name":} */
    ScriptJson key(String name) {
        appendString(out, name);
        out.append(':');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(sb, c);
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        unicode(sb, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(sb, c); // a lone surrogate cannot be encoded in UTF-8; keep it as an escape
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void unicode(StringBuilder sb, char c) {
        sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
