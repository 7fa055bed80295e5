package dev.caxton.bench.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.Category;

class CategoriesTest {

    @ParameterizedTest(name = "{0}/{1}/{2} -> {4}")
    @CsvSource(delimiter = ';', value = {
            "agent; message_throughput; throughput; MESSAGES_PER_SECOND; THROUGHPUT",
            "agent; task_processing; throughput; OPS_PER_SECOND; THROUGHPUT",
            "agent; agent_response_time; p99; NANOSECONDS; LATENCY",
            "agent; request_latency; p99; NANOSECONDS; LATENCY",
            "agent; memory_per_agent; idle_retained; BYTES; RESOURCES",
            "agent; cpu_per_agent; idle_total; PERCENT; RESOURCES",
            "agent; spawn_time; throughput; MESSAGES_PER_SECOND; SCALABILITY",
            "agent; recovery_time; recovery_time; MILLISECONDS; RECOVERY",
            "agent; peak_load; p99; MILLISECONDS; LOAD",
            "agent; sustained_soak; errors; COUNT; LOAD",
            "jmh; dev.caxton.Router.route; thrpt; OPS_PER_SECOND; JMH",
            "imported; org.example.Bench.run; avgt; NANOSECONDS; JMH",
            "wasm; instantiate; p50; MICROSECONDS; WASM",
            "agent; wasm_call; p50; MICROSECONDS; WASM",
            "criterion; parse; time; NANOSECONDS; LATENCY",
            "gab; alloc; value; BYTES_PER_SECOND; RESOURCES",
            "custom; anything; rate; OPS_PER_SECOND; THROUGHPUT",
    })
    void mapsAMetricToItsReportSection(String suite, String benchmark, String metric, Unit unit, Category expected) {
        assertThat(Categories.of(MetricId.of(suite, benchmark, metric), unit)).contains(expected);
    }

    @Test
    void theOpenLoopLatencyIsALoadScenario() {
        MetricId open = MetricId.of("agent", "request_latency", "p99", Map.of("mode", "open", "rate", "5000"));
        assertThat(Categories.of(open, Unit.NANOSECONDS)).contains(Category.LOAD);
    }

    @Test
    void aDimensionlessMetricOfAnUnknownBenchmarkIsOther() {
        Optional<Category> c = Categories.of(MetricId.of("custom", "thing", "errors"), Unit.COUNT);
        assertThat(c).isEmpty();
        assertThat(Categories.title(c)).isEqualTo("Other metrics");
        assertThat(ReportModel.order(c)).isGreaterThan(ReportModel.order(Optional.of(Category.WASM)));
    }
}
