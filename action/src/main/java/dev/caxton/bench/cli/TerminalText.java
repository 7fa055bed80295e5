package dev.caxton.bench.cli;

/**
 * Text for a terminal: user-supplied names lose their control characters (so a benchmark or system
 * name cannot move the cursor or change colours), and columns are padded by display width, where
 * emoji and East Asian wide characters take two columns.
 */
final class TerminalText {
    private TerminalText() {}

    /** {@code text} with every control character (C0, DEL, C1, bidi overrides) replaced by '?'. */
    static String sanitize(String text) {
        if (printableAscii(text)) {
            return text; // the common case, without a copy: a summary sanitizes every name it prints
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || isBidiControl(cp)) {
                sb.append('?');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** True when every character is printable ASCII (space to '~'): one column each, nothing to replace. */
    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
    }

    /** The number of terminal columns {@code text} takes (ANSI escape sequences take none). */
    static int width(String text) {
        if (printableAscii(text)) {
            return text.length();
        }
        int w = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == 0x1B) {
                int end = text.indexOf('m', i);
                i = end < 0 ? text.length() : end + 1;
                continue;
            }
            w += columns(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static int columns(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || cp == 0x2705 || cp == 0x274C || cp == 0x274E || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757
                || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** {@code text} followed by spaces up to {@code columns} display columns. */
    static String padRight(String text, int columns) {
        int pad = columns - width(text);
        return pad <= 0 ? text : text + " ".repeat(pad);
    }

    /** Spaces up to {@code columns} display columns, then {@code text}. */
    static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - width(text))) + text;
    }

    /** {@code text} cut to at most {@code columns} display columns, ending in '…' when cut. */
    static String truncate(String text, int columns) {
        if (width(text) <= columns) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int c = columns(cp);
            if (w + c > columns - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += c;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}
