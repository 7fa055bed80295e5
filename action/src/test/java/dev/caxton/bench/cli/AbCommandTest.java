package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.caxton.bench.model.RunFiles;

/**
 * {@code caxton-bench ab} as users run it: real child JVMs (this test's class path, through the CLI's main),
 * its files, and its errors. The smallest real runs: two rounds of the cheapest benchmark.
 */
class AbCommandTest {
    @TempDir
    Path dir;

    static final String[] SMALL = {"ab", "--profile", "smoke", "--include", "^spawn_time$", "--rounds", "2"};

    static String[] with(String... more) {
        String[] out = new String[SMALL.length + more.length];
        System.arraycopy(SMALL, 0, out, 0, SMALL.length);
        System.arraycopy(more, 0, out, SMALL.length, more.length);
        return out;
    }

    @Test
    void identicalSidesWriteBothRunsTheComparisonAndTheReportAndRaiseNoRegression() throws Exception {
        Cli.Result r = Cli.run(dir, Map.of(), with("--output", "out"));

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("2 rounds of reference").contains("round 1/2 base").contains("round 2/2 head");
        Path ab = dir.resolve("out/ab");
        assertThat(RunFiles.read(ab.resolve("base.json")).measurements()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.samples()).hasSize(2));
        assertThat(RunFiles.read(ab.resolve("head.json")).measurements()).isNotEmpty();
        JsonNode json = new ObjectMapper().readTree(ab.resolve("comparison.json").toFile());
        assertThat(json.get("schema").asText()).isEqualTo("caxton-bench/comparison/1");
        assertThat(json.get("regressions").asInt()).isZero();
        assertThat(json.get("metrics")).allSatisfy(m -> {
            assertThat(m.get("evidence").asText()).isIn("paired rounds", "none");
            assertThat(m.get("verdict").asText()).isNotEqualTo("regression");
        });
        // two rounds cannot reach p < 0.01: the verdicts say so, and how many rounds are needed
        assertThat(json.get("metrics")).anySatisfy(m -> assertThat(m.get("reason").asText())
                .contains("2 rounds cannot reach p < 0.01").contains("needs at least 8"));
        assertThat(Files.readString(ab.resolve("report.md"))).contains("A/B on one runner: 2 interleaved rounds");
        assertThat(r.out()).contains("Detectable").contains("Results: ");
        assertThat(ab.resolve("logs/01-base.log")).exists();
        assertThat(ab.resolve("logs/02-head.log")).exists();
    }

    @Test
    void aSideThatFailsNamesTheSideTheRoundAndItsLogAndExitsOne() {
        Cli.Result r = Cli.run(dir, Map.of(), with("--head-system", "no-such-system"));

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("the head side of round 1 failed with exit code 2").contains("01-head.log")
                .contains("no-such-system");
    }

    @Test
    void badFlagsAreUsageErrorsThatNameTheFix() {
        Cli.Result rounds = Cli.run(dir, Map.of(), "ab", "--rounds", "0");
        assertThat(rounds.exitCode()).isEqualTo(2);
        assertThat(rounds.err()).contains("--rounds 0 is out of range").contains("at least 8");

        Cli.Result classpath = Cli.run(dir, Map.of(), "ab", "--base-classpath", "missing.jar");
        assertThat(classpath.exitCode()).isEqualTo(2);
        assertThat(classpath.err()).contains("missing.jar does not exist").contains("caxton-bench.jar");

        Cli.Result option = Cli.run(dir, Map.of(), "ab", "--head-option", "slowdown");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("'slowdown' is not KEY=VALUE");

        Cli.Result regex = Cli.run(dir, Map.of(), "ab", "--include", "(");
        assertThat(regex.exitCode()).isEqualTo(2);
        assertThat(regex.err()).contains("--include '(' is not a regular expression");

        Cli.Result suite = Cli.run(dir, Map.of(), "ab", "--suite", "nope");
        assertThat(suite.exitCode()).isEqualTo(2);
        assertThat(dir.resolve(".caxton-bench/ab")).doesNotExist();
    }
}
