package dev.caxton.bench.report.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report as plain text for a terminal, from the same view models as {@link MarkdownReport}: fixed-width
 * columns, no Markdown, no emoji, control characters in names neutralised, and ANSI colour only when
 * {@link ReportOptions#colour()} asks for it. Not limited in size.
 */
public final class TextReport {
    private static final String[] HEADER = {"Metric", "Baseline", "Current", "Change", "Verdict", "Grade", "Trend"};
    private static final String[] REGRESSION_HEADER =
            {"Metric", "Category", "Baseline", "Current", "Change", "Verdict", "Grade", "Trend"};
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String RESET = "\u001b[0m";

    private TextReport() {}

    public static String render(ReportInput input, ReportOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        ReportView.Page page = ReportModel.of(input, Flavour.TEXT, options.characterLimit()).page();
        return render(page, options.colour());
    }

    static String render(ReportView.Page page, boolean colour) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append(page.title()).append('\n');
        line(sb, "Date", page.date());
        line(sb, "Commit", page.commit());
        line(sb, "Baseline", page.baseline() + " — " + page.baselineReason());
        line(sb, "Environment", page.environment());
        for (String w : page.warnings()) {
            sb.append("! ").append(w).append('\n');
        }
        sb.append('\n');
        for (String s : page.summary()) {
            sb.append("  ").append(s).append('\n');
        }
        if (!page.regressions().isEmpty()) {
            sb.append("\nRegressions\n");
            List<String[]> rows = new ArrayList<>();
            for (ReportView.Row r : page.regressions()) {
                rows.add(withDetectable(page, new String[] {r.name(), r.category(), r.baseline(), r.current(), r.change(),
                        r.verdict(), r.grade(), r.trend()}, 5, r.detectable()));
            }
            table(sb, withDetectable(page, REGRESSION_HEADER, 5, "Detectable"), rows,
                    rightAligned(page, new boolean[] {false, false, true, true, true, false, false, false}, 5),
                    colour ? RED : "");
            for (ReportView.Row r : page.regressions()) {
                sb.append("  ").append(r.name()).append(": ").append(r.reason()).append('\n');
            }
        }
        for (ReportView.Section section : page.sections()) {
            sb.append('\n').append(section.title()).append('\n');
            List<ReportView.Row> all = new ArrayList<>(section.rows());
            all.addAll(section.unchanged());
            List<String[]> rows = new ArrayList<>();
            for (ReportView.Row r : all) {
                rows.add(withDetectable(page, new String[] {r.name(), r.baseline(), r.current(), r.change(), r.verdict(),
                        r.grade(), r.trend()}, 4, r.detectable()));
            }
            table(sb, withDetectable(page, HEADER, 4, "Detectable"), rows,
                    rightAligned(page, new boolean[] {false, true, true, true, false, false, false}, 4), colour ? GREEN : "");
        }
        sb.append("\nReproduce: ").append(page.reproduce().replace("\n", "\n           ")).append('\n');
        if (!page.fullReport().isEmpty()) {
            sb.append("Full report: ").append(page.fullReport()).append('\n');
        }
        return sb.toString();
    }

    /** {@code cells} with {@code cell} inserted at {@code at} when the page has the Detectable column. */
    private static String[] withDetectable(ReportView.Page page, String[] cells, int at, String cell) {
        if (!page.detectable()) {
            return cells;
        }
        String[] out = new String[cells.length + 1];
        System.arraycopy(cells, 0, out, 0, at);
        out[at] = cell;
        System.arraycopy(cells, at, out, at + 1, cells.length - at);
        return out;
    }

    private static boolean[] rightAligned(ReportView.Page page, boolean[] right, int at) {
        if (!page.detectable()) {
            return right;
        }
        boolean[] out = new boolean[right.length + 1];
        System.arraycopy(right, 0, out, 0, at);
        out[at] = true;
        System.arraycopy(right, at, out, at + 1, right.length - at);
        return out;
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(pad(label, 13, false)).append(value).append('\n');
    }

    /**
     * Columns as wide as their widest cell in code points, two spaces apart, numbers right-aligned;
     * {@code tone} colours rows that are improvements (green) or every row (red, for regressions).
     */
    static void table(StringBuilder sb, String[] header, List<String[]> rows, boolean[] right, String tone) {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = width(header[i]);
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        sb.append("  ").append(join(header, widths, right)).append('\n');
        for (String[] row : rows) {
            String text = join(row, widths, right);
            boolean coloured = !tone.isEmpty() && (tone.equals(RED) || isImprovement(row));
            sb.append("  ").append(coloured ? tone + text + RESET : text).append('\n');
        }
    }

    private static boolean isImprovement(String[] row) {
        for (String cell : row) {
            if (cell.equals("improvement")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] cells, int[] widths, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            boolean last = i == cells.length - 1;
            sb.append(last && !right[i] ? cells[i] : pad(cells[i], widths[i], right[i]));
        }
        return sb.toString();
    }

    static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - width(s)));
        return right ? spaces + s : s + spaces;
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
