package dev.caxton.bench.report.markdown;

/**
 * Where a view model is shown: GitHub-flavoured Markdown (user text escaped so it cannot break a table,
 * inject markup or ping anyone; emoji beside labels) or a terminal (control characters neutralised,
 * labels only, so columns line up).
 */
enum Flavour {
    MARKDOWN,
    TEXT;

    /**
     * Zero width joiner: after an {@code @} it stops GitHub from reading a mention; inside {@code #1},
     * {@code GH-1}, {@code http://} and {@code www.} it stops GitHub from turning a name into an issue
     * reference or a link.
     */
    static final char ZWJ = '\u200D';

    /** {@code text} made safe to print in this flavour, as one line. */
    String escape(String text) {
        return escape(text, true);
    }

    /**
     * A location the user gave to link to (the full report's address), made safe like any text but left
     * for GitHub to link.
     */
    String escapeLocation(String text, int max) {
        return escape(cut(text, max), false);
    }

    private String escape(String text, boolean unlinked) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isLineBreakOrControl(cp)) {
                sb.append(' ');
                continue;
            }
            if (this == TEXT) {
                sb.appendCodePoint(cp);
                continue;
            }
            switch (cp) {
                case '|' -> sb.append("\\|");
                case '`' -> sb.append("&#96;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '*', '_', '[', ']', '~' -> sb.append('\\').append((char) cp);
                case '@' -> sb.append('@').append(ZWJ);
                case '#' -> {
                    sb.append('#');
                    if (unlinked && digitAt(text, i)) {
                        sb.append(ZWJ); // issue #1, owner/repo#1
                    }
                }
                case '-' -> {
                    if (unlinked && digitAt(text, i) && wordBefore(text, i - 1, "GH")) {
                        sb.append(ZWJ); // GH-1
                    }
                    sb.append('-');
                }
                case ':' -> {
                    if (unlinked && text.startsWith("//", i) && (wordBefore(text, i - 1, "http") || wordBefore(text, i - 1, "https")
                            || wordBefore(text, i - 1, "ftp"))) {
                        sb.append(ZWJ); // a bare URL
                    }
                    sb.append(':');
                }
                case '.' -> {
                    if (unlinked && wordBefore(text, i - 1, "www")) {
                        sb.append(ZWJ); // www.example.com
                    }
                    sb.append('.');
                }
                default -> sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean digitAt(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Whether {@code word} (any case) ends just before {@code end} and starts a word. */
    private static boolean wordBefore(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    /** {@code text} cut to {@code max} code points (an ellipsis marks the cut), then escaped. */
    String escape(String text, int max) {
        return escape(cut(text, max));
    }

    /** Emoji and label ({@code 🔴 regression}) in Markdown, the label alone in a terminal. */
    String labelled(String symbol, String label) {
        return this == MARKDOWN ? symbol + " " + label : label;
    }

    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /**
     * Line breaks, tabs, other control characters, the Unicode line and paragraph separators and the
     * bidirectional overrides (which can make a name read differently from what it is).
     */
    static boolean isLineBreakOrControl(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
