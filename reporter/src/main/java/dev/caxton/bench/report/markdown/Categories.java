package dev.caxton.bench.report.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.Category;

/**
 * The report section of a metric, from its id: the agent suite's benchmarks by name, JMH results by
 * suite or mode, WebAssembly and load scenarios by name, and otherwise by what the unit measures. A
 * dimensionless metric of an unknown benchmark has no section and goes under "Other metrics".
 */
final class Categories {
    private static final Set<String> JMH_MODES = Set.of("thrpt", "avgt", "sample", "ss");

    private Categories() {}

    static Optional<Category> of(MetricId id, Unit unit) {
        String suite = id.suite().toLowerCase(Locale.ROOT);
        String benchmark = id.benchmark().toLowerCase(Locale.ROOT);
        if (suite.contains("wasm") || suite.contains("webassembly") || benchmark.contains("wasm")
                || benchmark.contains("webassembly")) {
            return Optional.of(Category.WASM);
        }
        if (suite.equals("jmh") || JMH_MODES.contains(id.metric())) {
            return Optional.of(Category.JMH);
        }
        Optional<Category> known = switch (benchmark) {
            case "message_throughput", "task_processing" -> Optional.of(Category.THROUGHPUT);
            case "agent_response_time" -> Optional.of(Category.LATENCY);
            case "request_latency" -> Optional.of("open".equals(id.params().get("mode")) ? Category.LOAD : Category.LATENCY);
            case "memory_per_agent", "cpu_per_agent" -> Optional.of(Category.RESOURCES);
            case "spawn_time" -> Optional.of(Category.SCALABILITY);
            case "recovery_time" -> Optional.of(Category.RECOVERY);
            default -> Optional.empty();
        };
        if (known.isPresent()) {
            return known;
        }
        if (benchmark.contains("load") || benchmark.contains("stress") || benchmark.contains("soak")
                || benchmark.contains("sustained") || benchmark.contains("peak")) {
            return Optional.of(Category.LOAD);
        }
        if (benchmark.contains("scal") || benchmark.contains("spawn")) {
            return Optional.of(Category.SCALABILITY);
        }
        if (benchmark.contains("recover")) {
            return Optional.of(Category.RECOVERY);
        }
        return switch (unit.kind()) {
            case RATE -> Optional.of(unit == Unit.BYTES_PER_SECOND ? Category.RESOURCES : Category.THROUGHPUT);
            case TIME -> Optional.of(Category.LATENCY);
            case SIZE -> Optional.of(Category.RESOURCES);
            case DIMENSIONLESS -> unit == Unit.PERCENT ? Optional.of(Category.RESOURCES) : Optional.empty();
        };
    }

    /** The section title: the category's, or "Other metrics". */
    static String title(Optional<Category> category) {
        return category.map(Category::title).orElse("Other metrics");
    }
}
