package dev.caxton.bench.importer;

/** Numbers as other tools write them in any locale (JMH's CSV and SCSV, github-action-benchmark's ranges). */
final class LocaleNumbers {
    private LocaleNumbers() {}

    /**
     * A number written in any locale: a decimal point or comma, grouping by points, commas, spaces,
     * non-breaking spaces or apostrophes, a Unicode minus, direction marks, any script's digits, and the ways locales write
     * NaN and infinity. Empty is NaN. A lone comma (or point) is the decimal separator, as JMH always
     * writes decimals; several of one kind are grouping.
     */
    static double parse(String text, String position) {
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
