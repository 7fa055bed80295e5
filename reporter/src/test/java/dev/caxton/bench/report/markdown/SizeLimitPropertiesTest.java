package dev.caxton.bench.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the metrics, names and limit, the report fits, starts with its marker and keeps what it can. */
class SizeLimitPropertiesTest {

    @Property(tries = 40)
    void theReportNeverExceedsTheLimit(@ForAll @IntRange(min = 0, max = 1_500) int metrics,
                                       @ForAll @IntRange(min = 0, max = 100) int regressionPercent,
                                       @ForAll("names") String name,
                                       @ForAll @IntRange(min = ReportOptions.MIN_CHARACTER_LIMIT,
                                               max = MarkdownReport.GITHUB_COMMENT_LIMIT) int limit) {
        ReportInput input = input(metrics, regressionPercent, name);
        String md = MarkdownReport.render(input, ReportOptions.defaults().withCharacterLimit(limit));
        assertThat(md.length()).isLessThanOrEqualTo(limit);
        assertThat(md).startsWith(MarkdownReport.marker("agent") + "\n");
        if (md.contains("shortened to fit")) {
            assertThat(md).contains("Left out: ");
        }
    }

    @Property(tries = 200)
    void theSearchFindsTheLargestCountThatFits(@ForAll("rowLengths") List<Integer> rows,
                                              @ForAll @IntRange(min = 0, max = 20_000) int base,
                                              @ForAll @IntRange(min = 1, max = 40_000) int room) {
        int limit = base + room;
        int[] lengths = new int[rows.size() + 1];
        lengths[0] = base;
        for (int i = 0; i < rows.size(); i++) {
            lengths[i + 1] = lengths[i] + rows.get(i);
        }
        int upper = rows.size();
        if (lengths[upper] <= limit) {
            return; // everything fits: the search is not asked
        }
        int expected = 0;
        while (expected + 1 < upper && lengths[expected + 1] <= limit) {
            expected++;
        }
        String found = MarkdownReport.SizeLimit.largestFit(k -> "x".repeat(lengths[k]), "x".repeat(base), upper,
                lengths[upper], limit);
        assertThat(found).hasSize(lengths[expected]);
    }

    @Provide
    Arbitrary<List<Integer>> rowLengths() {
        return Arbitraries.integers().between(1, 600).list().ofMinSize(1).ofMaxSize(400);
    }

    @Example
    void aShortenedReportKeepsEveryRegressionWhenTheyFit() {
        ReportInput input = Fixtures.huge(2_000, 25, 50);
        String md = MarkdownReport.render(input, ReportOptions.defaults());
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.GITHUB_COMMENT_LIMIT);
        assertThat(md).contains("Left out: ").doesNotContain(" of 25 regressions")
                .contains("The full report is at the job summary of this run.");
        long regressionRows = md.lines().filter(l -> l.startsWith("| **")).count();
        assertThat(regressionRows).isEqualTo(25);
    }

    @Example
    void whenRegressionsAloneDoNotFitTheyAreCutWithANote() {
        String md = MarkdownReport.render(Fixtures.huge(1_500, 1_500, 50), ReportOptions.defaults());
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.GITHUB_COMMENT_LIMIT);
        assertThat(md).containsPattern("Left out: \\d+ of 1500 regressions");
    }

    @Example
    void aTemplateThatWritesTooMuchIsCutAtTheLimit() {
        ReportModel model = ReportModel.of(Fixtures.mixed(), Flavour.MARKDOWN, 5_000);
        String md = MarkdownReport.SizeLimit.fit(model, page -> page.marker() + "\n" + "x\n".repeat(10_000), 5_000);
        assertThat(md.length()).isLessThanOrEqualTo(5_000);
        assertThat(md).endsWith(MarkdownReport.SizeLimit.CUT).startsWith(page0Marker());
    }

    private static String page0Marker() {
        return MarkdownReport.marker("agent");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("|`<>&@*_[]~\\\n\r\t\u2028\u202E #").ofMinLength(1).ofMaxLength(400),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(300).filter(s -> !s.isBlank()));
    }

    private static ReportInput input(int metrics, int regressionPercent, String name) {
        List<MetricComparison> m = new ArrayList<>();
        int regressions = metrics * regressionPercent / 100;
        for (int i = 0; i < metrics; i++) {
            // a metric name may not hold control characters or lone surrogates (Names); free texts may
            MetricId id = MetricId.of("agent", "bench" + (i % 7), name.replaceAll("[\\p{Cc}\\p{Cs}]", "_") + i);
            Verdict v = i < regressions ? Verdict.REGRESSION : i % 3 == 0 ? Verdict.IMPROVEMENT : Verdict.NO_CHANGE;
            m.add(Fixtures.metric(id, Unit.NANOSECONDS, 100.0 + i, 100.0 + i * (v == Verdict.REGRESSION ? 2 : 1), v,
                    null, null, false, name));
        }
        return new ReportInput(new Comparison(Fixtures.CURRENT, Optional.of(Fixtures.BASELINE), m), "agent", name, Map.of(),
                name, Optional.of(name));
    }
}
