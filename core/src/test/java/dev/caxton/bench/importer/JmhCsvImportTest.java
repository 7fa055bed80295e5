package dev.caxton.bench.importer;

import static dev.caxton.bench.importer.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;

class JmhCsvImportTest {
    private static final String TINY = "dev.caxton.bench.jmh.fixture.TinyBenchmarks";

    private static Measurement find(ImportedFile f, MetricId id) {
        return f.measurements().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " among " + f.measurements().stream().map(Measurement::id).toList()));
    }

    @Test
    void csvRowsBecomeTheSameIdsAsJson() {
        ImportedFile csv = read("jmh/jmh-1.37.csv");
        ImportedFile json = read("jmh/jmh-1.37-all-modes.json");

        assertThat(csv.format()).isEqualTo(Format.JMH_CSV);
        // the same benchmarks, params, modes and secondary metrics (the files come from two runs, so values differ)
        assertThat(csv.measurements().stream().map(Measurement::id).filter(id -> !id.metric().startsWith("p")))
                .containsExactlyInAnyOrderElementsOf(json.measurements().stream().map(Measurement::id)
                        .filter(id -> !id.metric().startsWith("p")).toList());
        Measurement thrpt = find(csv, MetricId.of("jmh", TINY + ".hashText", "thrpt", Map.of("text", "plain")));
        assertThat(thrpt.value()).isCloseTo(757651.456936e3, within(1e-3));
        assertThat(thrpt.unit()).isEqualTo(Unit.OPS_PER_SECOND);
        assertThat(thrpt.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(thrpt.stats().n()).isEqualTo(2);
    }

    @Test
    void sampleModePercentileRowsBecomePercentiles() {
        ImportedFile csv = read("jmh/jmh-1.37.csv");

        MetricId sample = MetricId.of("jmh", TINY + ".allocate", "sample", Map.of("text", "a\"b[1],c=d/e"));
        assertThat(find(csv, sample.withMetric("p99.9")).unit()).isEqualTo(Unit.MICROSECONDS);
        assertThat(find(csv, sample.withMetric("max")).value())
                .isGreaterThanOrEqualTo(find(csv, sample.withMetric("p50")).value());
    }

    @Test
    void germanScsvWithDecimalCommasReadsLikeCsv() {
        ImportedFile scsv = read("jmh/jmh-1.37-de.scsv");

        assertThat(scsv.format()).isEqualTo(Format.JMH_SCSV);
        Measurement thrpt = find(scsv, MetricId.of("jmh", TINY + ".hashText", "thrpt", Map.of("text", "plain")));
        assertThat(thrpt.value()).isCloseTo(274885.493022e3, within(1e-3));
        Measurement sample = find(scsv, MetricId.of("jmh", TINY + ".allocate", "sample", Map.of("text", "plain")));
        assertThat(sample.value()).isEqualTo(0.057838);
        assertThat(sample.stats().n()).isEqualTo(575);
        assertThat(sample.stats().confidence()).get().satisfies(ci -> assertThat(ci.upper()).isCloseTo(0.057838 + 0.034281, within(1e-12)));
        assertThat(sample.stats().stddev()).isPositive();
    }

    @Test
    void frenchScsvWithGroupingSpacesAndInfinityAndTheOldSecondarySpelling() {
        ImportedFile scsv = read("jmh/jmh-fr.scsv");

        MetricId offer = MetricId.of("jmh", "org.example.Queue.offer", "thrpt", Map.of("size", "10"));
        assertThat(find(scsv, offer).value()).isEqualTo(1234567.891234);
        assertThat(find(scsv, offer.withMetric("thrpt:gc.alloc.rate.norm")).value()).isEqualTo(24.0);
        assertThat(find(scsv, MetricId.of("jmh", "org.example.Queue.poll", "avgt", Map.of("size", "10"))).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
    }
}
