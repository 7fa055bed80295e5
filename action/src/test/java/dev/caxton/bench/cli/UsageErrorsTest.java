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
}
