package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunProfile;

/** The command with the real library: the agent suite, smoke profile, real systems. */
@Tag("e2e")
class CliEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void runOfTheSmokeProfileAgainstNaiveWritesARunFileThatReadsBack() throws IOException {
        Cli.Result r = Cli.run(dir, Map.of(), "run", "--profile", "smoke", "--system", "naive", "--output",
                dir.resolve("out").toString(), "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Path> files = runFiles(dir.resolve("out/runs"));
        assertThat(files).hasSize(1);
        Run run = RunFiles.read(files.get(0));
        assertThat(run.info().suite()).isEqualTo("agent");
        assertThat(run.info().profile()).isEqualTo(RunProfile.of(Profile.SMOKE));
        assertThat(run.info().system()).isEqualTo("naive");
        assertThat(run.measurements()).isNotEmpty();
        assertThat(r.out()).contains("agent suite · smoke profile · naive").contains("metric").contains("grade")
                .contains("Run file: out");
    }

    @Test
    void twoSmokeRunsAgainstNaiveAreAppendedToTheHistoryAndReadBackByListShowAndTrend() throws IOException {
        for (int i = 0; i < 2; i++) {
            Cli.Result r = Cli.run(dir, Map.of(), "run", "--profile", "smoke", "--system", "naive", "--output",
                    dir.resolve("out").toString(), "--no-progress", "--fail-on", "never");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("History: out" + java.io.File.separator + "history.csv (+");
        }
        List<Path> files = runFiles(dir.resolve("out/runs"));
        assertThat(files).hasSize(2);
        List<String> ids = files.stream().map(f -> RunFiles.read(f).info().runId().value()).toList();

        Cli.Result list = Cli.run(dir, Map.of(), "history", "list", "--history", "out/history.csv");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(ids.get(0)).contains(ids.get(1)).contains("2 of 2 runs.")
                .containsPattern("agent +naive +smoke");

        Cli.Result trend = Cli.run(dir, Map.of(), "history", "trend", "--history", "out/history.csv");
        assertThat(trend.exitCode()).as(trend.err()).isZero();
        assertThat(trend.out()).contains("last 2 runs").containsPattern("request_latency/p50\\S* +[▁-█ ]{2} ");

        Run first = RunFiles.read(files.get(0));
        String metric = first.measurements().get(0).id().canonical();
        Cli.Result show = Cli.run(dir, Map.of(), "history", "show", metric, "--history", "out/history.csv");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).startsWith(metric + " · ").contains("the last 2 of 2 runs").contains(ids.get(0))
                .contains(ids.get(1)).contains("newest  ");
        if (!first.histograms().isEmpty()) {
            assertThat(dir.resolve("out/histograms/" + first.info().runId() + ".hlog")).exists();
        }
    }

    @Test
    void naiveAndReferenceRunSideBySide() throws IOException {
        Cli.Result r = Cli.run(dir, Map.of(), "run", "--profile", "smoke", "--system", "reference,naive",
                "--fail-on", "never");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Path> files = runFiles(dir.resolve(".caxton-bench/runs"));
        assertThat(files).hasSize(2);
        assertThat(files).map(f -> RunFiles.read(f).info().system()).containsExactlyInAnyOrder("reference", "naive");
        assertThat(r.out()).contains("2 systems: reference, naive").containsPattern("target tier +reference +naive");
        assertThat(r.err()).contains("agent suite on reference").contains("agent suite on naive");
    }

    @Test
    void runOfTheJmhSuiteRunsTheAgentJmhBenchmarksAgainstTheChosenSystem() throws IOException {
        System.setProperty("jmh.ignoreLock", "true"); // other builds on the machine may run JMH at the same time

        Cli.Result r = Cli.run(dir, Map.of(), "run", "--suite", "jmh", "--profile", "smoke", "--include",
                "AgentResponseTime", "--system", "naive", "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Run run = RunFiles.read(runFiles(dir.resolve(".caxton-bench/runs")).get(0));
        assertThat(run.info().suite()).isEqualTo("jmh");
        assertThat(run.info().profile()).isEqualTo(RunProfile.of(Profile.SMOKE));
        assertThat(run.measurements()).extracting(m -> SummaryTable.metricName(m.id()))
                .contains("dev.caxton.bench.agent.jmh.AgentResponseTimeBenchmark.respond/p99[system=naive]");
        assertThat(r.out()).contains("jmh suite · smoke profile · naive");
    }

    @Test
    void systemsListsTheReferenceRuntimeAndTheNaiveBaseline() {
        Cli.Result r = Cli.run(dir, Map.of(), "systems");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^naive ").containsPattern("(?m)^reference ");
    }

    @Test
    void suitesListsTheAgentSuite() {
        Cli.Result r = Cli.run(dir, Map.of(), "suites");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("(?m)^agent ").containsPattern("(?m)^jmh ")
                .contains("dev.caxton.bench.agent.jmh.MessageThroughputBenchmark.routeMessages");
    }

    private static List<Path> runFiles(Path runs) throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
