package dev.caxton.bench.jmh;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.importer.ImportedFile;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.BenchmarkContext;
import dev.caxton.bench.suite.BenchmarkResult;
import dev.caxton.bench.suite.Category;
import dev.caxton.bench.suite.Suite;
import dev.caxton.bench.suite.SuiteRunner;

/**
 * The suite {@code jmh}: every JMH benchmark method on the classpath (ours in
 * {@code dev.caxton.bench.agent.jmh} and the user's), one {@link Benchmark} per method, named by its
 * full name ({@code package.Class.method}) so that {@code --include REGEX} selects methods as JMH's own
 * regular expressions do. Each runs through {@link JmhRunner} with the run's profile and the GC
 * profiler, in all its modes and param combinations. A method with a {@code system} param (the agent
 * benchmarks) is run against the run's system under test: it is created once through the context to
 * learn its name, then each JMH fork creates its own by that name. A method without one measures no
 * system ({@link Benchmark#measuresSystem()} is false), so a run whose selected methods all lack it
 * records the system {@link SuiteRunner#NO_SYSTEM} ({@code none}), whatever {@code --system} said.
 */
public final class JmhSuite implements Suite {
    /** Found by {@link java.util.ServiceLoader}. */
    public JmhSuite() {}

    @Override
    public String name() {
        return "jmh";
    }

    @Override
    public String description() {
        return "The JMH benchmarks on the classpath (the agent SPI's and yours), one per benchmark method";
    }

    /** Discovered anew on each call, from the META-INF/BenchmarkList files on the classpath. */
    @Override
    public List<Benchmark> benchmarks() {
        return JmhRunner.benchmarks(JmhRequest.defaults()).stream().<Benchmark>map(MethodBenchmark::new).toList();
    }

    /** One JMH benchmark method as a benchmark of this suite; run by {@link SuiteRunner}. */
    private static final class MethodBenchmark implements Benchmark {
        private final JmhBenchmark jmh;

        MethodBenchmark(JmhBenchmark jmh) {
            this.jmh = jmh;
        }

        @Override
        public String name() {
            return jmh.name();
        }

        @Override
        public String description() {
            return "JMH " + jmh.name() + " in " + String.join(", ", jmh.modes())
                    + (jmh.params().isEmpty() ? "" : " with params " + jmh.params());
        }

        @Override
        public Category category() {
            return Category.JMH;
        }

        /** Only a method with a {@code system} param runs against the system under test. */
        @Override
        public boolean measuresSystem() {
            return jmh.params().containsKey(JmhRunner.SYSTEM_PARAM);
        }

        @Override
        public Duration timeLimit(Profile profile) {
            return estimate(profile).multipliedBy(3).plusMinutes(1);
        }

        @Override
        public Duration estimate(Profile profile) {
            long combos = 1;
            for (Map.Entry<String, List<String>> p : jmh.params().entrySet()) {
                if (!p.getKey().equals(JmhRunner.SYSTEM_PARAM)) {
                    combos *= Math.max(1, p.getValue().size());
                }
            }
            return Duration.ofMillis(JmhProfiles.estimateMillis(profile) * jmh.modes().size() * combos);
        }

        @Override
        public BenchmarkResult run(BenchmarkContext context) {
            JmhRequest request = JmhRequest.defaults().withProfile(context.profile())
                    .withInclude(List.of(Pattern.compile("^" + Pattern.quote(jmh.name()) + "$")));
            if (measuresSystem()) {
                String system;
                try (AgentSystem sut = context.newSystem()) {
                    system = sut.name();
                }
                request = request.withParams(Map.of(JmhRunner.SYSTEM_PARAM, List.of(system)));
            }
            context.progress(0);
            ImportedFile f = JmhRunner.measure(request);
            context.progress(1);
            if (!f.failures().isEmpty()) {
                throw new JmhException("JMH gave no value for " + f.failures().get(0).benchmark() + ": "
                        + f.failures().get(0).cause());
            }
            List<Measurement> ms = f.measurements();
            Map<String, dev.caxton.bench.model.LatencyDistribution> hs = f.histograms();
            if (!context.suite().equals("jmh")) {
                ms = ms.stream().map(m -> new Measurement(resuite(m.id(), context.suite()), m.unit(), m.direction(),
                        m.value(), m.stats(), m.samples())).toList();
                hs = hs.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        e -> resuite(MetricId.parse(e.getKey()), context.suite()).canonical(), Map.Entry::getValue));
            }
            return new BenchmarkResult(ms, hs);
        }

        private static MetricId resuite(MetricId id, String suite) {
            return new MetricId(suite, id.benchmark(), id.metric(), id.params());
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static Optional<Benchmark> find(String name) {
        return new JmhSuite().benchmarks().stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
