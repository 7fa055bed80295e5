package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;

class GabImportTest {
    @TempDir
    Path dir;

    private Path dataJs() throws Exception {
        Path f = dir.resolve("data.js");
        Files.writeString(f, GoldenHistoryTest.resource("/gab/data.js"));
        return f;
    }

    @Test
    void everyEntryBecomesARunWithDirectionsFromTheTool() throws Exception {
        List<Run> runs = GabImport.read(dataJs(), Optional.of("main"), TestRuns.ENV);
        assertThat(runs).extracting(r -> r.info().runId().value()).containsExactly(
                "gab-20241118T090000Z-0a1b2c3-Rust-Benchmark", "gab-20241119T090000Z-1b2c3d4-Rust-Benchmark",
                "gab-20241119T090100Z-1b2c3d4-Throughput", "gab-20241120T090000Z-2c3d4e5-Throughput",
                "gab-20241120T100000Z-3d4e5f6-Python");
        Run first = runs.get(0);
        assertThat(first.info().commit()).hasValue("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
        assertThat(first.info().suite()).isEqualTo("Rust Benchmark");
        assertThat(first.info().branch()).hasValue("main");
        assertThat(first.find(MetricId.of("gab", "route_message", "value"))).hasValueSatisfying(m -> {
            assertThat(m.value()).isEqualTo(1234);
            assertThat(m.unit()).isEqualTo(Unit.NANOSECONDS);
            assertThat(m.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        });
        assertThat(first.find(MetricId.of("gab", "route_message", "range"))).map(Measurement::value).hasValue(56.0);
        Run bigger = runs.get(2);
        assertThat(bigger.measurements()).extracting(Measurement::direction).containsOnly(Direction.HIGHER_IS_BETTER);
        assertThat(bigger.find(MetricId.of("gab", "healthy agents", "value"))).map(Measurement::unit).hasValue(Unit.PERCENT);
        assertThat(runs.get(3).measurements()).extracting(Measurement::direction).containsOnly(Direction.LOWER_IS_BETTER);
        assertThat(runs.get(4).find(MetricId.of("gab", "test_parse", "value"))).hasValueSatisfying(m -> {
            assertThat(m.unit()).isEqualTo(Unit.OPS_PER_SECOND);
            assertThat(m.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        });
    }

    @Test
    void importingTwiceChangesNothing() throws Exception {
        Path history = dir.resolve(".caxton-bench/history.csv");
        GabImport.Result r = GabImport.importInto(dataJs(), history, Optional.of("main"), TestRuns.ENV);
        assertThat(r.runs()).isEqualTo(5);
        byte[] once = Files.readAllBytes(history);
        GabImport.Result again = GabImport.importInto(dataJs(), history, Optional.of("main"), TestRuns.ENV);
        assertThat(again.merge().duplicatesCollapsed()).isEqualTo(r.rows());
        assertThat(Files.readAllBytes(history)).isEqualTo(once);
        History h = History.open(history);
        assertThat(h.series(MetricId.of("gab", "spawn_agent", "value"), SeriesFilter.all().onBranch("main")))
                .extracting(p -> p.measurement().value()).containsExactly(98765.0, 120000.0);
        assertThat(Files.list(history.getParent()).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("history.csv", "history.csv.lock");
    }

    @Test
    void aUnitThatDoesNotTellTheDirectionNamesTheEntry() throws Exception {
        Path f = dir.resolve("data.js");
        Files.writeString(f, "window.BENCHMARK_DATA = {\"entries\": {\"S\": [{\"commit\": {\"id\": \"abc\"}, \"date\": 0,"
                + " \"tool\": \"go\", \"benches\": [{\"name\": \"n\", \"value\": 1, \"unit\": \"bytes\"}]}]}}");
        assertThatThrownBy(() -> GabImport.read(f, Optional.empty(), TestRuns.ENV))
                .hasMessageContaining("entries[\"S\"][0].benches[0].unit")
                .hasMessageContaining("does not tell whether higher or lower is better");
        Files.writeString(f, "window.BENCHMARK_DATA = {\"lastUpdate\": 1}");
        assertThatThrownBy(() -> GabImport.read(f, Optional.empty(), TestRuns.ENV)).hasMessageContaining("entries");
    }
}
