package dev.caxton.bench.suite;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;

/** What a running benchmark may use. */
public interface BenchmarkContext {
    Profile profile();

    /** The suite's name, the first part of every metric id. */
    String suite();

    /** A new started system under test; the benchmark closes it. */
    AgentSystem newSystem();

    /** A metric id of this benchmark: {@code suite/benchmark/metric}. */
    MetricId metric(String metric);

    /** Reports how far the benchmark is, between 0 and 1. */
    void progress(double fraction);

    /** True once the time limit passed or the run was interrupted: stop measuring and return. */
    boolean cancelled();
}
