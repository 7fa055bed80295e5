package dev.caxton.bench.model;

import java.util.Objects;

/** A benchmark that did not produce its measurements: its name (a name as {@link Names} says) and the cause, in words. */
public record BenchmarkFailure(String suite, String benchmark, String cause) {
    public BenchmarkFailure {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(cause, "cause");
        Names.require("suite name", suite);
        Names.require("benchmark name", benchmark);
    }
}
