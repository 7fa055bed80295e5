package dev.caxton.bench.importer;

import static dev.caxton.bench.importer.Fixtures.file;
import static dev.caxton.bench.importer.Fixtures.options;
import static dev.caxton.bench.importer.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;

class OtherFormatsImportTest {
    private static Measurement find(List<Measurement> ms, MetricId id) {
        return ms.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " among " + ms.stream().map(Measurement::id).toList()));
    }

    @Test
    void aCriterionFolderGivesEveryBenchmarkWithItsSamplesPerIteration() {
        ImportResult r = Importers.importFiles(List.of(file("criterion/criterion")), options(), Fixtures.ENVIRONMENT);
        Run run = r.run();

        assertThat(run.info().suite()).isEqualTo("criterion");
        Measurement route = find(run.measurements(), MetricId.of("criterion", "router/route/1k", "time"));
        assertThat(route.unit()).isEqualTo(Unit.NANOSECONDS);
        assertThat(route.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(route.value()).isEqualTo(1203.75);
        assertThat(route.samples()).containsExactly(1210.0, 1200.0, 1190.0, 1210.0);
        assertThat(route.stats().stddev()).isEqualTo(62.5);
        assertThat(route.stats().min()).isEqualTo(1190.0);
        assertThat(route.stats().confidence()).get().satisfies(ci -> {
            assertThat(ci.lower()).isEqualTo(1180.5);
            assertThat(ci.level()).isEqualTo(0.95);
        });
        assertThat(find(run.measurements(), MetricId.of("criterion", "router/route/1k", "median")).value()).isEqualTo(1200.0);
        // without benchmark.json the folder path names the benchmark; without sample.json no samples are kept
        assertThat(find(run.measurements(), MetricId.of("criterion", "parse_small", "time")).samples()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("sample.json"));
        assertThat(run.measurements()).hasSize(4);
    }

    @Test
    void oneCriterionEstimatesFileIsReadWithTheSamplesBesideIt() {
        ImportedFile f = read("criterion/criterion/router/route_1k/new/estimates.json");

        assertThat(f.format()).isEqualTo(Format.CRITERION);
        assertThat(find(f.measurements(), MetricId.of("criterion", "router/route/1k", "time")).samples()).hasSize(4);
    }

    @Test
    void libtestBenchLinesWithGroupingCommasAndTheirRange() {
        ImportedFile f = read("bencher/cargo-bench.txt");

        assertThat(f.format()).isEqualTo(Format.BENCHER);
        MetricId route = MetricId.of("bencher", "router::bench_route", "time");
        assertThat(find(f.measurements(), route).value()).isEqualTo(1203.0);
        assertThat(find(f.measurements(), route).unit()).isEqualTo(Unit.NANOSECONDS);
        assertThat(find(f.measurements(), route.withMetric("range")).value()).isEqualTo(61.0);
        assertThat(f.measurements()).hasSize(4);
    }

    @Test
    void criterionBencherOutputKeepsSlashesInNames() {
        ImportedFile f = read("bencher/criterion-bencher.txt");

        MetricId id = MetricId.of("bencher", "router/route/1k", "time");
        assertThat(find(f.measurements(), id).value()).isEqualTo(1204.0);
        assertThat(MetricId.parse(id.canonical())).isEqualTo(id);
    }

    @Test
    void githubActionBenchmarkFilesTakeTheDirectionFromTheFormat() {
        ImportedFile f = Importers.read(file("gab/custom.json"), options(Format.GAB_SMALLER));

        Measurement cpu = find(f.measurements(), MetricId.of("gab", "router - cpu share", "value"));
        assertThat(cpu.unit()).isEqualTo(Unit.PERCENT);
        assertThat(cpu.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(find(f.measurements(), cpu.id().withMetric("range")).value()).isEqualTo(2.5);
        assertThat(cpu.note()).contains("agents: 25\nrounds: 100\nwarm");
        Measurement mem = find(f.measurements(), MetricId.of("gab", "router - heap in use", "value"));
        assertThat(find(f.measurements(), mem.id().withMetric("range")).value()).isEqualTo(5.0);
        assertThat(mem.note()).isEmpty();

        ImportedFile bigger = Importers.read(file("gab/custom.json"), options(Format.GAB_BIGGER));
        assertThat(bigger.measurements()).filteredOn(m -> m.id().metric().equals("value"))
                .allMatch(m -> m.direction() == Direction.HIGHER_IS_BETTER);
    }

    @Test
    void githubActionBenchmarkDetectedTakesDirectionsFromUnitsThatTellThem() {
        ImportedFile f = read("gab/units.json");

        assertThat(f.format()).isEqualTo(Format.GAB);
        Measurement route = find(f.measurements(), MetricId.of("gab", "route [1k]", "value"));
        assertThat(route.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(find(f.measurements(), route.id().withMetric("range")).value()).isEqualTo(1200.0);
        assertThat(find(f.measurements(), MetricId.of("gab", "latency p99", "value")).direction())
                .isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(find(f.measurements(), MetricId.of("gab", "throughput/ms", "value")).value()).isEqualTo(12500.0);
        assertThat(f.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("$[1].range"));
    }

    @Test
    void githubActionBenchmarkUnitsWithoutADirectionAskForAnExplicitFormat() {
        assertThatThrownBy(() -> read("gab/custom.json")).isInstanceOf(ImportException.class)
                .hasMessageContaining("$[0].unit").hasMessageContaining("--format gab-bigger")
                .hasMessageContaining("gab-smaller");
    }

    @Test
    void githubActionBenchmarkExtraMustBeText() {
        byte[] json = "[{\"name\": \"a\", \"unit\": \"ns\", \"value\": 2, \"extra\": {\"n\": 1}}]"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.parse(java.nio.file.Path.of("extra.json"), json, Format.GAB, options()))
                .isInstanceOf(ImportException.class).hasMessageContaining("$[0].extra").hasMessageContaining("expected a string");
    }

    @Test
    void githubActionBenchmarkBytesPerSecondNeedsTheDirectionDeclared() throws ImportException {
        // a throughput or an allocation rate: the unit alone does not tell
        byte[] json = "[{\"name\": \"alloc\", \"unit\": \"MB/s\", \"value\": 2}]"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Importers.parse(java.nio.file.Path.of("alloc.json"), json, Format.GAB, options()))
                .isInstanceOf(ImportException.class).hasMessageContaining("$[0].unit").hasMessageContaining("gab-smaller");
        Measurement m = Importers.parse(java.nio.file.Path.of("alloc.json"), json, Format.GAB_SMALLER, options())
                .measurements().get(0);
        assertThat(m.unit()).isEqualTo(Unit.BYTES_PER_SECOND);
        assertThat(m.value()).isEqualTo(2 * 1024 * 1024.0);
        assertThat(m.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void hdrHistogramLogsGivePercentilesPerTagAndKeepTheMergedHistogram() {
        ImportedFile f = read("hlog/tagged-v1.3.hlog");

        assertThat(f.format()).isEqualTo(Format.HDR_LOG);
        MetricId send = MetricId.of("hdr", "tagged-v1.3", "latency", Map.of("tag", "send"));
        assertThat(f.histograms().get(send.canonical()).count()).isEqualTo(300);
        assertThat(find(f.measurements(), send.withMetric("p50")).value()).isCloseTo(50_000, within(100.0));
        MetricId receive = send.withParam("tag", "receive");
        assertThat(f.histograms().get(receive.canonical()).count()).isEqualTo(150);
        assertThat(find(f.measurements(), receive.withMetric("max")).value()).isCloseTo(1_000_000, within(1000.0));
        assertThat(find(f.measurements(), receive).unit()).isEqualTo(Unit.NANOSECONDS);
    }

    @Test
    void untaggedOlderLogsAndTheirValueUnit() {
        ImportedFile ns = read("hlog/untagged-v1.2.hlog");
        ImportedFile us = Importers.read(file("hlog/untagged-v1.2.hlog"), options().withHistogramLogUnit(Unit.MICROSECONDS));

        MetricId id = MetricId.of("hdr", "untagged-v1.2", "latency");
        assertThat(ns.histograms().get(id.canonical()).count()).isEqualTo(20);
        assertThat(find(ns.measurements(), id.withMetric("max")).value()).isCloseTo(5000, within(5.0));
        assertThat(find(us.measurements(), id.withMetric("max")).value()).isCloseTo(5_000_000, within(20_000.0));
    }

    @Test
    void formatsAreDetectedFromContentNotNames() {
        assertThat(Importers.detect(file("jmh/jmh-1.37-all-modes.json"))).contains(Format.JMH_JSON);
        assertThat(Importers.detect(file("jmh/jmh-1.37.csv"))).contains(Format.JMH_CSV);
        assertThat(Importers.detect(file("jmh/jmh-1.37-de.scsv"))).contains(Format.JMH_SCSV);
        assertThat(Importers.detect(file("criterion/criterion/router/route_1k/new/estimates.json"))).contains(Format.CRITERION);
        assertThat(Importers.detect(file("criterion/criterion"))).contains(Format.CRITERION);
        assertThat(Importers.detect(file("bencher/cargo-bench.txt"))).contains(Format.BENCHER);
        assertThat(Importers.detect(file("gab/units.json"))).contains(Format.GAB);
        assertThat(Importers.detect(file("hlog/untagged-v1.2.hlog"))).contains(Format.HDR_LOG);
        assertThat(Importers.detect(file("bad/unknown.txt"))).isEmpty();
    }

    @Test
    void formatLabelsRoundTripAndUnknownOnesListTheKnown() {
        for (Format f : Format.values()) {
            assertThat(Format.fromLabel(f.label())).isEqualTo(f);
        }
        assertThatThrownBy(() -> Format.fromLabel("xml")).hasMessageContaining("jmh-json").hasMessageContaining("hlog");
    }

    @Test
    void aForcedFormatOverridesDetection() {
        // detected as gab, which refuses units that do not tell a direction; forced, the file is read as told
        assertThat(Importers.detect(file("gab/custom.json"))).contains(Format.GAB);
        assertThatThrownBy(() -> read("gab/custom.json")).isInstanceOf(ImportException.class);

        ImportedFile f = Importers.read(file("gab/custom.json"), options().withFormat(Optional.of(Format.GAB_BIGGER)));

        assertThat(f.format()).isEqualTo(Format.GAB_BIGGER);
        assertThat(f.measurements()).filteredOn(m -> m.id().metric().equals("value")).hasSize(2)
                .allMatch(m -> m.direction() == Direction.HIGHER_IS_BETTER);
    }

    @Test
    void aForcedFormatIsReadAsThatFormatEvenWhenTheContentSaysOtherwise() {
        assertThat(Importers.detect(file("bencher/cargo-bench.txt"))).contains(Format.BENCHER);

        assertThatThrownBy(() -> Importers.read(file("bencher/cargo-bench.txt"), options().withFormat(Optional.of(Format.JMH_JSON))))
                .isInstanceOf(ImportException.class).hasMessageContaining("read as jmh-json");
    }

    @Test
    void histogramLogValuesMustBeTimes() {
        assertThatThrownBy(() -> options().withHistogramLogUnit(Unit.BYTES)).hasMessageContaining("ns, us, ms, s");
    }

    @Test
    void aFolderCanOnlyBeReadAsCriterion() {
        ImportResult r = Importers.importFiles(List.of(file("criterion/criterion")), options(Format.JMH_JSON),
                Fixtures.ENVIRONMENT);

        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is a folder"));
    }
}
