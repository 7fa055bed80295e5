package dev.caxton.bench.jmh;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JMH benchmark method found on the classpath: its full name ({@code package.Class.method}), the
 * labels of the modes it runs in ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss}) and the
 * values of its {@code @Param} fields by name.
 */
public record JmhBenchmark(String name, List<String> modes, Map<String, List<String>> params) {
    public JmhBenchmark {
        Objects.requireNonNull(name, "name");
        modes = List.copyOf(modes);
        Map<String, List<String>> p = new LinkedHashMap<>();
        params.forEach((k, v) -> p.put(k, List.copyOf(v)));
        params = Collections.unmodifiableMap(p);
    }
}
