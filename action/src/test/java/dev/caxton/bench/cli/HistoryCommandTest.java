package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.model.Run;

/** The history commands in-process, on real files. */
class HistoryCommandTest {
    private static final String HERE = Fixtures.ENVIRONMENT.fingerprint();

    @TempDir
    Path dir;

    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private Cli.Result cli(String... args) {
        return Cli.run(dir, Map.of(), new FakeEngine(), args);
    }

    private Path fixture() {
        return HistoryFixture.write(dir.resolve("h.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void trendOfAHistoryFileMatchesTheGoldenFile(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        fixture();
        Cli.Result r = cli("history", "trend", "--history", "h.csv", "--branch", "main", "--environment", HERE);

        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out().replace(HERE, "<fp>");
        HistoryTablesTest.GOLDEN.assertMatches("history-trend-cli.txt", out);
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void listShowsRunsNewestFirstAndMatchesTheGoldenFile(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        fixture();
        Cli.Result r = cli("history", "list", "--history", "h.csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        HistoryTablesTest.GOLDEN.assertMatches("history-list.txt", r.out());
        assertThat(r.out().indexOf("20261032-060000-reference")).isLessThan(r.out().indexOf("20261001-060000-reference"));
    }

    @Test
    void listFiltersByBranchAndSuite() {
        fixture();
        assertThat(cli("history", "list", "--history", "h.csv", "--branch", "feature/faster").out())
                .contains("20261032-060000-reference").doesNotContain("20261031").contains("1 of 32 runs.");
        assertThat(cli("history", "list", "--history", "h.csv", "--suite", "jmh").out())
                .isEqualTo("No run of the 32 in the history matches.\n");
    }

    @Test
    void byDefaultAViewShowsTheEnvironmentOfTheNewestRunOnly() {
        fixture();
        Cli.Result r = cli("history", "trend", "--history", "h.csv", "--branch", "main");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("environment " + HistoryFixture.OTHER_MACHINE.fingerprint()).contains("last 1 run ");
        assertThat(cli("history", "trend", "--history", "h.csv", "--branch", "main", "--any-environment", "--last", "31")
                .out()).contains("any environment").contains("last 31 runs");
    }

    @Test
    void showFindsAMetricByTheNameWithoutItsSuiteAndGradesTheNewestValue() {
        fixture();
        Cli.Result r = cli("history", "show", "request_latency/p50", "--history", "h.csv", "--branch", "main",
                "--environment", HERE, "--last", "5");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("agent/request_latency/p50 · system reference · profile quick · branch main · "
                        + "environment " + HERE + "\n")
                .contains("the last 5 of 30 runs").contains("20261030-060000-reference").doesNotContain("20261025-")
                .containsPattern("trend   [▁-█]{5}\n").contains("newest  7.24 µs").contains("✅ target");
    }

    @Test
    void trendShowsOneTablePerSystemAndProfileAndNeverMixesThem() {
        HistoryFixture.writeSideBySide(dir.resolve("h.csv"));
        Cli.Result r = cli("history", "trend", "--history", "h.csv", "--last", "5");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> titles = r.out().lines().filter(l -> l.startsWith("Trend · ")).toList();
        assertThat(titles).containsExactly(
                "Trend · suite agent · system naive · profile quick · environment " + HERE,
                "Trend · suite agent · system pekko · profile quick · environment " + HERE,
                "Trend · suite agent · system reference · profile smoke · environment " + HERE);
        assertThat(r.out()).contains("last 5 runs").contains("last 2 runs")
                .containsPattern("request_latency/p50 .* 80 µs").containsPattern("request_latency/p50 .* 10 µs")
                .containsPattern("request_latency/p50 .* 1 µs");
        // naive against pekko, once mixed, read as -88% and +700% changes and as change points
        assertThat(r.out()).doesNotContain("-87.").doesNotContain("-88.").doesNotContain("+7")
                .doesNotContain("▼").doesNotContain("▲");
    }

    @Test
    void showPrintsOneSeriesPerSystemEachNamedWithItsSystemAndProfile() {
        HistoryFixture.writeSideBySide(dir.resolve("h.csv"));
        Cli.Result r = cli("history", "show", "request_latency/p50", "--history", "h.csv");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("agent/request_latency/p50 · "))).containsExactly(
                "agent/request_latency/p50 · system naive · profile quick · environment " + HERE,
                "agent/request_latency/p50 · system pekko · profile quick · environment " + HERE,
                "agent/request_latency/p50 · system reference · profile smoke · environment " + HERE);
        String pekko = r.out().substring(r.out().indexOf("system pekko"), r.out().indexOf("system reference"));
        assertThat(pekko).contains("the last 12 of 12 runs").contains("20261001-pekko").doesNotContain("-naive")
                .doesNotContain("80.");
    }

    @Test
    void systemAndProfilePickOneSeries() {
        HistoryFixture.writeSideBySide(dir.resolve("h.csv"));

        Cli.Result pekko = cli("history", "show", "request_latency/p50", "--history", "h.csv", "--system", "pekko");
        assertThat(pekko.exitCode()).as(pekko.err()).isZero();
        assertThat(pekko.out()).startsWith("agent/request_latency/p50 · system pekko · profile quick · environment ")
                .doesNotContain("system naive").doesNotContain("system reference");
        Cli.Result smoke = cli("history", "trend", "--history", "h.csv", "--profile", "smoke");
        assertThat(smoke.out().lines().filter(l -> l.startsWith("Trend · "))).singleElement().asString()
                .contains("system reference · profile smoke");
        assertThat(cli("history", "list", "--history", "h.csv", "--system", "naive").out())
                .contains("20261012-naive").doesNotContain("-pekko").contains("12 of 26 runs.");
        assertThat(cli("history", "list", "--history", "h.csv", "--profile", "smoke").out()).contains("2 of 26 runs.");
    }

    @Test
    void anUnknownSystemOrProfileListsThoseOfTheHistory() {
        HistoryFixture.writeSideBySide(dir.resolve("h.csv"));

        Cli.Result system = cli("history", "trend", "--history", "h.csv", "--system", "pekk");
        assertThat(system.exitCode()).isEqualTo(2);
        assertThat(system.err()).contains("No run of system 'pekk' in the history. Its systems are: naive, pekko, reference");
        Cli.Result profile = cli("history", "show", "request_latency/p50", "--history", "h.csv", "--profile", "ful");
        assertThat(profile.exitCode()).isEqualTo(2);
        assertThat(profile.err()).contains("No run of profile 'ful' in the history. Its profiles are: quick, smoke");
        assertThat(cli("history", "html", "--history", "h.csv", "--system", "pekk").exitCode()).isEqualTo(2);
    }

    @Test
    void showMarksTheChangePointWithItsKind() {
        fixture();
        Cli.Result r = cli("history", "show", "agent/message_throughput/throughput", "--history", "h.csv",
                "--environment", HERE, "--branch", "main");

        assertThat(r.out()).containsPattern("20261021-060000-reference .* ▼ -29.7% regression");
    }

    @Test
    void anUnknownMetricIsAUsageErrorListingTheNearestOnes() {
        fixture();
        Cli.Result r = cli("history", "show", "request_latncy/p50", "--history", "h.csv");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No metric 'request_latncy/p50' in the history. Nearest: agent/request_latency/p50");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void environmentAndAnyEnvironmentExcludeEachOther() {
        fixture();
        Cli.Result r = cli("history", "trend", "--history", "h.csv", "--environment", HERE, "--any-environment");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void anUnknownSuiteListsTheSuitesOfTheHistory() {
        fixture();
        Cli.Result r = cli("history", "trend", "--history", "h.csv", "--suite", "agnet");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("No run of suite 'agnet' in the history. Its suites are: agent");
    }

    @Test
    void aBrokenRowNamesFileLineAndColumnAndLenientSkipsItWithOneWarning() throws IOException {
        Path h = fixture();
        List<String> lines = new ArrayList<>(Files.readAllLines(h));
        String row = lines.get(4);
        lines.set(4, row.replace(",messages/s,", ",furlongs,").replace(",ns,", ",furlongs,").replace(",bytes,", ",furlongs,")
                .replace(",s,", ",furlongs,"));
        assertThat(lines.get(4)).isNotEqualTo(row);
        Files.write(h, lines);

        Cli.Result strict = cli("history", "list", "--history", "h.csv");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("a problem with the history (nothing was changed):")
                .contains("h.csv line 5, column unit: ").contains("pass --lenient");
        assertThat(strict.out()).isEmpty();

        Cli.Result lenient = cli("history", "list", "--history", "h.csv", "--lenient");
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err().lines().filter(l -> l.startsWith("caxton-bench: warning: h.csv line 5"))).hasSize(1);
        assertThat(lenient.out()).contains("20261001-060000-reference");
        assertThat(Files.readAllLines(h)).isEqualTo(lines); // reading never modifies the file
    }

    @Test
    void mergeJoinsTwoHistoriesIntoAThirdOrIntoTheFirst() throws IOException {
        List<Run> runs = HistoryFixture.runs();
        runs.subList(0, 20).forEach(r -> HistoryFile.append(dir.resolve("a.csv"), r));
        runs.subList(15, runs.size()).forEach(r -> HistoryFile.append(dir.resolve("b.csv"), r));

        Cli.Result r = cli("history", "merge", "a.csv", "b.csv", "--out", "c.csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Merged a.csv and b.csv into c.csv: 32 runs, 107 rows (17 in both).\n");
        assertThat(History.open(dir.resolve("c.csv")).runs()).hasSize(32);
        assertThat(History.open(dir.resolve("a.csv")).runs()).hasSize(20);

        assertThat(cli("history", "merge", "a.csv", "b.csv").exitCode()).isZero();
        assertThat(History.open(dir.resolve("a.csv")).runs()).hasSize(32);
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(Files.readString(dir.resolve("c.csv")));
    }

    @Test
    void aMergeConflictShowsBothLinesAndWritesNothing() throws IOException {
        Run run = HistoryFixture.runs().get(0);
        HistoryFile.append(dir.resolve("a.csv"), run);
        List<dev.caxton.bench.model.Measurement> other = run.measurements().stream()
                .map(m -> m.id().equals(Fixtures.MEMORY) ? dev.caxton.bench.model.Measurement.of(m.id(), m.unit(), 181) : m)
                .toList();
        HistoryFile.append(dir.resolve("b.csv"), new Run(run.info(), other, Map.of(), List.of()));
        String before = Files.readString(dir.resolve("a.csv"));

        Cli.Result r = cli("history", "merge", "a.csv", "b.csv");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("b.csv line").contains("a.csv line").contains("has different values");
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(before);
    }

    @Test
    void mergeOfAMissingFileIsAUsageError() {
        fixture();
        Cli.Result r = cli("history", "merge", "h.csv", "nope.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv does not exist");
    }

    @Test
    void pruneKeepsTheNewestRunsOrThoseSinceADate() {
        fixture();
        Cli.Result keep = cli("history", "prune", "--keep-last", "10", "--history", "h.csv");
        assertThat(keep.exitCode()).as(keep.err()).isZero();
        assertThat(keep.out()).isEqualTo("Pruned h.csv: removed 22 runs (74 rows), kept 10 runs (33 rows).\n");
        assertThat(History.open(dir.resolve("h.csv")).runs()).hasSize(10);

        Cli.Result since = cli("history", "prune", "--since", "2026-10-30", "--history", "h.csv");
        assertThat(since.exitCode()).as(since.err()).isZero();
        assertThat(History.open(dir.resolve("h.csv")).runs()).extracting(x -> x.info().runId().value())
                .containsExactly("20261030-060000-reference", "20261031-060000-reference", "20261032-060000-reference");
    }

    @Test
    void pruneOfOneBranchLeavesTheOthers() {
        fixture();
        Cli.Result r = cli("history", "prune", "--keep-last", "0", "--branch", "feature/faster", "--history", "h.csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(History.open(dir.resolve("h.csv")).runs()).hasSize(31);
    }

    @Test
    void pruneNeedsExactlyOneRule() {
        fixture();
        assertThat(cli("history", "prune", "--history", "h.csv").exitCode()).isEqualTo(2);
        Cli.Result both = cli("history", "prune", "--keep-last", "3", "--since", "2026-10-01", "--history", "h.csv");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        Cli.Result badDate = cli("history", "prune", "--since", "yesterday", "--history", "h.csv");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'yesterday' is not a date");
        assertThat(History.open(dir.resolve("h.csv")).runs()).hasSize(32);
    }

    @Test
    void importGabMigratesADataJsOnceAndItsSeriesCanBeShown() throws IOException {
        Files.writeString(dir.resolve("data.js"), """
                window.BENCHMARK_DATA = {
                  "lastUpdate": 1700000200000,
                  "repoUrl": "https://github.com/example/router",
                  "entries": {
                    "Router": [
                      {"commit": {"id": "1111111aaaaaaa", "message": "a"}, "date": 1700000000000,
                       "tool": "customSmallerIsBetter",
                       "benches": [{"name": "route", "value": 120, "unit": "ns", "range": "± 3"}]},
                      {"commit": {"id": "2222222bbbbbbb", "message": "b"}, "date": 1700000100000,
                       "tool": "customSmallerIsBetter",
                       "benches": [{"name": "route", "value": 150, "unit": "ns", "range": "± 4"}]}
                    ]
                  }
                }
                """);

        Cli.Result r = cli("history", "import-gab", "data.js", "--branch", "main", "--history", "h.csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Imported 2 runs (").contains("into h.csv, which now holds 2 runs");
        assertThat(cli("history", "import-gab", "data.js", "--branch", "main", "--history", "h.csv").out())
                .contains("which now holds 2 runs");

        Cli.Result list = cli("history", "list", "--history", "h.csv");
        assertThat(list.out()).contains("1111111").contains("2222222").contains("Router").contains("gab").contains("2 of 2 runs");
        Cli.Result show = cli("history", "show", "gab/route/value", "--history", "h.csv");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("120 ns").contains("150 ns").contains("trend   ▁█");
    }

    @Test
    void importGabOfAFileThatIsNoSuchHistorySaysWhatWasExpected() throws IOException {
        Files.writeString(dir.resolve("data.js"), "window.BENCHMARK_DATA = {\"entries\": {\"x\": [{\"date\": 1}]}}");
        Cli.Result r = cli("history", "import-gab", "data.js", "--history", "h.csv");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("data.js: entries[\"x\"][0].commit.id: expected the commit's id")
                .contains("nothing was changed");
        assertThat(dir.resolve("h.csv")).doesNotExist();
    }

    @Test
    void baselinesAreSavedForRunsOfTheHistoryAndListed() {
        fixture();
        Cli.Result save = cli("history", "baseline", "save", "release-1", "20261010-060000-reference", "--history", "h.csv");
        assertThat(save.exitCode()).as(save.err()).isZero();
        assertThat(save.out()).isEqualTo("Baseline 'release-1' is run 20261010-060000-reference (baselines"
                + java.io.File.separator + "release-1).\n");

        Cli.Result list = cli("history", "baseline", "list", "--history", "h.csv");
        assertThat(list.out()).containsPattern("release-1 +20261010-060000-reference +2026-10-10 06:00 +[0-9a-f]{7} +main");

        Cli.Result unknown = cli("history", "baseline", "save", "x", "2026-nope", "--history", "h.csv");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No run '2026-nope' in h.csv. The newest runs are: 20261032-060000-reference");
        Cli.Result badName = cli("history", "baseline", "save", "-x", "20261010-060000-reference", "--history", "h.csv");
        assertThat(badName.exitCode()).isEqualTo(2);
    }

    @Test
    void runAppendsToTheHistoryBesideItsOutputUnlessToldNot() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--output", "out", "--no-progress");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(History.open(dir.resolve("out/history.csv")).runs()).hasSize(1);

        Cli.Result elsewhere = cli("run", "--suite", "tiny", "--system", "naive", "--output", "out2", "--no-progress",
                "--history", "shared.csv");
        assertThat(elsewhere.out()).contains("History: shared.csv (+2 rows, run run-1-naive)");
        assertThat(dir.resolve("out2/history.csv")).doesNotExist();

        Cli.Result none = cli("run", "--suite", "tiny", "--system", "naive", "--output", "out3", "--no-progress",
                "--no-history");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).doesNotContain("History:");
        assertThat(dir.resolve("out3/history.csv")).doesNotExist();
        assertThat(cli("run", "--suite", "tiny", "--no-history", "--history", "x.csv").exitCode()).isEqualTo(2);
    }

    @Test
    void aRunWhoseHistoryIsBrokenIsStillSavedAndTheMessageSaysHowToAddItLater() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/history.csv"), "this is not a history\n");

        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--output", "out", "--no-progress");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("out/runs/run-1-naive.json")).exists();
        assertThat(r.out()).contains("Run file: out").doesNotContain("History:");
        assertThat(r.err()).contains("run run-1-naive is saved in out" + java.io.File.separator + "runs"
                        + java.io.File.separator + "run-1-naive.json, but was not added to the history out"
                        + java.io.File.separator + "history.csv: out" + java.io.File.separator + "history.csv line 1: ")
                .contains("caxton-bench history add out").contains("(exit 1)");
        assertThat(Files.readString(dir.resolve("out/history.csv"))).isEqualTo("this is not a history\n");
    }

    @Test
    void anImportedRunThatMissedTheHistoryIsAddedLaterOnce() throws IOException {
        try (InputStream in = HistoryCommandTest.class.getResourceAsStream("import/cargo-bench.txt")) {
            Files.copy(in, dir.resolve("cargo-bench.txt"));
        }
        Files.createDirectories(dir.resolve(".caxton-bench"));
        Files.writeString(dir.resolve(".caxton-bench/history.csv"), "broken,header\n");
        Cli.Result imported = Cli.run(dir, Map.of(), Engine.standard(), "import", "cargo-bench.txt");
        assertThat(imported.exitCode()).isEqualTo(1);
        Path runFile;
        try (Stream<Path> s = Files.list(dir.resolve(".caxton-bench/runs"))) {
            runFile = s.findFirst().orElseThrow();
        }

        Files.delete(dir.resolve(".caxton-bench/history.csv"));
        Cli.Result added = cli("history", "add", dir.relativize(runFile).toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("History: .caxton-bench" + java.io.File.separator + "history.csv (+4 rows");
        assertThat(cli("history", "add", dir.relativize(runFile).toString()).out()).contains("already; skipped");
        assertThat(History.open(dir.resolve(".caxton-bench/history.csv")).runs()).hasSize(1);
    }

    @Test
    void historyAddAppendsWithoutReadingTheHistoryLikeImport() throws IOException {
        try (InputStream in = HistoryCommandTest.class.getResourceAsStream("import/cargo-bench.txt")) {
            Files.copy(in, dir.resolve("cargo-bench.txt"));
        }
        Cli.Result imported = Cli.run(dir, Map.of(), Engine.standard(), "import", "cargo-bench.txt", "--no-history");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path runFile;
        try (Stream<Path> s = Files.list(dir.resolve(".caxton-bench/runs"))) {
            runFile = s.findFirst().orElseThrow();
        }
        // a history whose only row is malformed (a value that is not a number): a strict read refuses it,
        // yet an append needs only the header and the run ids, as import's does
        Path history = dir.resolve("old.csv");
        String good = Files.readString(fixture());
        String[] lines = good.split("\n");
        Files.writeString(history, lines[0] + "\n" + lines[1].replaceFirst(",([0-9.]+),", ",not-a-number,") + "\n");
        assertThatThrownBy(() -> History.open(history)).isInstanceOf(HistoryFormatException.class);

        Cli.Result added = cli("history", "add", dir.relativize(runFile).toString(), "--history", "old.csv");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("(+4 rows");
        assertThat(cli("history", "add", dir.relativize(runFile).toString(), "--history", "old.csv").out())
                .contains("already; skipped");
        assertThat(History.open(history, ReadMode.LENIENT).runs()).hasSize(1);
    }

    @Test
    void changePointsAreColouredOnATerminalUnlessNoColorIsSet() {
        fixture();
        String[] args = {"history", "trend", "--history", "h.csv", "--branch", "main", "--environment", HERE};
        assertThat(onTerminal(Map.of("TERM", "xterm"), args)).contains("\u001B[31m▼ -29.7% regression\u001B[0m");
        assertThat(onTerminal(Map.of("TERM", "xterm", "NO_COLOR", "1"), args)).doesNotContain("\u001B")
                .contains("▼ -29.7% regression");
    }

    @Test
    void historyWithoutASubcommandPrintsItsUsage() {
        Cli.Result r = cli("history");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("list").contains("trend").contains("merge").contains("import-gab");
    }

    private String onTerminal(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(Main.execute(args, new Invocation(o, e, env, dir, true), new FakeEngine())).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
