package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history html} in-process, on a real history file. */
class HistoryHtmlCommandTest {
    @TempDir
    Path dir;

    private Cli.Result cli(String... args) {
        return Cli.run(dir, Map.of(), new FakeEngine(), args);
    }

    private Path fixture() {
        return HistoryFixture.write(dir.resolve("h.csv"));
    }

    @Test
    void writesOneSelfContainedPageWithAChartPerMetricBranchAndEnvironment() throws IOException {
        fixture();
        Cli.Result r = cli("history", "html", "--history", "h.csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).as(r.out()).isEmpty();
        Path page = dir.resolve(".caxton-bench/dashboard.html");
        assertThat(r.out()).isEqualTo("Wrote the dashboard to .caxton-bench/dashboard.html: 11 charts (11 series, 4 metrics) over"
                + " 32 runs of 32 (any environment).\n");
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Caxton Bench history</title>")
                .contains(Fixtures.THROUGHPUT.canonical()).contains(Fixtures.P50.canonical())
                .contains(Fixtures.RECOVERY.canonical()).contains(Fixtures.MEMORY.canonical())
                .contains("data-branch=\"feature/faster\"")
                .contains("Regression from run 20261021-060000-reference") // throughput falls from run 20 on
                .contains("Improvement from run 20261013-060000-reference") // p50 falls from run 12 on
                .doesNotContain("<script src").doesNotContain("<link ").doesNotContain("https://");
        assertThat(dir.resolve(".caxton-bench")).isDirectoryContaining(p -> p.getFileName().toString().equals("dashboard.html"));
        try (var files = Files.list(dir.resolve(".caxton-bench"))) {
            assertThat(files).hasSize(1); // no temporary file left behind
        }
    }

    @Test
    void filtersBySuiteBranchEnvironmentAndTheLastRuns() throws IOException {
        fixture();
        Cli.Result r = cli("history", "html", "--history", "h.csv", "--out", "out/main.html", "--branch", "main",
                "--environment", Fixtures.ENVIRONMENT.fingerprint(), "--suite", "agent", "--last", "10",
                "--title", "Main <nightly>");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote the dashboard to out/main.html: 4 charts (4 series, 4 metrics) over 10 runs"
                + " of 32 (suite agent · branch main · environment ");
        String html = Files.readString(dir.resolve("out/main.html"));
        assertThat(html).contains("Main &lt;nightly&gt;").doesNotContain("data-branch=\"feature/faster\"")
                .contains("20261030-060000-reference").doesNotContain("20261020-060000-reference");
    }

    @Test
    void drawsTheSystemsOfAMetricAsLinesOfOneChartAndFiltersBySystemAndProfile() throws IOException {
        HistoryFixture.writeSideBySide(dir.resolve("h.csv"));

        Cli.Result all = cli("history", "html", "--history", "h.csv");
        assertThat(all.exitCode()).as(all.err()).isZero();
        // p50 and throughput: one chart each for quick (naive and pekko) and for smoke (reference)
        assertThat(all.out()).contains(": 4 charts (6 series, 2 metrics) over 26 runs of 26");
        String html = Files.readString(dir.resolve(".caxton-bench/dashboard.html"));
        assertThat(html).contains("<span class=\"label\">naive</span>").contains("<span class=\"label\">pekko</span>")
                .contains("data-profile=\"smoke\"");

        Cli.Result pekko = cli("history", "html", "--history", "h.csv", "--system", "pekko", "--out", "p.html");
        assertThat(pekko.out()).contains(": 2 charts (2 series, 2 metrics) over 12 runs of 26")
                .contains("(system pekko · any environment)");
        Cli.Result smoke = cli("history", "html", "--history", "h.csv", "--profile", "smoke", "--out", "s.html");
        assertThat(smoke.out()).contains(": 2 charts (2 series, 2 metrics) over 2 runs of 26");
    }

    @Test
    void anUnknownSuiteOrABadWindowIsAUsageErrorAndWritesNothing() {
        fixture();
        Cli.Result suite = cli("history", "html", "--history", "h.csv", "--suite", "jmh");
        assertThat(suite.exitCode()).isEqualTo(2);
        assertThat(suite.err()).contains("No run of suite 'jmh'").contains("Its suites are: agent");
        Cli.Result last = cli("history", "html", "--history", "h.csv", "--last", "0");
        assertThat(last.exitCode()).isEqualTo(2);
        assertThat(last.err()).contains("--last takes a number of runs, 1 or more; got 0");
        assertThat(dir.resolve(".caxton-bench/dashboard.html")).doesNotExist();
    }

    @Test
    void aBranchWithNoRunGivesAnEmptyPageAndAWarning() {
        fixture();
        Cli.Result r = cli("history", "html", "--history", "h.csv", "--branch", "nope");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 charts (0 series, 0 metrics) over 0 runs of 32");
        assertThat(r.err()).contains("warning: no run passes the filters");
        assertThat(dir.resolve(".caxton-bench/dashboard.html")).exists();
    }

    @Test
    void aBrokenRowStopsStrictModeAndIsSkippedWithOneWarningWhenLenient() throws IOException {
        Path h = fixture();
        List<String> lines = new ArrayList<>(Files.readAllLines(h));
        lines.set(6, lines.get(6).replace(",ns,", ",furlongs,"));
        Files.write(h, lines);

        Cli.Result strict = cli("history", "html", "--history", "h.csv");
        assertThat(strict.exitCode()).as(strict.out() + strict.err() + lines.get(6)).isEqualTo(1);
        assertThat(strict.err()).contains("h.csv line 7, column unit: ");
        assertThat(dir.resolve(".caxton-bench/dashboard.html")).doesNotExist();

        Cli.Result lenient = cli("history", "html", "--history", "h.csv", "--lenient");
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err().lines().filter(l -> l.startsWith("caxton-bench: warning: h.csv line 7, column unit:")))
                .hasSize(1);
        assertThat(dir.resolve(".caxton-bench/dashboard.html")).exists();
    }
}
