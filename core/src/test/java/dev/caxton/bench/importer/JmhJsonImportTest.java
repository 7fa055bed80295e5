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

class JmhJsonImportTest {
    private static final String TINY = "dev.caxton.bench.jmh.fixture.TinyBenchmarks";
    private static final String QUOTED = "a\"b[1],c=d/e";

    private static Measurement find(ImportedFile f, MetricId id) {
        return f.measurements().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " among " + f.measurements().stream().map(Measurement::id).toList()));
    }

    @Test
    void throughputIsConvertedToOpsPerSecondAndImprovesUpwards() {
        ImportedFile f = read("jmh/jmh-1.37-all-modes.json");

        assertThat(f.format()).isEqualTo(Format.JMH_JSON);
        Measurement m = find(f, MetricId.of("jmh", TINY + ".hashText", "thrpt", Map.of("text", "plain")));
        assertThat(m.unit()).isEqualTo(Unit.OPS_PER_SECOND);
        assertThat(m.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(m.value()).isCloseTo(235049.39066838817 * 1000, within(1e-3));
        assertThat(m.samples()).containsExactly(370444.2227777033 * 1000, 99654.55855907299 * 1000);
        assertThat(m.stats().n()).isEqualTo(2);
        assertThat(m.stats().min()).isCloseTo(99654.55855907299 * 1000, within(1e-3));
        assertThat(m.stats().confidence()).isPresent();
    }

    @Test
    void paramsWithQuotesAndBracketsSurviveTheCanonicalForm() {
        ImportedFile f = read("jmh/jmh-1.37-all-modes.json");

        MetricId id = MetricId.of("jmh", TINY + ".hashText", "thrpt", Map.of("text", QUOTED));
        assertThat(find(f, id).value()).isPositive();
        assertThat(MetricId.parse(id.canonical())).isEqualTo(id);
    }

    @Test
    void everySecondaryMetricIsKeptInItsOwnUnit() {
        ImportedFile f = read("jmh/jmh-1.37-all-modes.json");

        MetricId avgt = MetricId.of("jmh", TINY + ".allocate", "avgt", Map.of("text", "plain"));
        Measurement norm = find(f, avgt.withMetric("avgt:gc.alloc.rate.norm"));
        assertThat(norm.unit()).isEqualTo(Unit.BYTES);
        assertThat(norm.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(norm.value()).isBetween(64.0, 200.0);
        Measurement rate = find(f, avgt.withMetric("avgt:gc.alloc.rate"));
        assertThat(rate.unit()).isEqualTo(Unit.BYTES_PER_SECOND);
        assertThat(rate.direction()).as("an allocation rate is a cost, although rates default upwards")
                .isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(find(f, avgt.withMetric("avgt:gc.count")).unit()).isEqualTo(Unit.COUNT);
        assertThat(find(f, avgt.withMetric("avgt:gc.time")).unit()).isEqualTo(Unit.MILLISECONDS);
        assertThat(find(f, avgt).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(find(f, avgt).unit()).isEqualTo(Unit.MICROSECONDS);
    }

    @Test
    void sampleModeKeepsTheRawHistogramAndReportsItsPercentiles() {
        ImportedFile f = read("jmh/jmh-1.37-all-modes.json");

        MetricId sample = MetricId.of("jmh", TINY + ".allocate", "sample", Map.of("text", "plain"));
        Measurement m = find(f, sample);
        assertThat(m.unit()).isEqualTo(Unit.MICROSECONDS);
        assertThat(m.stats().n()).isGreaterThan(100);
        assertThat(m.samples()).hasSize(2);
        assertThat(f.histograms()).containsKey(sample.canonical());
        assertThat(f.histograms().get(sample.canonical()).count()).isEqualTo(m.stats().n());
        Measurement p50 = find(f, sample.withMetric("p50"));
        assertThat(p50.unit()).isEqualTo(Unit.NANOSECONDS);
        assertThat(p50.value()).isBetween(15.0, 100.0);
        assertThat(find(f, sample.withMetric("max")).value()).isGreaterThan(p50.value());
        // JMH's own percentile rows are not mistaken for secondary metrics
        assertThat(f.measurements()).noneMatch(x -> x.id().metric().contains("p0."));
    }

    @Test
    void singleShotTimesAreKeptPerIteration() {
        ImportedFile f = read("jmh/jmh-1.37-single-shot.json");

        Measurement m = find(f, MetricId.of("jmh", TINY + ".hashText", "ss", Map.of("text", "plain")));
        assertThat(m.unit()).isEqualTo(Unit.MILLISECONDS);
        assertThat(m.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(m.samples()).containsExactly(0.001913, 0.000881, 0.000541);
    }

    @Test
    void readsTheOldSecondarySpellingAndResultsWithoutRawData() {
        ImportedFile f = read("jmh/jmh-1.36-old-spelling-no-raw-data.json");

        MetricId route = MetricId.of("jmh", "org.example.Router.route", "avgt",
                Map.of("payload", "[{\"k\": \"v\"}]", "size", "1024"));
        Measurement m = find(f, route);
        assertThat(m.unit()).isEqualTo(Unit.NANOSECONDS);
        assertThat(m.samples()).isEmpty();
        assertThat(m.stats().confidence()).get().satisfies(ci -> {
            assertThat(ci.lower()).isEqualTo(405.25);
            assertThat(ci.upper()).isEqualTo(419.75);
            assertThat(ci.level()).isEqualTo(0.999);
        });
        assertThat(find(f, route.withMetric("avgt:gc.alloc.rate.norm")).value()).isEqualTo(48.0);
        assertThat(find(f, route.withMetric("avgt:gc.alloc.rate")).value()).isCloseTo(110.96 * 1024 * 1024, within(1e-3));
        assertThat(MetricId.parse(route.canonical())).isEqualTo(route);
    }

    @Test
    void infiniteScoresAreKeptAndNanScoresBecomeFailures() {
        ImportedFile f = read("jmh/jmh-1.36-old-spelling-no-raw-data.json");

        Measurement inf = find(f, MetricId.of("jmh", "org.example.Router.broadcast", "thrpt"));
        assertThat(inf.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(inf.samples()).containsExactly(Double.POSITIVE_INFINITY, 2.5e6);
        assertThat(inf.stats().confidence()).get().satisfies(ci -> assertThat(ci.lower()).isEqualTo(Double.NEGATIVE_INFINITY));
        assertThat(f.failures()).singleElement().satisfies(x -> {
            assertThat(x.benchmark()).isEqualTo("org.example.Router.drop");
            assertThat(x.cause()).contains("NaN").contains("$[2].primaryMetric");
        });
    }
}
