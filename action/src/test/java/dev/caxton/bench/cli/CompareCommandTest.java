package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare}, {@code report} and the comparison {@code run} makes, in-process on real history files.
 * The fixture's throughput drops by 30% at run 21 (noise 1%), its p50 latency improves by 40% at run 13.
 */
class CompareCommandTest {
    /** Run ids of the fixture: run i (0-based) is 202610(i+1)-060000-reference. */
    private static String id(int i) {
        return String.format(java.util.Locale.ROOT, "202610%02d-060000-reference", i + 1);
    }

    @TempDir
    Path dir;

    private Cli.Result cli(String... args) {
        return Cli.run(dir, Map.of(), new FakeEngine(), args);
    }

    private void fixture() {
        HistoryFixture.write(dir.resolve("h.csv"));
    }

    @Test
    void theDropInThroughputIsARegressionAgainstThePreviousRunOnTheBranch() {
        fixture();

        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(20));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("message_throughput").contains("regression")
                .contains("1 regression, 0 improvements").contains("previous run");
        assertThat(r.out()).contains(id(19));
    }

    @Test
    void failOnRegressionExitsWithOneAndNamesTheMetricOnStderr() {
        fixture();

        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(20), "--fail-on", "regression");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--fail-on=regression").contains("agent/message_throughput/throughput");
    }

    @Test
    void aThirtyPercentDropIsCriticalBeyondTheDefaultFailThresholdOfTwentyFivePercent() {
        fixture();

        assertThat(cli("compare", "--history", "h.csv", "--run", id(20), "--fail-on", "critical").exitCode())
                .isEqualTo(1);
        Path config = dir.resolve("strict.conf");
        writeConfig(config, "fail-threshold agent/message_throughput/* = 40%\n");
        assertThat(cli("compare", "--history", "h.csv", "--run", id(20), "--fail-on", "critical",
                "--config", "strict.conf").exitCode()).isZero();
    }

    @Test
    void aThresholdFromTheConfigurationFileTurnsTheDropIntoNoChange() {
        fixture();
        writeConfig(dir.resolve("loose.conf"), "threshold agent/message_throughput/* = 35%\n");

        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(20), "--config", "loose.conf",
                "--fail-on", "regression");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("0 regressions");
    }

    @Test
    void runsInsideTheNoiseAreNotRegressions() {
        fixture();

        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(25), "--fail-on", "regression");

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("0 regressions, 0 improvements");
    }

    @Test
    void theImprovementOfLatencyShowsAgainstAnOlderRunGivenById() {
        fixture();

        // the baseline branch's 12 runs up to run 11 make a history long enough to vouch for a 40% change
        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(15), "--baseline", id(11));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("improvement").contains("1 improvement");
    }

    @Test
    void aBaselineByCommitAndByNameWorkLikeARunId() {
        fixture();
        String commit = String.format(java.util.Locale.ROOT, "%07x", 0xabc0000L + 19 * 7919L);

        Cli.Result byCommit = cli("compare", "--history", "h.csv", "--run", id(20), "--baseline", commit);
        assertThat(byCommit.exitCode()).as(byCommit.err()).isZero();
        assertThat(byCommit.out()).contains("commit " + commit).contains("1 regression");

        assertThat(cli("history", "baseline", "save", "before-drop", id(10), "--history", "h.csv").exitCode()).isZero();
        Cli.Result byName = cli("compare", "--history", "h.csv", "--run", id(20), "--baseline", "before-drop");
        assertThat(byName.exitCode()).as(byName.err()).isZero();
        assertThat(byName.out()).contains("before-drop").contains("1 regression");
    }

    @Test
    void anUnknownBaselineIsAUsageErrorThatSaysWhatIsAccepted() {
        fixture();

        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(20), "--baseline", "yesterday");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'yesterday'").contains("auto").contains("history baseline save");
    }

    @Test
    void anEmptyHistorySaysHowToMakeARun() {
        Cli.Result r = cli("compare", "--history", "h.csv");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("holds no run").contains("caxton-bench run");
    }

    @Test
    void theFirstRunOfABranchHasNoBaselineAndEveryMetricIsNew() {
        fixture();

        Cli.Result r = cli("compare", "--history", "h.csv", "--run", id(0));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("No baseline").contains("are new");
    }

    @Test
    void reportWritesMarkdownWithTheSuiteMarkerBesideTheHistory() throws IOException {
        fixture();

        Cli.Result r = cli("report", "--history", "h.csv", "--run", id(20));

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path report = dir.resolve("report.md");
        assertThat(r.out()).contains("Report: report.md");
        String md = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(md).startsWith(dev.caxton.bench.report.markdown.MarkdownReport.marker("agent"))
                .contains("message\\_throughput/throughput").contains("|--:|").contains("**-30.0%**");
    }

    @Test
    void reportAsTextToStandardOutput() {
        fixture();

        Cli.Result r = cli("report", "--history", "h.csv", "--run", id(20), "--format", "txt", "--out", "-");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("message_throughput").doesNotContain("<!--").doesNotContain("| ---");
    }

    @Test
    void aBrokenCustomTemplateIsAUsageErrorNamingItsLine() throws IOException {
        fixture();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (var bundled = Files.list(Path.of("../reporter/src/main/resources/dev/caxton/bench/report/markdown"))) {
            String name = bundled.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftl")).sorted()
                    .findFirst().orElseThrow();
            Files.writeString(templates.resolve(name), "line one\nline two ${\n", StandardCharsets.UTF_8);
        }

        Cli.Result r = cli("report", "--history", "h.csv", "--run", id(20), "--template", "templates");

        assertThat(r.exitCode()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains("line 2");
    }

    @Test
    void aMissingTemplateFolderIsAUsageError() {
        fixture();

        Cli.Result r = cli("report", "--history", "h.csv", "--run", id(20), "--template", "nowhere");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere").contains("does not exist");
    }

    @Test
    void runComparesWithThePreviousRunAndWritesTheReport() throws IOException {
        FakeEngine engine = new FakeEngine();
        Cli.Result first = Cli.run(dir, Map.of(), engine, "run", "--no-progress");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Compared: No baseline");
        for (int i = 0; i < 2; i++) { // three runs on main: enough history to measure the noise
            assertThat(Cli.run(dir, Map.of(), engine, "run", "--no-progress").exitCode()).isZero();
        }

        engine.p99Nanos = 84_000 * 2; // twice as slow: beyond the 10% threshold and the history's noise
        Cli.Result slower = Cli.run(dir, Map.of(), engine, "run", "--no-progress", "--fail-on", "regression");

        assertThat(slower.out()).contains("Compared: 1 regression").contains("Report: .caxton-bench/report.md");
        assertThat(slower.exitCode()).isEqualTo(1);
        assertThat(slower.err()).contains("agent/request_latency/p99");
        assertThat(Files.readString(dir.resolve(".caxton-bench/report.md"), StandardCharsets.UTF_8))
                .contains("request\\_latency/p99").contains("previous run run-3-reference");
    }

    @Test
    void aSingleValueChangeWithoutHistoryIsUnverifiedAndFailsNothing() throws IOException {
        FakeEngine engine = new FakeEngine();
        assertThat(Cli.run(dir, Map.of(), engine, "run", "--no-progress").exitCode()).isZero();

        engine.p99Nanos = 84_000 * 2;
        Cli.Result second = Cli.run(dir, Map.of(), engine, "run", "--no-progress", "--fail-on", "regression");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Compared: 0 regressions").contains("1 unverified");
        assertThat(Files.readString(dir.resolve(".caxton-bench/report.md"), StandardCharsets.UTF_8))
                .contains("No verified regressions").contains("unverified").contains("caxton-bench ab");
    }

    private static void writeConfig(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
