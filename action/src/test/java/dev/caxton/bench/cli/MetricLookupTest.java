package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.MetricId;

class MetricLookupTest {
    private static final MetricId JMH_P50 = MetricId.of("jmh", "request_latency", "p50");
    private final SortedSet<MetricId> metrics = new TreeSet<>(java.util.List.of(Fixtures.P50, Fixtures.P99,
            Fixtures.THROUGHPUT, Fixtures.SPAWN));

    @Test
    void findsAMetricByItsCanonicalIdOrByItsNameWithoutTheSuite() {
        assertThat(MetricLookup.find(metrics, "agent/request_latency/p50")).isEqualTo(Fixtures.P50);
        assertThat(MetricLookup.find(metrics, "request_latency/p99")).isEqualTo(Fixtures.P99);
        assertThat(MetricLookup.find(metrics, "spawn/per_agent[agents=10000]")).isEqualTo(Fixtures.SPAWN);
    }

    @Test
    void aNameOfSeveralSuitesAsksForTheCanonicalId() {
        metrics.add(JMH_P50);
        assertThatThrownBy(() -> MetricLookup.find(metrics, "request_latency/p50")).isInstanceOf(UsageException.class)
                .hasMessage("'request_latency/p50' is a metric of several suites; name one: agent/request_latency/p50, "
                        + "jmh/request_latency/p50");
    }

    @Test
    void anUnknownNameListsTheNearestMetricsFirst() {
        assertThatThrownBy(() -> MetricLookup.find(metrics, "request_latency/p59")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("No metric 'request_latency/p59' in the history. Nearest: "
                        + "agent/request_latency/p50, agent/request_latency/p99, ");
        assertThat(MetricLookup.nearest(metrics, "throughput")).first().isEqualTo(Fixtures.THROUGHPUT.canonical());
    }

    @Test
    void anEmptyHistorySaysHowToFillIt() {
        assertThatThrownBy(() -> MetricLookup.find(new TreeSet<>(), "x")).hasMessageContaining("caxton-bench run");
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertThat(MetricLookup.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(MetricLookup.distance("", "abc")).isEqualTo(3);
        assertThat(MetricLookup.distance("same", "same")).isZero();
    }
}
