package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.model.LatencyRecorder;
import dev.caxton.bench.model.Run;

/**
 * {@code history push} and {@code pull} end to end, against a bare repository on disk: the commands
 * parse their flags, call the history branch and print; Main turns its exceptions into exit codes.
 * (The branch's own behaviour is tested in the history module.)
 */
class HistoryBranchCommandTest {
    @TempDir
    Path tmp;
    Map<String, String> env;
    Path remote;

    @BeforeEach
    void setUp() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        env = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "GIT_CONFIG_NOSYSTEM", "1", "GIT_AUTHOR_NAME", "Test Runner", "GIT_AUTHOR_EMAIL", "runner@example.com",
                "GIT_COMMITTER_NAME", "Test Runner", "GIT_COMMITTER_EMAIL", "runner@example.com");
        remote = tmp.resolve("remote.git");
        git(tmp, "init", "--bare", "--quiet", remote.toString());
    }

    private Path checkout(String name) throws Exception {
        git(tmp, "clone", "--quiet", remote.toString(), name);
        return tmp.resolve(name);
    }

    private void git(Path dir, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(concat("git", args)).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", List.of(args), output).isZero();
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    @Test
    void pushThenPullInAnotherCheckoutAndTheirMistakesAsExitCodes() throws Exception {
        Path a = checkout("a");
        Path history = a.resolve(".caxton-bench/history.csv");
        LatencyRecorder latency = new LatencyRecorder();
        latency.recordNanos(12_345);
        Run run = new Run(Fixtures.info("run-a-1", "reference"), Fixtures.reference().measurements(),
                Map.of(Fixtures.P50.withMetric("latency").canonical(), latency.snapshot()), List.of());
        HistoryFile.append(history, run);
        HistogramStore.write(HistogramStore.besideHistory(history), run);

        Cli.Result push = Cli.run(a, env, "history", "push");
        assertThat(push.exitCode()).as(push.err()).isZero();
        assertThat(push.out()).startsWith("Pushed run run-a-1 to origin/caxton-bench-history (a new branch): commit ")
                .endsWith(", 1 attempt, 0 merges.\n");

        Cli.Result again = Cli.run(a, env, "history", "push");
        assertThat(again.out()).isEqualTo("Nothing to push: origin/caxton-bench-history holds every run of "
                + ".caxton-bench/history.csv.\n");

        Path b = checkout("b");
        Cli.Result pull = Cli.run(b, env, "history", "pull");
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(pull.out()).isEqualTo("Pulled 1 new run from origin/caxton-bench-history into "
                + ".caxton-bench/history.csv (+1 histogram log).\n");

        Cli.Result noBranch = Cli.run(b, env, "history", "pull", "--branch", "elsewhere");
        assertThat(noBranch.exitCode()).isZero();
        assertThat(noBranch.out()).startsWith("origin/elsewhere does not exist yet; nothing to pull");

        Cli.Result none = Cli.run(b, env, "history", "push", "--remote", "nowhere");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no remote 'nowhere'").endsWith("(exit 2).\n");

        Cli.Result notARepository = Cli.run(Files.createDirectories(tmp.resolve("plain")), env, "history", "pull");
        assertThat(notARepository.exitCode()).isEqualTo(2);
        assertThat(notARepository.err()).contains("is not inside a git repository").endsWith("(exit 2).\n");

        Cli.Result badBranch = Cli.run(b, env, "history", "push", "--branch", "a b");
        assertThat(badBranch.exitCode()).isEqualTo(2);
        assertThat(badBranch.err()).contains("'a b' is not a valid branch name");
    }

    @Test
    void everyKindOfBranchProblemHasAnExitCode() {
        assertThat(Main.exitCode(dev.caxton.bench.history.branch.HistoryBranchException.Kind.NO_GIT))
                .isEqualTo(ExitCode.USAGE);
        for (var kind : dev.caxton.bench.history.branch.HistoryBranchException.Kind.values()) {
            assertThat(Main.exitCode(kind)).isIn(ExitCode.USAGE, ExitCode.POLICY_FAILURE);
        }
        assertThat(Main.exitCode(dev.caxton.bench.history.branch.HistoryBranchException.Kind.AUTHENTICATION))
                .isEqualTo(ExitCode.POLICY_FAILURE);
    }
}
