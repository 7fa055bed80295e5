package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.suite.RunRequest;

class MainTest {
    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();

    private Cli.Result cli(String... args) {
        return Cli.run(dir, Map.of(), engine, args);
    }

    private Cli.Result cli(Map<String, String> env, String... args) {
        return Cli.run(dir, env, engine, args);
    }

    @Test
    void anUnknownProfileIsAUsageErrorThatListsTheProfiles() {
        Cli.Result r = cli("run", "--profile", "huge");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown profile 'huge'. Known profiles are: smoke, quick, full");
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void anUnknownSuiteIsAUsageErrorThatListsTheSuites() {
        Cli.Result r = cli("run", "--suite", "nope");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown suite 'nope'. Known suites are: ").contains("tiny");
    }

    @Test
    void anUnknownSystemIsAUsageErrorThatListsTheSystems() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive,akka");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown agent system 'akka'. Known systems are: ").contains("naive");
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void aWrongFlagIsAUsageErrorNamingTheFlag() {
        Cli.Result r = cli("run", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'").contains("caxton-bench run --help");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = cli("frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'frobnicate'");
    }

    @Test
    void noCommandIsAUsageErrorThatShowsTheCommands() {
        Cli.Result r = cli();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("run").contains("systems").contains("suites");
    }

    @Test
    void anUnknownFailOnLevelListsTheLevels() {
        Cli.Result r = cli("run", "--suite", "tiny", "--fail-on", "sometimes");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Known levels are: never, error, failing, critical, regression, acceptable");
    }

    @Test
    void anInvalidRegularExpressionIsAUsageError() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--include", "(");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--include");
    }

    @Test
    void aSelectionThatLeavesNothingListsTheBenchmarks() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--include", "gamma");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Its benchmarks are: alpha, beta");
    }

    @Test
    void anExcludeThatMatchesNoBenchmarkIsAUsageErrorThatListsTheBenchmarks() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--include", "al", "--exclude", "p99");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The exclude filter 'p99' matches no benchmark of suite 'tiny'")
                .contains("Its benchmarks are: alpha, beta").doesNotContain("internal error");
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void anIncludeThatMatchesNoBenchmarkIsAUsageErrorEvenBesideOneThatDoes() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--include", "al", "--include", "gamma");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The include filter 'gamma' matches no benchmark").doesNotContain("internal error");
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void aMissingTargetsFileIsAUsageError() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--targets", "nowhere.conf");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The targets file nowhere.conf does not exist");
    }

    @Test
    void aBadParallelismIsAUsageError() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--parallelism", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("parallelism must be at least 1, got 0");
    }

    @Test
    void systemsListsTheRegisteredSystemsWithTheirDescriptions() {
        Cli.Result r = cli("systems");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^naive +Baseline: one executor task per message");
    }

    @Test
    void suitesListsTheRegisteredSuitesAndTheirBenchmarks() {
        Cli.Result r = cli("suites");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^tiny +Two constant benchmarks").contains("benchmarks: alpha, beta");
    }

    @Test
    void versionNamesTheProjectVersion() {
        Cli.Result r = cli("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("caxton-bench 0.").doesNotContain("${");
    }

    @Test
    void helpOfRunListsItsOptionsWithDefaults() {
        Cli.Result r = cli("run", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("--suite=NAME").contains("(default: agent)").contains("(default: quick)")
                .contains("(default: reference)").contains("(default: .caxton-bench)").contains("--no-progress");
    }

    @Test
    void runWritesARunFilePrintsTheSummaryAndSaysWhereTheFileIs() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--output", "out", "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path file = dir.resolve("out/runs/run-1-naive.json");
        assertThat(file).exists();
        assertThat(r.out()).contains("message_throughput/throughput").contains("8.12M msg/s").contains("✅ target")
                .endsWith("Run file: out" + java.io.File.separator + "runs" + java.io.File.separator + "run-1-naive.json"
                        + System.lineSeparator() + "History: out" + java.io.File.separator + "history.csv (+2 rows, run "
                        + "run-1-naive)" + System.lineSeparator() + "Compared: No baseline: no earlier run on main in "
                        + "environment " + Fixtures.ENVIRONMENT.fingerprint() + "; all 2 metrics are new."
                        + System.lineSeparator()
                        + "Report: out" + java.io.File.separator + "report.md" + System.lineSeparator());
        assertThat(dir.resolve("out/report.md")).exists();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void runPassesTheOptionsOnToTheLibrary() {
        cli(Map.of("GITHUB_SHA", "feedbeef", "GITHUB_REF", "refs/pull/12/merge", "GITHUB_HEAD_REF", "faster"),
                "run", "--suite", "tiny", "--system", "naive", "--profile", "smoke", "--parallelism", "3",
                "--option", "slowdown.percent=10", "--option", "batch=64", "--include", "a", "--exclude", "be",
                "--no-progress");

        RunRequest q = engine.requests.get(0);
        assertThat(q.suite()).isEqualTo("tiny");
        assertThat(q.profile()).isEqualTo(Profile.SMOKE);
        assertThat(q.system()).isEqualTo("naive");
        assertThat(q.config().parallelism()).isEqualTo(3);
        assertThat(q.config().options()).containsExactlyInAnyOrderEntriesOf(Map.of("slowdown.percent", "10", "batch", "64"));
        assertThat(q.include()).map(Pattern::pattern).containsExactly("a");
        assertThat(q.exclude()).map(Pattern::pattern).containsExactly("be");
        assertThat(q.commit()).contains("feedbeef");
        assertThat(q.branch()).contains("faster");
        assertThat(q.pullRequest()).contains(12);
    }

    @Test
    void runDefaultsToTheAgentSuiteQuickProfileAndReferenceRuntime() {
        RunRequest defaults = RunRequest.defaults();
        Cli.Result r = cli("run", "--help");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("(default: " + defaults.suite() + ")")
                .contains("(default: " + defaults.profile().label() + ")")
                .contains("(default: " + defaults.system() + ")");
    }

    @Test
    void severalSystemsRunSideBySideWithOneFileEach() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive,stub", "--system", "naive", "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(engine.requests).map(RunRequest::system).containsExactly("naive", "stub");
        assertThat(dir.resolve(".caxton-bench/runs/run-1-naive.json")).exists();
        assertThat(dir.resolve(".caxton-bench/runs/run-2-stub.json")).exists();
        assertThat(r.out()).contains("2 systems: naive, stub").containsPattern("target tier +naive +stub")
                .contains("Run files:").contains("  naive: .caxton-bench").contains("  stub: .caxton-bench");
    }

    @Test
    void aFailedBenchmarkExitsWithOneUnlessFailOnIsNever() {
        engine.failures = List.of(new BenchmarkFailure("tiny", "beta", "hung"));

        Cli.Result failed = cli("run", "--suite", "tiny", "--system", "naive", "--no-progress");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("1 benchmark failed:").contains("✗ beta: hung");
        assertThat(failed.err()).contains("1 benchmark failed (exit 1; --fail-on=never ignores this)");

        assertThat(cli("run", "--suite", "tiny", "--system", "naive", "--no-progress", "--fail-on", "never").exitCode())
                .isZero();
    }

    @Test
    void gradesFailTheRunOnlyWhenFailOnAsksForIt() {
        engine.p99Nanos = 200_000_000; // 200 ms: failing against <= 10 / 50 / 100 ms

        assertThat(cli("run", "--suite", "tiny", "--system", "naive", "--no-progress").exitCode()).isZero();
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive", "--no-progress", "--fail-on", "failing");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--fail-on=failing and 1 value grades below it: naive request_latency/p99 (failing)");
    }

    @Test
    void readsTargetsFromTheOutputFolderWhenTheFileExists() throws IOException {
        assertThat(cli("run", "--suite", "tiny", "--system", "naive", "--no-progress").exitCode()).isZero();
        assertThat(engine.targetsFile).isEmpty();

        Path conf = Files.writeString(dir.resolve(".caxton-bench/targets.conf"), "# none\n");
        cli("run", "--suite", "tiny", "--system", "naive", "--no-progress");
        assertThat(engine.targetsFile).contains(conf);

        Path other = Files.writeString(dir.resolve("mine.conf"), "# none\n");
        cli("run", "--suite", "tiny", "--system", "naive", "--no-progress", "--targets", "mine.conf");
        assertThat(engine.targetsFile).isEqualTo(Optional.of(other));
    }

    @Test
    void progressGoesToStderrOneLinePerEventWhenNotOnATerminal() {
        Cli.Result r = cli("run", "--suite", "tiny", "--system", "naive");
        assertThat(r.err()).contains("tiny suite on naive: 2 benchmarks, about 2 s")
                .contains("[2/2] request_latency: done in 1 s").doesNotContain("\r").doesNotContain("\u001B");
        assertThat(r.out()).doesNotContain("[2/2]");
    }

    @Test
    void noColourAndNoRedrawWithoutAConsole() {
        Cli.Result r = cli(Map.of("TERM", "xterm-256color"), "run", "--suite", "tiny", "--system", "naive");
        assertThat(r.out() + r.err()).doesNotContain("\u001B").doesNotContain("\r");
    }

    @Test
    void noColorTurnsColourOffOnATerminal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Invocation withColour = new Invocation(o, e, Map.of("TERM", "xterm"), dir, true);
        Invocation noColour = new Invocation(o, e, Map.of("TERM", "xterm", "NO_COLOR", "1"), dir, true);
        Invocation dumb = new Invocation(o, e, Map.of("TERM", "dumb"), dir, true);

        assertThat(withColour.style()).isEqualTo(Style.COLOUR);
        assertThat(noColour.style()).isEqualTo(Style.PLAIN);
        assertThat(noColour.terminal()).isTrue();
        assertThat(dumb.terminal()).isFalse();
        assertThat(dumb.style()).isEqualTo(Style.PLAIN);

        int code = Main.execute(new String[] {"run", "--suite", "tiny", "--system", "naive"}, noColour, engine);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain("\u001B[3")
                .doesNotContain("\u001B[1m").contains("\r");
    }
}
