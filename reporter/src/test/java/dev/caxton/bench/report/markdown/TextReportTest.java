package dev.caxton.bench.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void colourIsOffByDefault() {
        assertThat(TextReport.render(Fixtures.mixed(), ReportOptions.defaults())).doesNotContain("\u001b");
    }

    @Test
    void withColourRegressionsAreRedAndImprovementsGreen() {
        String text = TextReport.render(Fixtures.mixed(), ReportOptions.defaults().withColour(true));
        assertThat(text).containsPattern("\u001b\\[31mrequest_latency/p99 \\(mode=closed\\) .*\u001b\\[0m")
                .containsPattern("\u001b\\[32mmessage_throughput/throughput .*\u001b\\[0m")
                .doesNotContainPattern("\u001b\\[3[12]mtask_processing");
    }

    @Test
    void hostileNamesCannotSendEscapeSequencesOrBreakLines() {
        String text = TextReport.render(Fixtures.hostile(), ReportOptions.defaults());
        assertThat(text).doesNotContain("\u001b", "\r", "\u202E");
        assertThat(text).contains("line break  carriage/tab here sep  evil");
    }

    @Test
    void columnsArePaddedToTheWidestCellWithNumbersRightAligned() {
        assertThat(TextReport.pad("ab", 4, false)).isEqualTo("ab  ");
        assertThat(TextReport.pad("µs", 4, true)).isEqualTo("  µs");
        assertThat(TextReport.width("▁▂▃")).isEqualTo(3);
    }
}
