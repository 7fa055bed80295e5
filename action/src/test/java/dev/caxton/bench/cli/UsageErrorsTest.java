package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit of user mistakes across every command: each is answered with its exit code (2 for a wrong
 * command line, 1 for a file whose content is wrong) and a message naming the problem, never as an
 * internal error with a stack trace.
 */
class UsageErrorsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void aHistoryWithOneRun() throws IOException {
        Cli.Result r = Cli.run(dir, Map.of(), "run", "--suite", "tiny", "--system", "naive", "--profile", "smoke",
                "--no-progress");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Files.writeString(dir.resolve("not-history.csv"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.writeString(dir.resolve("not-a-run.json"), "{\"schema\": \"something else\"}\n");
        // issue 12: hostile names and numbers
        Files.writeString(dir.resolve("newline.json"), "[{\"name\":\"a\\nb\",\"unit\":\"ns\",\"value\":1}]");
        Files.writeString(dir.resolve("surrogate.json"), "[{\"name\":\"\\ud800\",\"unit\":\"ns\",\"value\":1}]");
        Files.writeString(dir.resolve("overflow.json"), "[{\"name\":\"x\",\"unit\":\"ns\",\"value\":1e309}]");
        Files.writeString(dir.resolve("param.json"), "[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\",\"params\":"
                + "{\"size\":\"\\ud800\"},\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ops/s\"}}]");
        Path runFile;
        try (Stream<Path> runs = Files.list(dir.resolve(".caxton-bench/runs"))) {
            runFile = runs.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        // a run file written before names were checked: its id holds a line break
        Files.writeString(dir.resolve("old-run.json"), Files.readString(runFile)
                .replaceFirst("\"runId\": \"[^\"]+\"", "\"runId\": \"old-run\"")
                .replaceFirst("\"id\": \"tiny/", "\"id\": \"tiny/a\\\\nb"));
        // a history holding an infinite value (JMH's +INF, which is carried) then a finite one
        String jmh = "[{\"benchmark\":\"a.B.c\",\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":%s,"
                + "\"scoreUnit\":\"ops/s\"}}]";
        Files.writeString(dir.resolve("inf.json"), jmh.formatted("\"+INF\""));
        Files.writeString(dir.resolve("five.json"), jmh.formatted("5"));
        for (String f : new String[] {"inf.json", "five.json"}) {
            Cli.Result i = Cli.run(dir, Map.of(), "import", f, "--history", "inf.csv");
            assertThat(i.exitCode()).as(i.err()).isZero();
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake(2, "matches no benchmark", "run", "--suite", "tiny", "--system", "naive", "--exclude", "p99"),
                mistake(2, "matches no benchmark", "run", "--suite", "tiny", "--system", "naive", "--include", "x", "--include", "al"),
                mistake(2, "--include", "run", "--suite", "tiny", "--include", "("),
                mistake(2, "Unknown profile", "run", "--profile", "bogus"),
                mistake(2, "Unknown suite", "run", "--suite", "bogus"),
                mistake(2, "Unknown agent system", "run", "--suite", "tiny", "--system", "bogus"),
                mistake(2, "--system needs a name", "run", "--suite", "tiny", "--system", ",,"),
                mistake(2, "shard", "run", "--suite", "tiny", "--shard", "5/4"),
                mistake(2, "shard", "run", "--suite", "tiny", "--shard", "x"),
                mistake(2, "--fail-on", "run", "--suite", "tiny", "--fail-on", "bogus"),
                mistake(2, "not-history.csv:1", "run", "--suite", "tiny", "--system", "naive", "--targets", "not-history.csv"),
                mistake(2, "does not exist", "import", "nowhere.json"),
                mistake(2, "Unknown import format", "import", "--format", "bogus", "nowhere.json"),
                mistake(2, "Unknown unit", "import", "--hlog-unit", "bogus", "nowhere.hlog"),
                mistake(2, "--baseline 'bogus'", "compare", "--baseline", "bogus"),
                mistake(2, "no run 'nowhere'", "compare", "--run", "nowhere"),
                mistake(2, "Cannot read run file", "compare", "--run", "not-a-run.json"),
                mistake(2, "Unknown report format", "report", "--format", "bogus"),
                mistake(2, "No metric 'bogus/metric'", "history", "show", "bogus/metric"),
                mistake(2, "No metric '[[['", "history", "show", "[[["),
                mistake(2, "--last", "history", "trend", "--last", "0"),
                mistake(2, "No run of suite 'nope'", "history", "trend", "--suite", "nope"),
                mistake(2, "--keep-last", "history", "prune", "--keep-last", "-1"),
                mistake(2, "not a date", "history", "prune", "--since", "bogus"),
                mistake(2, "No run 'bogusrun'", "history", "baseline", "save", "n", "bogusrun"),
                mistake(2, "--title", "history", "html", "--title", ""),
                mistake(2, "Cannot read run file", "history", "add", "not-a-run.json"),
                mistake(2, "Cannot read run file", "merge", "--out", "m.json", "not-a-run.json"),
                mistake(1, "expected the header", "history", "merge", ".caxton-bench/history.csv", "not-history.csv"),
                mistake(1, "cannot tell the format", "import", "not-history.csv"),
                mistake(1, "newline.json: $[0].name: The benchmark name 'a\\nb' holds the control character line feed",
                        "import", "newline.json"),
                mistake(1, "surrogate.json: $[0].name: The benchmark name '\\ud800' holds an unpaired UTF-16 surrogate",
                        "import", "surrogate.json"),
                mistake(1, "param.json: $[0]: The value of the parameter size '\\ud800'", "import", "param.json"),
                mistake(1, "overflow.json: $[0].value: the number is beyond the range of a double", "import",
                        "overflow.json"),
                mistake(2, "old-run.json at $.measurements[0].id: The benchmark name 'a\\nb", "history", "add",
                        "old-run.json"),
                mistake(2, "Unknown mode", "ci", "--mode", "bogus"),
                mistake(2, "Unknown option", "systems", "--bogus"));
    }

    private static Arguments mistake(int exitCode, String message, String... args) {
        return Arguments.of(String.join(" ", args), exitCode, message, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aUserMistakeIsNamedWithItsExitCodeNeverAsAnInternalError(String line, int exitCode, String message,
                                                                  String[] args) {
        Cli.Result r = Cli.run(dir, Map.of(), args);

        assertThat(r.err()).contains(message).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
    }

    /** JMH's {@code +INF} is carried into the history, so every reader and formatter shows it (issue 12, item 5). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aHistoryHoldingAnInfiniteValueIsShownByEveryReader(String line, String[] args) {
        Cli.Result r = Cli.run(dir, Map.of(), args);

        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    static Stream<Arguments> readers() {
        return Stream.of(new String[] {"history", "trend", "--history", "inf.csv"},
                        new String[] {"history", "show", "jmh/a.B.c/thrpt", "--history", "inf.csv"},
                        new String[] {"history", "list", "--history", "inf.csv"},
                        new String[] {"history", "html", "--history", "inf.csv", "--out", "inf.html"},
                        new String[] {"compare", "--history", "inf.csv"},
                        new String[] {"report", "--history", "inf.csv"})
                .map(a -> Arguments.of(String.join(" ", a), a));
    }
}
