package dev.caxton.bench.report.markdown;

/**
 * Where a view model is shown: GitHub-flavoured Markdown (user text escaped so it cannot break a table,
 * inject markup or ping anyone; emoji beside labels) or a terminal (control characters neutralised,
 * labels only, so columns line up).
 */
enum Flavour {
    MARKDOWN,
    TEXT;

    /** Zero width joiner: after an {@code @} it stops GitHub from reading a mention. */
    static final char ZWJ = '\u200D';

    /** {@code text} made safe to print in this flavour, as one line. */
    String escape(String text) {
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
                default -> sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
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
