package dev.caxton.bench.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.report.format.HumanUnits;

/**
 * The pieces the history tables share: times in UTC to the minute, short commits, change points as
 * {@code ▲ +21.9% regression} (the arrow is the way the value moved, the word says whether that is
 * worse or better, the colour repeats it on a terminal), and columns padded by display width. Numbers
 * are formatted with {@link Locale#ROOT}, so tables do not vary by locale.
 */
final class HistoryText {
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final String NONE = "-";

    private HistoryText() {}

    static String time(Instant t) {
        return MINUTE.format(t);
    }

    static String commit(RunInfo info) {
        return info.commit().map(c -> TerminalText.sanitize(c.length() > 7 ? c.substring(0, 7) : c)).orElse(NONE);
    }

    /** {@code ▲ +21.9% regression}; coloured red or green. */
    static String change(ChangePoint c, Style style) {
        String text = arrow(c.after() - c.before()) + " " + percent(c.relativeChange()) + " " + c.kind().label();
        return c.kind() == ChangePoint.Kind.REGRESSION ? style.red(text) : style.green(text);
    }

    /** The relative change from {@code previous} to {@code newest}, coloured by whether it is better or worse. */
    static String versus(Measurement newest, Measurement previous, Style style) {
        double before = previous.value();
        double after = newest.value();
        if (after == before) {
            return "±0%";
        }
        double rel = before == 0 ? Math.copySign(Double.POSITIVE_INFINITY, after - before) : (after - before) / Math.abs(before);
        String text = percent(rel);
        return newest.direction().isBetter(after, before) ? style.green(text) : style.red(text);
    }

    static String percent(double relative) {
        return HumanUnits.percentChange(relative);
    }

    private static String arrow(double delta) {
        return delta >= 0 ? "▲" : "▼";
    }

    /** Rows of cells as aligned columns, two spaces apart; {@code right[i]} right-aligns column i. */
    static void columns(StringBuilder sb, List<List<String>> rows, boolean[] right) {
        int n = rows.get(0).size();
        int[] widths = new int[n];
        for (List<String> row : rows) {
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = row.get(i);
                line.append(right[i] ? TerminalText.padLeft(cell, widths[i]) : TerminalText.padRight(cell, widths[i]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
