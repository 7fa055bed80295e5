package dev.caxton.bench.importer;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: fields separated by one character, quoted with {@code "}, quotes doubled inside. */
final class Xsv {
    /** One record with the line it starts on (1-based). */
    record Row(int line, List<String> fields) {}

    private Xsv() {}

    static List<Row> parse(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                any = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new FormatError("line " + rowLine, "a quoted field is not closed before the end of the file; "
                    + "expected a closing '\"' (the file may be truncated)");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    /**
     * A number written in any locale: a decimal point or comma, grouping by points, commas, spaces,
     * non-breaking spaces or apostrophes, a Unicode minus, direction marks, any script's digits, and the ways locales write
     * NaN and infinity. Empty is NaN. A lone comma (or point) is the decimal separator, as JMH always
     * writes decimals; several of one kind are grouping.
     */
    static double number(String text, String position) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        switch (s) {
            case "NaN", "\uFFFD", "nan":
                return Double.NaN;
            case "\u221E", "+\u221E", "Infinity", "+Infinity", "INF", "+INF", "inf":
                return Double.POSITIVE_INFINITY;
            case "-\u221E", "\u2212\u221E", "-Infinity", "-INF", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u00A0', '\u202F', '\u2009', '\'', '\u2019', '\u200E', '\u200F', '\u061C' -> { }
                case '\u2212' -> b.append('-');
                case '\u066B' -> b.append('.'); // Arabic decimal separator
                case '\u066C' -> { } // Arabic thousands separator
                default -> b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
            }
        }
        String t = b.toString();
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            t = t.replace(String.valueOf(grouping), "");
            t = t.replace(decimal, '.');
        } else if (lastComma >= 0) {
            t = t.indexOf(',') == lastComma ? t.replace(',', '.') : t.replace(",", "");
        } else if (lastDot >= 0 && t.indexOf('.') != lastDot) {
            t = t.replace(".", "");
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new FormatError(position, "expected a number but found '" + text + "'");
        }
    }
}
