package dev.caxton.bench.suite;

import java.util.List;

/**
 * A named list of benchmarks, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.caxton.bench.suite.Suite}); {@code agent} is built in.
 */
public interface Suite {
    String name();

    String description();

    List<Benchmark> benchmarks();
}
