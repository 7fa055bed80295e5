package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;

class MergePruneTest {
    @TempDir
    Path dir;

    private Run run(String id, String time, String branch, int rows, double seed) {
        return TestRuns.run(TestRuns.info(id, time, "c-" + id, branch), rows, seed);
    }

    @Test
    void mergeIsTheUnionInTimeOrderAndCollapsesIdenticalRows() {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Run shared = run("r2", "2026-11-02T00:00:00Z", "main", 3, 2);
        HistoryFile.append(a, run("r3", "2026-11-03T00:00:00Z", "main", 2, 3));
        HistoryFile.append(a, shared);
        HistoryFile.append(b, run("r1", "2026-11-01T00:00:00Z", "feature", 4, 1));
        HistoryFile.append(b, shared);
        HistoryMerge.Result r = HistoryMerge.merge(a, b, dir.resolve("out.csv"));
        assertThat(r.rows()).isEqualTo(9);
        assertThat(r.runs()).isEqualTo(3);
        assertThat(r.duplicatesCollapsed()).isEqualTo(3);
        History h = History.open(dir.resolve("out.csv"));
        assertThat(h.warnings()).isEmpty();
        assertThat(h.rows()).extracting(row -> row.run().runId().value())
                .containsExactly("r1", "r1", "r1", "r1", "r2", "r2", "r2", "r3", "r3");
    }

    @Test
    void conflictingRowsAreAnErrorNamingTheKeyAndBothLines() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        HistoryFile.append(a, run("r1", "2026-11-01T00:00:00Z", "main", 2, 1));
        HistoryFile.append(b, run("r1", "2026-11-01T00:00:00Z", "main", 2, 5));
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> HistoryMerge.merge(a, b, out)).isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("the row (run r1, metric agent/bench0/metric0[agents=0,mode=fire\\,forget]) has"
                        + " different values than at " + a + " line 2")
                .hasMessageContaining(b + " line 2: 1,r1,")
                .hasMessageContaining("Keep one");
        assertThat(out).doesNotExist();
    }

    @Test
    void mergingIntoAnInputReplacesItAtomically() {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        HistoryFile.append(a, run("r1", "2026-11-01T00:00:00Z", "main", 2, 1));
        HistoryFile.append(b, run("r2", "2026-11-02T00:00:00Z", "main", 2, 2));
        HistoryMerge.merge(a, b, a);
        assertThat(History.open(a).runs()).hasSize(2);
        HistoryFile.append(a, run("r3", "2026-11-03T00:00:00Z", "main", 2, 3));
        assertThat(History.open(a).runs()).hasSize(3);
    }

    @Test
    void pruneKeepsTheNewestRunsWhole() {
        Path f = dir.resolve("h.csv");
        for (int i = 0; i < 6; i++) {
            HistoryFile.append(f, run("r" + i, "2026-11-0" + (i + 1) + "T00:00:00Z", i % 2 == 0 ? "main" : "dev", 3, i));
        }
        HistoryPrune.Result r = HistoryPrune.prune(f, new HistoryPrune.KeepLast(2), Optional.empty());
        assertThat(r.runsKept()).isEqualTo(2);
        assertThat(r.runsRemoved()).isEqualTo(4);
        assertThat(r.rowsRemoved()).isEqualTo(12);
        assertThat(History.open(f).runs()).extracting(x -> x.info().runId().value()).containsExactly("r4", "r5");
        assertThat(History.open(f).runs()).allSatisfy(x -> assertThat(x.measurements()).hasSize(3));
    }

    @Test
    void pruneOfOneBranchLeavesTheOthers() {
        Path f = dir.resolve("h.csv");
        for (int i = 0; i < 6; i++) {
            HistoryFile.append(f, run("r" + i, "2026-11-0" + (i + 1) + "T00:00:00Z", i % 2 == 0 ? "main" : "dev", 3, i));
        }
        HistoryPrune.prune(f, new HistoryPrune.KeepLast(1), Optional.of("main"));
        assertThat(History.open(f).runs()).extracting(x -> x.info().runId().value()).containsExactly("r1", "r3", "r4", "r5");
        HistoryPrune.prune(f, new HistoryPrune.Since(Instant.parse("2026-11-04T00:00:00Z")), Optional.empty());
        assertThat(History.open(f).runs()).extracting(x -> x.info().runId().value()).containsExactly("r3", "r4", "r5");
    }

    @Test
    void pruneDropsATornTailAndLeavesAMissingFileMissing() throws Exception {
        Path f = dir.resolve("h.csv");
        HistoryFile.append(f, run("r1", "2026-11-01T00:00:00Z", "main", 3, 1));
        Files.writeString(f, "1,r2,20", java.nio.file.StandardOpenOption.APPEND);
        HistoryPrune.Result r = HistoryPrune.prune(f, new HistoryPrune.KeepLast(10), Optional.empty());
        assertThat(r.warnings()).hasSize(1);
        assertThat(Files.readString(f)).endsWith("\n");
        assertThat(HistoryFile.read(f, ReadMode.STRICT).warnings()).isEmpty();
        HistoryPrune.prune(dir.resolve("none.csv"), new HistoryPrune.KeepLast(1), Optional.empty());
        assertThat(dir.resolve("none.csv")).doesNotExist();
    }

    @Test
    void historyAnswersSeriesCommitsAndNewestRuns() {
        Path f = dir.resolve("h.csv");
        var e1 = TestRuns.ENV;
        var e2 = TestRuns.OTHER_ENV;
        HistoryFile.append(f, TestRuns.run(TestRuns.info("a", Instant.parse("2026-11-01T00:00:00Z"), "aaaa1111", "main", e1), 2, 1));
        HistoryFile.append(f, TestRuns.run(TestRuns.info("b", Instant.parse("2026-11-02T00:00:00Z"), "bbbb2222", "dev", e1), 2, 2));
        HistoryFile.append(f, TestRuns.run(TestRuns.info("c", Instant.parse("2026-11-03T00:00:00Z"), "cccc3333", "main", e2), 2, 3));
        HistoryFile.append(f, TestRuns.run(TestRuns.info("d", Instant.parse("2026-11-04T00:00:00Z"), "aaaa1111", "main", e1), 1, 4));
        History h = History.open(f);
        var metric = TestRuns.measurements(2, 0).get(1).id();
        assertThat(h.metrics()).hasSize(2);
        assertThat(h.series(metric, SeriesFilter.all())).extracting(p -> p.run().runId().value()).containsExactly("a", "b", "c");
        assertThat(h.series(metric, SeriesFilter.all().onBranch("main"))).extracting(p -> p.run().runId().value())
                .containsExactly("a", "c");
        assertThat(h.series(metric, SeriesFilter.all().onBranch("main").inEnvironment(e1.fingerprint())))
                .extracting(SeriesPoint::measurement).extracting(Measurement::value)
                .containsExactly(TestRuns.measurements(2, 1).get(1).value());
        assertThat(h.runsOfCommit("aaaa1111")).extracting(r -> r.info().runId().value()).containsExactly("a", "d");
        assertThat(h.runsOfCommit("aaaa")).hasSize(2);
        assertThat(h.newestRun("main", Optional.empty())).map(r -> r.info().runId().value()).hasValue("d");
        assertThat(h.newestRun("main", Optional.of(e2.fingerprint()))).map(r -> r.info().runId().value()).hasValue("c");
        assertThat(h.newestRun("nope", Optional.empty())).isEmpty();
        assertThat(h.run(new RunId("b"))).map(r -> r.measurements().size()).hasValue(2);
        assertThat(h.runs()).extracting(r -> r.info().runId().value()).containsExactly("a", "b", "c", "d");
    }
}
