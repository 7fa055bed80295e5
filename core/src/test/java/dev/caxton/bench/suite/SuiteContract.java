package dev.caxton.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;

/**
 * The behaviour every {@link Suite} must show for the runner, the history and the reports to work with
 * it. Extend it for your suite and return a fresh instance from {@link #createSuite()}.
 *
 * <p>Every test but one checks what the suite declares: its name, its benchmarks' names, descriptions,
 * categories, estimates and time limits, and that it lists them the same way each time. The last one
 * runs benchmarks through {@link SuiteRunner} as its {@link RunPlan} says (by default every benchmark in
 * smoke against {@code reference}) and checks what they measured: no failure, every metric id in the
 * suite and in a benchmark that ran, and, across the profiles, the same metrics (name, parameter names
 * and unit per benchmark): a profile scales sizes and durations, never what is measured. Plan more
 * profiles when the suite is cheap, fewer benchmarks when it is not:
 * <pre>
 * class MySuiteContractTest extends SuiteContract {
 *     MySuiteContractTest() {
 *         super(MySuite::new, RunPlan.of(EnumSet.allOf(Profile.class)));
 *     }
 * }
 * </pre>
 *
 * <p>The kit checks behaviour only, never timing. It needs nothing but JUnit Jupiter and core on the
 * test class path, so that it runs in any project that adds the core test-jar.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
public abstract class SuiteContract {
    /** A suite name: what {@code --suite} takes and the first part of every metric id. */
    private static final Pattern SUITE_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    /** Characters a benchmark name must not hold: whitespace, and those a metric id would have to escape. */
    private static final Pattern BAD_BENCHMARK_CHARACTER = Pattern.compile("[\\s\\\\/\\[\\],=\\p{Cntrl}]");

    /**
     * What the last test runs: the benchmarks named in {@code benchmarks} (all of them when it is empty)
     * in each of {@code profiles} (none: check declarations only), against {@code system}.
     */
    protected record RunPlan(Set<Profile> profiles, Set<String> benchmarks, String system) {
        public RunPlan {
            profiles = profiles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(profiles));
            benchmarks = Set.copyOf(benchmarks);
            Objects.requireNonNull(system, "system");
        }

        /** Every benchmark in smoke against {@code reference}: the default. */
        public static RunPlan smoke() {
            return of(EnumSet.of(Profile.SMOKE));
        }

        /** No run: the declarations only, for a suite too slow to run in tests. */
        public static RunPlan none() {
            return of(EnumSet.noneOf(Profile.class));
        }

        /** The named benchmarks (all when none is named) in each of {@code profiles}, against {@code reference}. */
        public static RunPlan of(Set<Profile> profiles, String... benchmarks) {
            return new RunPlan(profiles, Set.of(benchmarks), "reference");
        }
    }

    private final Supplier<? extends Suite> suites;
    private final RunPlan plan;

    /** The kit for the suite {@code suites} creates (a fresh instance per call), run as {@code plan} says. */
    protected SuiteContract(Supplier<? extends Suite> suites, RunPlan plan) {
        this.suites = Objects.requireNonNull(suites, "suites");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The kit for the suite {@code suites} creates, every benchmark run in smoke against {@code reference}. */
    protected SuiteContract(Supplier<? extends Suite> suites) {
        this(suites, RunPlan.smoke());
    }

    private Suite createSuite() {
        return Objects.requireNonNull(suites.get(), "the suite supplier returned null");
    }

    private static List<String> names(Suite suite) {
        return suite.benchmarks().stream().map(Benchmark::name).toList();
    }

    private static void assertOneLine(String text, String what) {
        assertNotNull(text, what + " is null");
        assertFalse(text.isBlank(), what + " is blank");
        assertFalse(text.contains("\n") || text.contains("\r"), () -> what + " spans more than one line: " + text);
    }

    // ---- the suite -----------------------------------------------------------------------------

    @Test
    void nameIsWellFormedAndDescriptionIsOneLine() {
        Suite suite = createSuite();
        String name = suite.name();
        assertNotNull(name, "the suite's name");
        assertTrue(SUITE_NAME.matcher(name).matches(), () -> "the suite's name '" + name + "' must match "
                + SUITE_NAME.pattern() + ": it is typed after --suite and starts every metric id");
        assertOneLine(suite.description(), "the description of suite '" + name + "'");
    }

    @Test
    void isFoundByTheRunnerUnderItsName() {
        Suite suite = createSuite();
        Optional<Suite> found = SuiteRunner.suites().stream().filter(s -> s.name().equals(suite.name())).findFirst();
        assertTrue(found.isPresent(), () -> "no suite named '" + suite.name() + "' on the class path: list "
                + suite.getClass().getName() + " in META-INF/services/" + Suite.class.getName());
        assertEquals(suite.getClass(), found.get().getClass(), () -> "the runner finds another class under the name '"
                + suite.name() + "'");
    }

    // ---- its benchmarks ------------------------------------------------------------------------

    @Test
    void listsAtLeastOneBenchmark() {
        Suite suite = createSuite();
        assertNotNull(suite.benchmarks(), "benchmarks()");
        assertFalse(suite.benchmarks().isEmpty(), () -> "suite '" + suite.name() + "' lists no benchmark");
    }

    @Test
    void benchmarkNamesAreUniqueAndWellFormed() {
        Suite suite = createSuite();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names(suite)) {
            assertNotNull(name, "a benchmark's name");
            assertFalse(name.isBlank(), "a benchmark's name is blank");
            assertFalse(BAD_BENCHMARK_CHARACTER.matcher(name).find(), () -> "the benchmark name '" + name
                    + "' holds whitespace or one of \\ / [ ] , = (which metric ids escape); use snake_case");
            MetricId id = MetricId.of(suite.name(), name, "metric");
            assertEquals(id, MetricId.parse(id.canonical()), () -> "the metric id of '" + name + "' does not round-trip");
            assertTrue(seen.add(name), () -> "two benchmarks of suite '" + suite.name() + "' are named '" + name + "'");
        }
    }

    @Test
    void benchmarksAreListedTheSameWayEveryTime() {
        Suite suite = createSuite();
        List<String> first = names(suite);
        assertEquals(first, names(suite), "a second call of benchmarks() on the same instance");
        assertEquals(first, names(createSuite()), "benchmarks() of a fresh instance");
    }

    @Test
    void everyBenchmarkDescribesItselfAndHasACategory() {
        for (Benchmark b : createSuite().benchmarks()) {
            assertOneLine(b.description(), "the description of benchmark '" + b.name() + "'");
            assertNotNull(b.category(), () -> "the category of benchmark '" + b.name() + "'");
        }
    }

    @Test
    void everyProfileHasAPositiveEstimateWithinItsTimeLimitAndABiggerProfileNeverPromisesLess() {
        for (Benchmark b : createSuite().benchmarks()) {
            Duration previous = Duration.ZERO;
            for (Profile p : Profile.values()) {
                Duration estimate = b.estimate(p);
                Duration limit = b.timeLimit(p);
                String where = "benchmark '" + b.name() + "', profile " + p.label();
                assertNotNull(estimate, () -> "the estimate of " + where);
                assertNotNull(limit, () -> "the time limit of " + where);
                assertTrue(estimate.compareTo(Duration.ZERO) > 0, () -> "the estimate of " + where + " is " + estimate
                        + "; it must be positive");
                assertTrue(limit.compareTo(estimate) >= 0, () -> "the time limit of " + where + " (" + limit
                        + ") is below its estimate (" + estimate + "): the runner would cut off a working benchmark");
                Duration smaller = previous;
                assertTrue(estimate.compareTo(smaller) >= 0, () -> "the estimate of " + where + " (" + estimate
                        + ") is below the smaller profile's (" + smaller + ")");
                previous = estimate;
            }
        }
    }

    // ---- what it measures ----------------------------------------------------------------------

    /** What a benchmark measures, whatever the profile: a metric name, its parameters' names and its unit. */
    private record Shape(String benchmark, String metric, Set<String> params, String unit) implements Comparable<Shape> {
        static Shape of(Measurement m) {
            return new Shape(m.id().benchmark(), m.id().metric(), new TreeSet<>(m.id().params().keySet()), m.unit().label());
        }

        @Override
        public String toString() {
            return benchmark + "/" + metric + (params.isEmpty() ? "" : params) + " in " + unit;
        }

        @Override
        public int compareTo(Shape other) {
            return toString().compareTo(other.toString());
        }
    }

    @Test
    void runsWithoutFailureAndMeasuresTheSameInEveryProfile() {
        if (plan.profiles().isEmpty()) {
            return;
        }
        Suite suite = createSuite();
        Set<String> toRun = plan.benchmarks().isEmpty() ? new TreeSet<>(names(suite)) : new TreeSet<>(plan.benchmarks());
        assertTrue(names(suite).containsAll(toRun), () -> "the run plan names benchmarks the suite does not list: "
                + toRun + " against " + names(suite));
        List<Pattern> include = toRun.stream().map(n -> Pattern.compile("^" + Pattern.quote(n) + "$")).toList();
        Map<Profile, Set<Shape>> shapes = new EnumMap<>(Profile.class);
        for (Profile profile : Profile.values()) {
            if (!plan.profiles().contains(profile)) {
                continue;
            }
            Run run = new SuiteRunner().run(new RunRequest(suite.name(), profile, plan.system(),
                    AgentSystemConfig.defaults(), include, List.of(), Optional.empty(), Optional.empty(),
                    Optional.empty()), ProgressListener.NONE);
            List<String> failures = run.failures().stream().map(BenchmarkFailure::toString).toList();
            assertEquals(List.of(), failures, "benchmarks that failed in profile " + profile.label());
            Set<String> measured = new TreeSet<>();
            for (Measurement m : run.measurements()) {
                assertEquals(suite.name(), m.id().suite(), () -> m.id() + " is not in suite '" + suite.name() + "'");
                assertTrue(toRun.contains(m.id().benchmark()), () -> m.id() + " belongs to no benchmark that ran");
                measured.add(m.id().benchmark());
            }
            for (String key : run.histograms().keySet()) {
                MetricId id = MetricId.parse(key);
                assertTrue(id.suite().equals(suite.name()) && toRun.contains(id.benchmark()),
                        () -> "the histogram " + key + " belongs to no benchmark that ran");
            }
            assertEquals(toRun, measured, "benchmarks that measured something in profile " + profile.label());
            shapes.put(profile, run.measurements().stream().map(Shape::of).collect(Collectors.toCollection(TreeSet::new)));
        }
        Profile first = shapes.keySet().iterator().next();
        for (Map.Entry<Profile, Set<Shape>> e : shapes.entrySet()) {
            Set<Shape> onlyFirst = new TreeSet<>(shapes.get(first));
            onlyFirst.removeAll(e.getValue());
            Set<Shape> onlyHere = new TreeSet<>(e.getValue());
            onlyHere.removeAll(shapes.get(first));
            if (!onlyFirst.isEmpty() || !onlyHere.isEmpty()) {
                fail("profile " + e.getKey().label() + " measures other metrics than " + first.label()
                        + ": a profile scales sizes and durations, never what is measured. Only in "
                        + first.label() + ": " + new ArrayList<>(onlyFirst) + "; only in " + e.getKey().label() + ": "
                        + new ArrayList<>(onlyHere));
            }
        }
    }
}
