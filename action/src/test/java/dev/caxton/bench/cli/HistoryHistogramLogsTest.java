package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.model.LatencyRecorder;
import dev.caxton.bench.model.Run;

/** {@code history prune} and {@code history merge} take the histogram logs beside the history along. */
class HistoryHistogramLogsTest {
    @TempDir
    Path dir;

    private Cli.Result cli(String... args) {
        return Cli.run(dir, Map.of(), new FakeEngine(), args);
    }

    private static void record(Path history, Run run, long latencyNanos) {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.recordNanos(latencyNanos);
        HistoryFile.append(history, run);
        HistogramStore.write(HistogramStore.besideHistory(history),
                new Run(run.info(), List.of(), Map.of("agent/latency/latency", recorder.snapshot()), List.of()));
    }

    @Test
    void pruneDeletesTheLogsOfRemovedRunsAndMergeCopiesThem() {
        List<Run> runs = HistoryFixture.runs();
        for (int i = 0; i < 5; i++) {
            record(dir.resolve("a/history.csv"), runs.get(i), 1_000 + i);
        }
        for (int i = 5; i < 8; i++) {
            record(dir.resolve("b/history.csv"), runs.get(i), 1_000 + i);
        }

        Cli.Result prune = cli("history", "prune", "--keep-last", "3", "--history", "a/history.csv");
        assertThat(prune.exitCode()).as(prune.err()).isZero();
        assertThat(prune.out()).endsWith("Deleted the histogram logs of 2 removed runs from a/histograms.\n");
        assertThat(HistogramStore.runIds(dir.resolve("a/histograms"))).hasSize(3);

        Cli.Result merge = cli("history", "merge", "a/history.csv", "b/history.csv", "--out", "c/history.csv");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).endsWith("Copied or joined 6 histogram logs into c/histograms.\n");
        assertThat(HistogramStore.runIds(dir.resolve("c/histograms"))).hasSize(6);
    }
}
