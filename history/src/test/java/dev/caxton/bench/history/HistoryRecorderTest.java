package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;

class HistoryRecorderTest {
    @TempDir
    Path dir;

    private Run run(String id) {
        Run rows = TestRuns.run(TestRuns.info(id, "2026-11-20T10:00:00Z", "abc", "main"), 4, 1);
        return new Run(rows.info(), rows.measurements(),
                Map.of("agent/latency/latency", HistogramStoreTest.distribution(1, 1_000)), List.of());
    }

    @Test
    void savingWritesTheRunFileTheHistoryAndTheHistograms() {
        OutputLayout layout = new OutputLayout(dir.resolve("out"));
        Run run = run("r1");

        Recording r = HistoryRecorder.of(layout).save(run);

        assertThat(r.complete()).isTrue();
        assertThat(r.runFile()).isEqualTo(layout.runs().resolve("r1.json"));
        assertThat(RunFiles.read(r.runFile())).isEqualTo(run);
        assertThat(r.history()).isEqualTo(layout.history());
        assertThat(r.appended()).hasValueSatisfying(a -> assertThat(a.rowsWritten()).isEqualTo(4));
        assertThat(History.open(layout.history()).run(new RunId("r1"))).isPresent();
        assertThat(r.histogramLog()).contains(HistogramStore.file(layout.histograms(), "r1"));
        assertThat(HistogramStore.read(layout.histograms(), "r1")).isEqualTo(run.histograms());
    }

    @Test
    void aHistoryThatCannotBeAppendedToKeepsTheRunInItsFileAndStillWritesTheHistograms() throws Exception {
        OutputLayout layout = new OutputLayout(dir);
        Files.writeString(layout.history(), "name,value\nx,1\n");

        Recording r = HistoryRecorder.of(layout).save(run("r1"));

        assertThat(r.complete()).isFalse();
        assertThat(r.appended()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo(Recording.Step.HISTORY);
            assertThat(p.historyProblems()).singleElement().satisfies(h -> {
                assertThat(h.file()).isEqualTo(layout.history());
                assertThat(h.line()).isEqualTo(1);
                assertThat(h.message()).contains("Nothing was appended");
            });
        });
        assertThat(Files.readString(layout.history())).isEqualTo("name,value\nx,1\n");
        assertThat(RunFiles.read(r.runFile()).info().runId()).isEqualTo(new RunId("r1"));
        assertThat(r.histogramLog()).isPresent();
    }

    @Test
    void histogramsThatCannotBeWrittenAreAProblemAfterTheAppend() throws Exception {
        OutputLayout layout = new OutputLayout(dir);
        Files.writeString(layout.histograms(), "a file where the folder should be");

        Recording r = HistoryRecorder.of(layout).save(run("r1"));

        assertThat(r.appended()).isPresent();
        assertThat(r.histogramLog()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.step()).isEqualTo(Recording.Step.HISTOGRAMS);
            assertThat(p.message()).contains("r1");
        });
    }

    @Test
    void aRunFileThatCannotBeWrittenRecordsNothing() throws Exception {
        OutputLayout layout = new OutputLayout(dir);
        Files.writeString(layout.runs(), "a file where the folder should be");

        assertThatThrownBy(() -> HistoryRecorder.of(layout).save(run("r1"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot write run file");
        assertThat(layout.history()).doesNotExist();
        assertThat(layout.histograms()).doesNotExist();
    }

    @Test
    void aSavedRunIsAddedLaterFromItsRunFileIntoAnotherHistory() {
        OutputLayout layout = new OutputLayout(dir);
        Run run = run("r1");
        Path runFile = RunFiles.write(layout.runs(), run);
        Path elsewhere = dir.resolve("shared/nightly.csv");

        Recording r = HistoryRecorder.of(OutputLayout.ofHistory(elsewhere)).withHistory(elsewhere)
                .record(RunFiles.read(runFile), runFile);

        assertThat(r.complete()).isTrue();
        assertThat(History.open(elsewhere).run(new RunId("r1"))).isPresent();
        assertThat(r.histogramLog()).contains(HistogramStore.besideHistory(elsewhere).resolve("r1.hlog"));
    }

    @Test
    void eightThreadsAddingTheSameRunWriteItOnce() throws Exception {
        OutputLayout layout = new OutputLayout(dir);
        Path history = dir.resolve("shared/history.csv");
        HistoryFile.append(history, run("r0"));
        Run run = run("r1");
        Path runFile = RunFiles.write(layout.runs(), run);
        HistoryRecorder recorder = HistoryRecorder.of(OutputLayout.ofHistory(history)).withHistory(history);
        int threads = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<Recording>> results = new java.util.ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    // as history add does: the run as read from its run file, then the library call
                    return recorder.add(RunFiles.read(runFile), runFile);
                }));
            }
            int written = 0;
            for (java.util.concurrent.Future<Recording> f : results) {
                Recording r = f.get();
                assertThat(r.problems()).isEmpty();
                if (!r.appended().orElseThrow().alreadyThere()) {
                    written++;
                }
            }
            assertThat(written).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        HistoryReadResult read = HistoryFile.read(history, ReadMode.STRICT);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.rows()).filteredOn(row -> row.run().runId().value().equals("r1")).hasSize(4);
    }
}
