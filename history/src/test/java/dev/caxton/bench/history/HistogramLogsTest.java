package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Run;

/** The histogram logs beside a history follow its runs through prune and merge, on real files. */
class HistogramLogsTest {
    private static final String LATENCY = "agent/latency/latency";
    private static final String SPAWN = "agent/spawn/latency";

    @TempDir
    Path dir;

    private static Run run(String id, int day, Map<String, LatencyDistribution> histograms) {
        return new Run(TestRuns.info(id, "2026-11-%02dT10:00:00Z".formatted(day), "c0ffee", "main"),
                TestRuns.measurements(3, day), histograms, List.of());
    }

    /** Appends the run to the history and writes its log beside it, as 'run' does. */
    private static void record(Path history, Run run) {
        HistoryFile.append(history, run);
        HistogramStore.write(HistogramStore.besideHistory(history), run);
    }

    @Test
    void pruneDeletesTheLogsOfTheRemovedRunsOnly() throws Exception {
        Path h = dir.resolve("history.csv");
        for (int day = 1; day <= 5; day++) {
            record(h, run("r" + day, day, Map.of(LATENCY, HistogramStoreTest.distribution(day, 1_000))));
        }
        Path logs = HistogramStore.besideHistory(h);
        assertThat(logs).isEqualTo(dir.resolve("histograms"));
        // a run whose append failed waits for 'history add': its log is not the prune's to delete
        HistogramStore.write(logs, run("pending", 1, Map.of(LATENCY, HistogramStoreTest.distribution(9, 10))));

        HistoryPrune.Result r = HistoryPrune.prune(h, new HistoryPrune.KeepLast(2), Optional.empty());

        assertThat(r.runsRemoved()).isEqualTo(3);
        assertThat(r.histogramLogsDeleted()).containsExactlyInAnyOrder(logs.resolve("r1.hlog"), logs.resolve("r2.hlog"),
                logs.resolve("r3.hlog"));
        assertThat(HistogramStore.runIds(logs)).containsExactly("pending", "r4", "r5");
        assertThat(History.open(h).runs()).extracting(x -> x.info().runId().value()).containsExactly("r4", "r5");
        assertThat(HistogramStore.read(logs, "r5")).containsEntry(LATENCY, HistogramStoreTest.distribution(5, 1_000));
    }

    @Test
    void mergeCarriesTheLogsOfBothSidesAndJoinsShardsOfOneRunExactly() throws Exception {
        Path a = dir.resolve("a/history.csv");
        Path b = dir.resolve("b/history.csv");
        Path c = dir.resolve("c/history.csv");
        LatencyDistribution shared = HistogramStoreTest.distribution(3, 2_000);
        record(a, run("only-a", 1, Map.of(LATENCY, HistogramStoreTest.distribution(1, 1_000))));
        record(b, run("only-b", 2, Map.of(LATENCY, HistogramStoreTest.distribution(2, 1_000))));
        record(a, run("both", 3, Map.of(LATENCY, shared)));
        record(b, run("both", 3, Map.of(LATENCY, shared)));
        // two shards of one run: each measured one distribution
        Run shardA = run("sharded", 4, Map.of(LATENCY, HistogramStoreTest.distribution(4, 500)));
        Run shardB = run("sharded", 4, Map.of(SPAWN, HistogramStoreTest.distribution(5, 700)));
        record(a, shardA);
        record(b, shardB);
        // a log whose run is in neither history (waiting for 'history add') stays where it is
        HistogramStore.write(dir.resolve("b/histograms"), run("pending", 5, Map.of(LATENCY, shared)));

        HistoryMerge.Result r = HistoryMerge.merge(a, b, c);

        Path logs = dir.resolve("c/histograms");
        assertThat(r.histogramLogsWritten()).hasSize(4);
        assertThat(HistogramStore.runIds(logs)).containsExactly("both", "only-a", "only-b", "sharded");
        assertThat(Files.readAllBytes(logs.resolve("only-a.hlog")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a/histograms/only-a.hlog")));
        assertThat(Files.readAllBytes(logs.resolve("only-b.hlog")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/histograms/only-b.hlog")));
        assertThat(HistogramStore.read(logs, "both")).isEqualTo(Map.of(LATENCY, shared));
        assertThat(HistogramStore.read(logs, "sharded")).isEqualTo(Map.of(LATENCY, shardA.histograms().get(LATENCY),
                SPAWN, shardB.histograms().get(SPAWN)));
        assertThat(Files.readString(logs.resolve("sharded.hlog"))).contains("#[BaseTime: ");

        // merging into A (the default --out): B's logs join A's folder, A's stay as they were
        byte[] onlyA = Files.readAllBytes(dir.resolve("a/histograms/only-a.hlog"));
        HistoryMerge.Result intoA = HistoryMerge.merge(a, b, a);
        assertThat(intoA.histogramLogsWritten()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("only-b.hlog", "sharded.hlog");
        assertThat(HistogramStore.runIds(dir.resolve("a/histograms"))).containsExactly("both", "only-a", "only-b", "sharded");
        assertThat(Files.readAllBytes(dir.resolve("a/histograms/only-a.hlog"))).isEqualTo(onlyA);

        // merging again changes nothing
        assertThat(HistoryMerge.merge(a, b, a).histogramLogsWritten()).isEmpty();
    }

    @Test
    void twoDifferentDistributionsOfOneMetricInOneRunAreAConflictAndNothingIsWritten() {
        Path a = dir.resolve("a/history.csv");
        Path b = dir.resolve("b/history.csv");
        Path c = dir.resolve("c/history.csv");
        Run run = run("r1", 1, Map.of(LATENCY, HistogramStoreTest.distribution(1, 1_000)));
        record(a, run);
        HistoryFile.append(b, run);
        HistogramStore.write(HistogramStore.besideHistory(b),
                new Run(run.info(), List.of(), Map.of(LATENCY, HistogramStoreTest.distribution(1, 999)), List.of()));

        assertThatThrownBy(() -> HistoryMerge.merge(a, b, c)).isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("the histogram log of run r1 holds another distribution of " + LATENCY)
                .hasMessageContaining("999 values against 1000");
        assertThat(c).doesNotExist();
        assertThat(dir.resolve("c/histograms")).doesNotExist();
    }
}
