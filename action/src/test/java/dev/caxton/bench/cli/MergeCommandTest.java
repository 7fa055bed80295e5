package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Shard;

/** {@code run --shard} and {@code merge}: real smoke runs of the naive system, and the refusals. */
class MergeCommandTest {
    @TempDir
    Path dir;

    @Test
    void theMergedShardsOfARealRunHoldExactlyWhatTheShardFilesHold() throws IOException {
        Run first = shard("1/2");
        Run second = shard("2/2");
        assertThat(first.info().shard()).contains(new Shard(1, 2));
        assertThat(second.info().shard()).contains(new Shard(2, 2));
        assertThat(first.measurements()).isNotEmpty();
        assertThat(second.measurements()).isNotEmpty();

        Cli.Result r = Cli.run(dir, Map.of(), "merge", "s1/runs/" + first.info().runId() + ".json",
                "s2/runs/" + second.info().runId() + ".json", "--out", "merged/run.json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Merged 2 run files of run ").contains("Run file: merged/run.json");
        Run merged = RunFiles.read(dir.resolve("merged/run.json"));
        assertThat(merged.info().shard()).isEmpty();
        assertThat(merged.info().suite()).isEqualTo("agent");
        assertThat(merged.info().system()).isEqualTo("naive");
        Map<MetricId, Measurement> expected = new HashMap<>();
        Stream.concat(first.measurements().stream(), second.measurements().stream()).forEach(m -> expected.put(m.id(), m));
        assertThat(merged.measurements()).hasSize(expected.size());
        assertThat(merged.measurements()).allSatisfy(m -> assertThat(m).isEqualTo(expected.get(m.id())));
        Map<String, LatencyDistribution> histograms = new HashMap<>(first.histograms());
        histograms.putAll(second.histograms());
        assertThat(histograms).isNotEmpty();
        assertThat(merged.histograms()).isEqualTo(histograms);
        assertThat(merged.failures()).containsExactlyElementsOf(Stream.concat(first.failures().stream(),
                second.failures().stream()).toList());
        try (Stream<Path> left = Files.list(dir.resolve("merged"))) {
            assertThat(left).as("no temporary folder is left").hasSize(1);
        }
    }

    private Run shard(String shard) throws IOException {
        String out = "s" + shard.charAt(0);
        Cli.Result r = Cli.run(dir, Map.of(), "run", "--profile", "smoke", "--system", "naive", "--shard", shard,
                "--output", out, "--no-history", "--no-progress");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        try (Stream<Path> files = Files.list(dir.resolve(out).resolve("runs"))) {
            return RunFiles.read(files.findFirst().orElseThrow());
        }
    }

    private Path write(String name, String suite, String commit, Optional<String> shard) {
        RunInfo i = Fixtures.naive().info();
        RunInfo info = new RunInfo(new RunId(name), i.startedAt(), Optional.of(commit), i.branch(), i.pullRequest(),
                i.environment(), suite, i.profile(), "naive", shard.map(Shard::parse));
        Run run = Fixtures.naive();
        return RunFiles.write(dir.resolve(name), new Run(info, run.measurements(), Map.of(), List.of()));
    }

    @Test
    void namesTheMissingShards() {
        Path two = write("r2", "agent", "abc", Optional.of("2/4"));
        Path four = write("r4", "agent", "abc", Optional.of("4/4"));

        Cli.Result r = Cli.run(dir, Map.of(), "merge", two.toString(), four.toString(), "--out", "m.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Shards 1/4, 3/4 are missing: only 2/4 and 4/4 were given")
                .contains("--partial");
        assertThat(dir.resolve("m.json")).doesNotExist();

        Cli.Result partial = Cli.run(dir, Map.of(), "merge", two.toString(), "--out", "m.json", "--partial");
        assertThat(partial.exitCode()).as(partial.err()).isZero();
        assertThat(partial.err()).contains("--partial: shards 1/4, 3/4, 4/4 are missing from the merged run");
    }

    @Test
    void refusesShardsOfDifferentRunsAndOneShardTwice() {
        Path one = write("r1", "agent", "abc", Optional.of("1/2"));
        Path otherSuite = write("x2", "other", "abc", Optional.of("2/2"));
        Path otherCommit = write("y2", "agent", "def", Optional.of("2/2"));
        Path again = write("z1", "agent", "abc", Optional.of("1/2"));
        Path whole = write("w", "agent", "abc", Optional.empty());
        Path ofThree = write("t3", "agent", "abc", Optional.of("3/3"));

        assertThat(Cli.run(dir, Map.of(), "merge", one.toString(), otherSuite.toString(), "--out", "m.json").err())
                .contains("its suite is 'other' but the other's is 'agent'");
        assertThat(Cli.run(dir, Map.of(), "merge", one.toString(), otherCommit.toString(), "--out", "m.json").err())
                .contains("its commit is 'def' but the other's is 'abc'");
        assertThat(Cli.run(dir, Map.of(), "merge", one.toString(), again.toString(), "--out", "m.json").err())
                .contains("Shard 1/2 is given twice: r1/r1.json and z1/z1.json");
        assertThat(Cli.run(dir, Map.of(), "merge", one.toString(), whole.toString(), "--out", "m.json").err())
                .contains("w/w.json is a whole run, not a shard");
        assertThat(Cli.run(dir, Map.of(), "merge", one.toString(), ofThree.toString(), "--out", "m.json").err())
                .contains("t3/t3.json is shard 3/3 but r1/r1.json is one of 2 shards");
        Cli.Result missing = Cli.run(dir, Map.of(), "merge", "nope.json", "--out", "m.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json does not exist");
        assertThat(dir.resolve("m.json")).doesNotExist();
    }

    @Test
    void aShardOutsideOneToNIsAUsageError() {
        Cli.Result r = Cli.run(dir, Map.of(), "run", "--shard", "3/2", "--no-history");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("1 <= i <= n, got 3/2");
    }
}
