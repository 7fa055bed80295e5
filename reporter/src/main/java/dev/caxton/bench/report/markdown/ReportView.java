package dev.caxton.bench.report.markdown;

import java.util.List;

/**
 * The view models the templates print. Every string is final text for its {@link Flavour}: computed,
 * formatted with {@code Locale.ROOT} and escaped in Java, so a template only loops and prints.
 */
final class ReportView {
    private ReportView() {}

    /**
     * The whole report.
     *
     * @param marker       the hidden first line that identifies the suite's comment (Markdown only)
     * @param title        {@code Caxton Bench: SUITE}
     * @param warnings     environment mismatches and the like, shown under the header
     * @param summary      the summary lines, headline first
     * @param notes        what was left out to respect the size limit, and where the full report is
     * @param regressions  the regression rows, worst first
     * @param sections     one per category, in report order, holding the other rows
     * @param fence        a code fence longer than any run of backticks in the command
     * @param reproduce    the command that repeats the run
     * @param fullReport   where the full report is, or empty
     * @param detectable   whether the tables have the Detectable column: some verdict states its minimum
     *                     detectable effect
     */
    record Page(String marker, String title, String date, String commit, String baseline, String baselineReason,
                String environment, List<String> warnings, List<String> summary, List<String> notes,
                List<Row> regressions, List<Section> sections, String fence, String reproduce, String fullReport,
                boolean detectable) {
        Page {
            warnings = List.copyOf(warnings);
            summary = List.copyOf(summary);
            notes = List.copyOf(notes);
            regressions = List.copyOf(regressions);
            sections = List.copyOf(sections);
        }
    }

    /**
     * One category: its changed rows shown, its unchanged rows folded.
     *
     * @param unchangedTitle what the fold says, for example {@code 12 unchanged metrics}
     */
    record Section(String title, List<Row> rows, List<Row> unchanged, String unchangedTitle) {
        Section {
            rows = List.copyOf(rows);
            unchanged = List.copyOf(unchanged);
        }
    }

    /**
     * One metric's row; {@code reason} says why the verdict is what it is, {@code detectable} the smallest change
     * it could have seen ({@code ≥ 3.0%}, or a dash).
     */
    record Row(String name, String category, String baseline, String current, String change, String verdict,
               String grade, String trend, String reason, String detectable) {}
}
