package dev.caxton.bench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.caxton.bench.history.changepoint.ChangePoint;
import dev.caxton.bench.history.view.Series;
import dev.caxton.bench.history.view.Trend;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.report.format.Sparkline;

/**
 * {@code history trend}: one line per metric: its name, a sparkline of the window's runs (a space
 * where a run did not measure it), the newest value, its change from the previous value, the newest
 * change point in the window (and how many more), and the newest value's grade.
 */
final class TrendTable {
    private final Grading grading;
    private final Style style;

    TrendTable(Grading grading, Style style) {
        this.grading = grading;
        this.style = style;
    }

    /** {@code title} describes the filters; {@code runs} is the number of runs in the window. */
    String render(String title, int runs, List<Trend.Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold(TerminalText.sanitize(title))).append('\n');
        if (rows.isEmpty()) {
            sb.append("No runs match.\n");
            return sb.toString();
        }
        Map<MetricId, String> names = SummaryTable.displayNames(rows.stream().map(Trend.Row::metric).toList());
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("metric", "last " + runs + (runs == 1 ? " run" : " runs"), "newest", "vs previous",
                "change points", "grade"));
        int regressions = 0;
        for (Trend.Row row : rows) {
            Series s = row.series();
            var newest = s.newest().orElseThrow().measurement();
            String versus = s.previous().map(p -> HistoryText.versus(newest, p.measurement(), style)).orElse(HistoryText.NONE);
            List<ChangePoint> changes = s.changes();
            String marker = HistoryText.NONE;
            if (!changes.isEmpty()) {
                ChangePoint last = changes.get(changes.size() - 1);
                marker = HistoryText.change(last, style) + (changes.size() > 1 ? " (+" + (changes.size() - 1) + " more)" : "");
                if (last.kind() == ChangePoint.Kind.REGRESSION) {
                    regressions++;
                }
            }
            String grade = grading.grade(newest).map(g -> style.grade(g, SummaryTable.gradeText(g))).orElse(HistoryText.NONE);
            table.add(List.of(names.get(row.metric()), Sparkline.of(row.valueArray()), HumanUnits.format(newest.value(), newest.unit()),
                    versus, marker, grade));
        }
        HistoryText.columns(sb, table, new boolean[] {false, false, true, true, false, false});
        sb.append('\n').append(rows.size()).append(rows.size() == 1 ? " metric" : " metrics");
        sb.append(regressions == 0 ? ", no regression at the newest change point.\n"
                : ", " + style.red(regressions + (regressions == 1 ? " regression" : " regressions"))
                + " at the newest change point.\n");
        return sb.toString();
    }
}
