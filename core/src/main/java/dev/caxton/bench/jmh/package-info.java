/**
 * Running JMH from the library. {@link dev.caxton.bench.jmh.JmhRunner#run(dev.caxton.bench.jmh.JmhRequest)}
 * runs the benchmarks of every {@code META-INF/BenchmarkList} on the classpath selected by include and
 * exclude regular expressions, with the profile's forks and iterations ({@code smoke}: 1 fork, 1 + 1
 * iterations of 10 ms; {@code quick}: 1 fork, 2 + 3 iterations of 1 s; {@code full}: JMH's defaults and
 * the benchmarks' annotations), JVM arguments, {@code @Param} values and the GC profiler, and returns a
 * run. JMH's results go through JMH's own JSON writer and the JMH JSON importer, so running and importing
 * map results the same way.
 *
 * <p>{@link dev.caxton.bench.jmh.JmhSuite} is the suite {@code jmh} of {@code caxton-bench run --suite jmh
 * [--include REGEX]}: one benchmark per JMH method, named by its full name. A user's benchmarks run by
 * putting their jar on the classpath beside ours, for example
 * {@code java -cp caxton-bench.jar:my-benchmarks.jar dev.caxton.bench.cli.Main run --suite jmh --include MyBench};
 * the jar must have been compiled with {@code jmh-generator-annprocess} so that it carries its
 * {@code META-INF/BenchmarkList}.
 *
 * <h2>The run's system</h2>
 * A run's system is the system its numbers belong to, and only a benchmark with a {@code system}
 * {@code @Param} (the agent benchmarks) runs against one. So: when at least one selected benchmark takes
 * a {@code system} param, the run's system is the requested one ({@code --system}; for
 * {@link dev.caxton.bench.jmh.JmhRunner#run} the {@code system} param's value, or else the benchmarks' own
 * default, several joined by commas); when none does, it is {@code none}
 * ({@link dev.caxton.bench.suite.SuiteRunner#NO_SYSTEM}), whatever {@code --system} said. The suite tells
 * {@link dev.caxton.bench.suite.SuiteRunner} through {@link dev.caxton.bench.suite.Benchmark#measuresSystem()}.
 *
 * <p>JMH's global lock ({@code /tmp/jmh.lock}) refuses two JMH runs at once
 * on one machine; {@code -Djmh.ignoreLock=true} lifts it.
 */
package dev.caxton.bench.jmh;
