package dev.caxton.bench.cli;

import java.util.ArrayList;
import java.util.List;

import dev.caxton.bench.history.view.Point;
import dev.caxton.bench.history.view.Series;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.report.format.Sparkline;

/**
 * {@code history show METRIC}: the series of one metric, one line per run (time, run, commit, value,
 * confidence interval, change point), then its sparkline and the newest value graded against the
 * targets.
 */
final class SeriesTable {
    private final Grading grading;
    private final Style style;

    SeriesTable(Grading grading, Style style) {
        this.grading = grading;
        this.style = style;
    }

    /** The title and the words for a series that no run passes. */
    String noRuns(String title) {
        return style.bold(TerminalText.sanitize(title)) + "\nNo runs match.\n";
    }

    /** {@code title} names the metric, the series' system and profile, and the filters. */
    String render(String title, Series series) {
        if (series.window().isEmpty()) {
            return noRuns(title);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold(TerminalText.sanitize(title))).append('\n');
        Measurement newest = series.newest().orElseThrow().measurement();
        sb.append(newest.direction() == dev.caxton.bench.model.Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                .append(" is better · the last ").append(series.window().size()).append(" of ").append(series.total())
                .append(series.total() == 1 ? " run" : " runs").append('\n').append('\n');
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("time (UTC)", "run", "commit", "value", "95% CI", "change point"));
        double[] values = new double[series.window().size()];
        int i = 0;
        for (Point p : series.window()) {
            Measurement m = p.measurement();
            values[i++] = m.value();
            String ci = m.stats().confidence().map(c -> HumanUnits.format(c.lower(), m.unit()) + " … "
                    + HumanUnits.format(c.upper(), m.unit())).orElse(HistoryText.NONE);
            table.add(List.of(HistoryText.time(p.run().startedAt()), p.run().runId().value(),
                    HistoryText.commit(p.run()), HumanUnits.format(m.value(), m.unit()), ci,
                    p.change().map(c -> HistoryText.change(c, style)).orElse("")));
        }
        HistoryText.columns(sb, table, new boolean[] {false, false, false, true, true, false});
        sb.append('\n').append("trend   ").append(Sparkline.of(values)).append('\n');
        sb.append("newest  ").append(HumanUnits.format(newest.value(), newest.unit()));
        grading.tierFor(newest.id()).ifPresent(t -> sb.append(" · ").append(TerminalText.sanitize(t.label()))
                .append(" target ").append(HumanUnits.format(t.target(), t.unit())));
        sb.append(" · ").append(grading.grade(newest).map(g -> style.grade(g, SummaryTable.gradeText(g)))
                .orElse("no target")).append('\n');
        return sb.toString();
    }
}
