package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    private final ManualClock clock = new ManualClock();
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    @Test
    void plainProgressWritesOneLinePerEvent() {
        PlainProgress p = new PlainProgress(out, clock);
        p.suiteStarted("agent", "naive", 2, Duration.ofSeconds(40));
        p.benchmarkStarted("throughput", 0, 2, Duration.ofSeconds(20));
        p.benchmarkProgress("throughput", 0.3);
        p.benchmarkProgress("throughput", 0.31);
        p.benchmarkProgress("throughput", 0.8);
        clock.advance(Duration.ofSeconds(19));
        p.benchmarkFinished("throughput", Optional.empty(), Duration.ofSeconds(19));
        p.benchmarkStarted("recovery", 1, 2, Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(30));
        p.benchmarkFinished("recovery", Optional.of("timed out after 30 s\n\tat somewhere"), Duration.ofSeconds(30));
        p.suiteFinished(Duration.ofSeconds(49));

        assertThat(text.toString()).isEqualTo("""
                agent suite on naive: 2 benchmarks, about 40 s
                [1/2] throughput: started, about 20 s
                [1/2] throughput: 25%
                [1/2] throughput: 75%
                [1/2] throughput: done in 19 s
                [2/2] recovery: started, about 20 s
                [2/2] recovery: FAILED after 30 s: timed out after 30 s
                agent suite on naive: finished in 49 s, 1 done, 1 failed
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void plainProgressStripsControlCharactersFromNames() {
        PlainProgress p = new PlainProgress(out, clock);
        p.suiteStarted("agent", "evil\u001B[2J", 1, Duration.ZERO);
        assertThat(text.toString()).startsWith("agent suite on evil?[2J:");
    }

    @Test
    void statusLineShowsBenchmarkPercentElapsedAndTimeLeft() {
        TerminalProgress p = new TerminalProgress(out, Style.PLAIN, clock, 100);
        p.suiteStarted("agent", "reference", 4, Duration.ofSeconds(100));
        p.benchmarkStarted("throughput", 0, 4, Duration.ofSeconds(40));
        clock.advance(Duration.ofSeconds(10));
        p.benchmarkProgress("throughput", 0.5);

        assertThat(p.statusLine()).isEqualTo("▶ reference [1/4] throughput  20%  elapsed 0:10  left ~0:40");
    }

    @Test
    void timeLeftFollowsTheObservedPaceOnceATenthIsDone() {
        TerminalProgress p = new TerminalProgress(out, Style.PLAIN, clock, 100);
        p.suiteStarted("agent", "reference", 2, Duration.ofSeconds(100));
        p.benchmarkStarted("throughput", 0, 2, Duration.ofSeconds(50));
        clock.advance(Duration.ofSeconds(50));
        p.benchmarkFinished("throughput", Optional.empty(), Duration.ofSeconds(50));
        p.benchmarkStarted("latency", 1, 2, Duration.ofSeconds(50));
        clock.advance(Duration.ofSeconds(50));

        // Half the estimated work took 100 s instead of 50 s: the other half should too.
        assertThat(p.statusLine()).endsWith(" 50%  elapsed 1:40  left ~1:40");
    }

    @Test
    void statusLineIsCutToTheTerminalWidth() {
        TerminalProgress p = new TerminalProgress(out, Style.PLAIN, clock, 50);
        p.suiteStarted("agent", "reference", 1, Duration.ofSeconds(10));
        p.benchmarkStarted("a_benchmark_with_a_very_long_name", 0, 1, Duration.ofSeconds(10));

        assertThat(TerminalText.width(p.statusLine())).isEqualTo(49);
        assertThat(p.statusLine()).contains("…").endsWith("left ~0:10");

        TerminalProgress narrow = new TerminalProgress(out, Style.PLAIN, clock, 30);
        narrow.suiteStarted("agent", "reference", 1, Duration.ofSeconds(10));
        assertThat(TerminalText.width(narrow.statusLine())).isLessThanOrEqualTo(29);
    }

    @Test
    void terminalProgressRedrawsInPlaceAndLeavesOneLinePerBenchmark() {
        TerminalProgress p = new TerminalProgress(out, Style.PLAIN, clock, 100);
        p.suiteStarted("agent", "reference", 1, Duration.ofSeconds(10));
        p.benchmarkStarted("spawn", 0, 1, Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(3));
        p.benchmarkFinished("spawn", Optional.empty(), Duration.ofSeconds(3));
        p.suiteFinished(Duration.ofSeconds(3));

        String s = text.toString();
        assertThat(s).contains("\r▶ reference [1/1] spawn ").contains("\u001B[K")
                .contains("  ✓ spawn 3 s" + System.lineSeparator())
                .endsWith("agent suite on reference finished in 3 s: 1 done" + System.lineSeparator());
        assertThat(s).doesNotContain("\u001B[3").doesNotContain("\u001B[0m");
    }

    @Test
    void colourIsOnlyUsedWhenTheStyleAllowsIt() {
        TerminalProgress p = new TerminalProgress(out, Style.COLOUR, clock, 100);
        p.suiteStarted("agent", "reference", 1, Duration.ofSeconds(10));
        p.benchmarkStarted("spawn", 0, 1, Duration.ofSeconds(10));
        p.benchmarkFinished("spawn", Optional.of("boom"), Duration.ofSeconds(1));

        assertThat(text.toString()).contains("\u001B[31m✗ spawn\u001B[0m failed after 1 s: boom");
    }

    @Test
    void progressIsRedrawnAtMostTenTimesASecond() {
        TerminalProgress p = new TerminalProgress(out, Style.PLAIN, clock, 100);
        p.suiteStarted("agent", "reference", 1, Duration.ofSeconds(10));
        p.benchmarkStarted("spawn", 0, 1, Duration.ofSeconds(10));
        int before = count(text.toString(), '\r');
        for (int i = 0; i < 100; i++) {
            p.benchmarkProgress("spawn", i / 100.0);
        }
        assertThat(count(text.toString(), '\r')).isEqualTo(before);
        clock.advance(Duration.ofMillis(100));
        p.benchmarkProgress("spawn", 0.5);
        assertThat(count(text.toString(), '\r')).isEqualTo(before + 1);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
