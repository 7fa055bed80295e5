package dev.caxton.bench.report.markdown;

import static dev.caxton.bench.report.markdown.Fixtures.BASELINE;
import static dev.caxton.bench.report.markdown.Fixtures.CURRENT;
import static dev.caxton.bench.report.markdown.Fixtures.id;
import static dev.caxton.bench.report.markdown.Fixtures.metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Unit;

class ReportModelTest {
    private static ReportModel model(Comparison c) {
        return ReportModel.of(ReportInput.of(c, "agent", "why", "run"), Flavour.TEXT, 65_536);
    }

    @Test
    void regressionsComeFirstCriticalThenLargestChange() {
        Comparison c = new Comparison(CURRENT, Optional.of(BASELINE), List.of(
                metric(id("request_latency", "a"), Unit.NANOSECONDS, 100.0, 120.0, Verdict.REGRESSION),
                metric(id("request_latency", "b"), Unit.NANOSECONDS, 100.0, 150.0, Verdict.REGRESSION),
                metric(id("request_latency", "c"), Unit.NANOSECONDS, 100.0, 115.0, Verdict.REGRESSION, null, null, true, "r"),
                metric(id("request_latency", "d"), Unit.NANOSECONDS, 100.0, 101.0, Verdict.NO_CHANGE)));
        ReportView.Page page = model(c).page();
        assertThat(page.regressions()).extracting(ReportView.Row::name)
                .containsExactly("request_latency/c", "request_latency/b", "request_latency/a");
        assertThat(page.sections()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Latency");
            assertThat(s.rows()).isEmpty();
            assertThat(s.unchanged()).extracting(ReportView.Row::name).containsExactly("request_latency/d");
        });
    }

    @Test
    void sectionsFollowTheCategoryOrderAndRowsTheVerdictOrder() {
        Comparison c = new Comparison(CURRENT, Optional.of(BASELINE), List.of(
                metric(id("x", "errors"), Unit.COUNT, 1.0, 1.0, Verdict.NO_CHANGE),
                metric(id("spawn_time", "total"), Unit.MILLISECONDS, null, 1.0, Verdict.NEW),
                metric(id("message_throughput", "m1"), Unit.MESSAGES_PER_SECOND, 1.0, null, Verdict.MISSING),
                metric(id("message_throughput", "m2"), Unit.MESSAGES_PER_SECOND, 1.0, 1.3, Verdict.INCONCLUSIVE),
                metric(id("message_throughput", "m3"), Unit.MESSAGES_PER_SECOND, 1.0, 1.2, Verdict.IMPROVEMENT),
                metric(id("message_throughput", "m4"), Unit.MESSAGES_PER_SECOND, 1.0, 1.5, Verdict.IMPROVEMENT)));
        ReportView.Page page = model(c).page();
        assertThat(page.sections()).extracting(ReportView.Section::title)
                .containsExactly("Throughput", "Scalability", "Other metrics");
        assertThat(page.sections().get(0).rows()).extracting(ReportView.Row::name)
                .containsExactly("message_throughput/m4", "message_throughput/m3", "message_throughput/m2",
                        "message_throughput/m1");
        assertThat(page.sections().get(2).unchangedTitle()).isEqualTo("1 unchanged metric");
    }

    @Test
    void unchangedRowsAreDroppedBeforeChangedOnesAndTheNoteCountsThem() {
        Comparison c = new Comparison(CURRENT, Optional.of(BASELINE), List.of(
                metric(id("message_throughput", "a"), Unit.MESSAGES_PER_SECOND, 1.0, 0.5, Verdict.REGRESSION),
                metric(id("message_throughput", "b"), Unit.MESSAGES_PER_SECOND, 1.0, 1.5, Verdict.IMPROVEMENT),
                metric(id("message_throughput", "c"), Unit.MESSAGES_PER_SECOND, 1.0, 1.0, Verdict.NO_CHANGE),
                metric(id("message_throughput", "d"), Unit.MESSAGES_PER_SECOND, 1.0, 1.0, Verdict.NO_CHANGE)));
        ReportModel model = ReportModel.of(new ReportInput(c, "agent", "why", java.util.Map.of(), "run",
                Optional.of("report.md")), Flavour.TEXT, 65_536);
        assertThat(model.regressionCount()).isEqualTo(1);
        assertThat(model.otherCount()).isEqualTo(3);

        ReportView.Page one = model.page(1, 1, false);
        assertThat(one.sections().get(0).rows()).extracting(ReportView.Row::name).containsExactly("message_throughput/b");
        assertThat(one.sections().get(0).unchanged()).isEmpty();
        assertThat(one.notes()).containsExactly("This report is shortened to fit the comment limit of 65,536 characters. "
                + "Left out: 2 unchanged metrics. The full report is at report.md.");

        assertThat(model.page(0, 0, false).notes()).containsExactly("This report is shortened to fit the comment limit "
                + "of 65,536 characters. Left out: 1 of 1 regression, 1 other changed metric, 2 unchanged metrics. "
                + "The full report is at report.md.");
        assertThat(model.page().notes()).isEmpty();
    }

    @Test
    void theFenceIsLongerThanAnyBacktickRunInTheCommand() {
        assertThat(ReportModel.fence("mvn verify")).isEqualTo("```");
        assertThat(ReportModel.fence("echo ```` x")).isEqualTo("`````");
    }

    @Test
    void fullCommitsAreShortened() {
        assertThat(ReportModel.shortCommit("abc123def4567890abc123def4567890abc123de")).isEqualTo("abc123def4");
        assertThat(ReportModel.shortCommit("v1.2")).isEqualTo("v1.2");
    }
}
