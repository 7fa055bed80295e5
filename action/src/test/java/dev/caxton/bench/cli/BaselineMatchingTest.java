package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.RunFiles;

/**
 * Only runs of the same kind compare: real {@code run}s of the test suite {@code tiny} under two profiles, then
 * {@code compare} with an explicit baseline, and {@code ci} after a run of another profile.
 */
class BaselineMatchingTest {
    @TempDir
    Path dir;

    private Cli.Result run(String profile) {
        Cli.Result r = Cli.run(dir, Map.of(), "run", "--suite", "tiny", "--system", "naive", "--profile", profile,
                "--output", "out", "--no-progress");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        return r;
    }

    private List<String> runIds() throws IOException {
        try (var files = Files.list(dir.resolve("out/runs"))) {
            return files.map(f -> RunFiles.read(f)).sorted((a, b) -> a.info().runId().compareTo(b.info().runId()))
                    .map(r -> r.info().profile().label() + ":" + r.info().runId().value()).toList();
        }
    }

    private String idOf(String profile) throws IOException {
        return runIds().stream().filter(s -> s.startsWith(profile + ":")).findFirst().orElseThrow()
                .substring(profile.length() + 1);
    }

    @Test
    void aSmokeRunAfterAQuickRunHasNoBaselineAndSaysItPassedOverTheQuickRun() {
        run("quick");

        Cli.Result smoke = run("smoke");

        String fp = Environment.detect().fingerprint();
        assertThat(smoke.out()).contains("Compared: No baseline: no earlier run without a branch in environment " + fp
                + "; passed over 1 run: 1 of profile quick (this run is smoke); all 2 metrics are new.");
        Cli.Result again = run("smoke");
        assertThat(again.out()).contains("Compared: 0 regressions, 0 improvements, 2 unchanged")
                .containsPattern("baseline previous run \\S+ without a branch \\(not in git\\)");
    }

    @Test
    void anExplicitBaselineOfAnotherProfileIsRefusedWithTheFlagThatForcesIt() throws IOException {
        run("quick");
        run("smoke");
        String quick = idOf("quick");
        String smoke = idOf("smoke");

        Cli.Result refused = Cli.run(dir, Map.of(), "compare", "--history", "out/history.csv", "--run", smoke,
                "--baseline", quick);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("caxton-bench: The baseline run " + quick + " is of profile quick, but this "
                + "run is of profile smoke: only runs of the same suite, system, profile, shard and environment compare. "
                + "Name a run of the same kind ('caxton-bench history list'), or pass --force-baseline to compare "
                + "anyway");
        Cli.Result forced = Cli.run(dir, Map.of(), "compare", "--history", "out/history.csv", "--run", smoke,
                "--baseline", quick, "--force-baseline");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("2 unchanged").contains("baseline run " + quick + " (--baseline), of profile "
                + "quick while this run is of profile smoke (--force-baseline)");
    }

    @Test
    void aBaselineNamedForAnotherProfileIsRefusedToo() throws IOException {
        run("quick");
        run("smoke");
        assertThat(Cli.run(dir, Map.of(), "history", "baseline", "save", "release", idOf("quick"), "--history",
                "out/history.csv").exitCode()).isZero();

        Cli.Result r = Cli.run(dir, Map.of(), "compare", "--history", "out/history.csv", "--run", idOf("smoke"),
                "--baseline", "release");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The baseline 'release' (run " + idOf("quick") + ") is of profile quick");
    }

    @Test
    void ciAfterARunOfAnotherProfileHasNoBaseline() throws IOException {
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(ActionsFixture.BASE_SHA),
                "http://127.0.0.1:1", null, ActionsFixture.BASE_SHA, "refs/heads/main");
        FakeEngine engine = new FakeEngine();
        assertThat(Cli.run(dir, push, engine, "ci", "--suite", "tiny", "--system", "naive", "--comment", "never")
                .exitCode()).isZero();

        Cli.Result smoke = Cli.run(dir, push, engine, "ci", "--suite", "tiny", "--system", "naive", "--profile",
                "smoke", "--comment", "never");

        assertThat(smoke.exitCode()).as(smoke.out() + smoke.err()).isZero();
        assertThat(smoke.out()).contains("passed over 1 run: 1 of profile quick (this run is smoke)");
        assertThat(Files.readString(dir.resolve("output.txt"))).startsWith("verdict=no-baseline\n");
    }
}
