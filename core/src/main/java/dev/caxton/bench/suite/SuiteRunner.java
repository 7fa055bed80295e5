package dev.caxton.bench.suite;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.caxton.bench.agent.AgentSystemProvider;
import dev.caxton.bench.agent.AgentSystems;
import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;

/**
 * Runs a suite: each selected benchmark in turn, each within its time limit. A benchmark that
 * throws, hangs or exceeds its limit is recorded as a failure with its cause and the others still run.
 *
 * <p>Each benchmark runs on its own daemon thread. When its {@linkplain Benchmark#timeLimit time limit}
 * passes, the runner sets the context's cancelled flag, interrupts the thread, waits a moment for it to
 * return, closes the systems it created and moves on; a thread that never returns is left behind (it
 * is a daemon thread, so it does not keep the JVM alive). Progress reported by a benchmark is relayed
 * to the {@link ProgressListener} from the runner's thread, every 100 ms while it changes, and once more
 * when the benchmark returns if its last report was not relayed yet.
 */
public final class SuiteRunner {
    /**
     * The system recorded for a run none of whose benchmarks {@linkplain Benchmark#measuresSystem measures
     * a system}: its numbers belong to no system under test, whatever {@code --system} said.
     */
    public static final String NO_SYSTEM = "none";
    /** How long a cancelled benchmark may take to return before the runner gives up on it. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    /** How often the runner relays progress while it waits for a benchmark. */
    private static final long POLL_MILLIS = 100;

    private final Clock clock;

    /** A runner that stamps runs with the system clock (UTC). */
    public SuiteRunner() {
        this(Clock.systemUTC());
    }

    /** A runner that stamps runs with {@code clock}; durations are always measured with {@link System#nanoTime()}. */
    public SuiteRunner(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** Every suite on the classpath, sorted by name. */
    public static List<Suite> suites() {
        TreeMap<String, Suite> byName = new TreeMap<>();
        for (Suite s : ServiceLoader.load(Suite.class, SuiteRunner.class.getClassLoader())) {
            byName.putIfAbsent(s.name(), s);
        }
        return List.copyOf(byName.values());
    }

    /** The suite named {@code name}, or an error that lists the known suites. */
    public static Suite requireSuite(String name) {
        return suites().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown suite '" + name + "'. Known suites are: "
                        + suites().stream().map(Suite::name).collect(Collectors.joining(", "))
                        + ". To add a suite, implement dev.caxton.bench.suite.Suite and list it in "
                        + "META-INF/services/dev.caxton.bench.suite.Suite"));
    }

    /**
     * The benchmarks of {@code suite} that {@code request}'s filters select, in suite order: those whose
     * name an include pattern finds (all when there is none) and no exclude pattern finds.
     *
     * @throws IllegalArgumentException when a filter matches no benchmark name, or nothing is left
     */
    public static List<Benchmark> select(Suite suite, RunRequest request) {
        List<Benchmark> all = suite.benchmarks();
        String names = all.stream().map(Benchmark::name).collect(Collectors.joining(", "));
        for (Pattern p : request.include()) {
            requireMatch(suite, all, p, "include", names);
        }
        for (Pattern p : request.exclude()) {
            requireMatch(suite, all, p, "exclude", names);
        }
        List<Benchmark> selected = all.stream()
                .filter(b -> request.include().isEmpty() || request.include().stream().anyMatch(p -> p.matcher(b.name()).find()))
                .filter(b -> request.exclude().stream().noneMatch(p -> p.matcher(b.name()).find()))
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("The filters include " + patterns(request.include()) + " and exclude "
                    + patterns(request.exclude()) + " leave no benchmark of suite '" + suite.name()
                    + "' to run. Its benchmarks are: " + names);
        }
        return selected;
    }

    /**
     * Runs the request. Unknown suites, systems and filters that select nothing fail before anything
     * runs, with an {@link IllegalArgumentException} that lists the known values. With a
     * {@linkplain RunRequest#shard() shard}, only that shard of the selected benchmarks runs (possibly
     * none) and the run records the shard.
     */
    public Run run(RunRequest request, ProgressListener listener) {
        java.util.Objects.requireNonNull(request, "request");
        java.util.Objects.requireNonNull(listener, "listener");
        Suite suite = requireSuite(request.suite());
        AgentSystemProvider provider = AgentSystems.require(request.system());
        List<Benchmark> selected = select(suite, request);
        // decided on the whole selection, so that every shard of one run records the same system
        String system = selected.stream().anyMatch(Benchmark::measuresSystem) ? provider.name() : NO_SYSTEM;
        List<Benchmark> benchmarks = request.shard().map(s -> s.select(selected, Benchmark::name)).orElse(selected);

        java.time.Instant startedAt = clock.instant();
        long suiteStart = System.nanoTime();
        Duration estimate = benchmarks.stream().map(b -> b.estimate(request.profile())).reduce(Duration.ZERO, Duration::plus);
        listener.suiteStarted(suite.name(), system, benchmarks.size(), estimate);

        List<Measurement> measurements = new ArrayList<>();
        Map<String, LatencyDistribution> histograms = new HashMap<>();
        List<BenchmarkFailure> failures = new ArrayList<>();
        boolean interrupted = false;
        for (int i = 0; i < benchmarks.size(); i++) {
            Benchmark b = benchmarks.get(i);
            if (interrupted) {
                failures.add(new BenchmarkFailure(suite.name(), b.name(), "not run: the run was interrupted"));
                continue;
            }
            listener.benchmarkStarted(b.name(), i, benchmarks.size(), b.estimate(request.profile()));
            long start = System.nanoTime();
            Outcome outcome = runOne(suite, b, provider, request, listener);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            outcome.result().ifPresent(r -> {
                measurements.addAll(r.measurements());
                histograms.putAll(r.histograms());
            });
            outcome.failure().ifPresent(cause -> failures.add(new BenchmarkFailure(suite.name(), b.name(), cause)));
            listener.benchmarkFinished(b.name(), outcome.failure(), took);
            interrupted = outcome.interrupted();
        }
        listener.suiteFinished(Duration.ofNanos(System.nanoTime() - suiteStart));
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        RunInfo info = new RunInfo(RunId.next(startedAt), startedAt, request.commit(), request.branch(),
                request.pullRequest(), Environment.detect(), suite.name(), RunProfile.of(request.profile()), system,
                request.shard());
        return new Run(info, measurements, histograms, failures);
    }

    private record Outcome(Optional<BenchmarkResult> result, Optional<String> failure, boolean interrupted) {
        static Outcome ok(BenchmarkResult r) {
            return new Outcome(Optional.of(r), Optional.empty(), false);
        }

        static Outcome failed(String cause) {
            return new Outcome(Optional.empty(), Optional.of(cause), false);
        }
    }

    private Outcome runOne(Suite suite, Benchmark benchmark, AgentSystemProvider provider, RunRequest request,
                           ProgressListener listener) {
        Duration limit = benchmark.timeLimit(request.profile());
        RunnerContext context = new RunnerContext(suite.name(), benchmark.name(), request.profile(), provider,
                request.config());
        CompletableFuture<BenchmarkResult> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(benchmark.run(context));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "caxton-bench-" + benchmark.name());
        thread.setDaemon(true);
        thread.start();

        long deadline = System.nanoTime() + limit.toNanos();
        double reported = -1;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return timedOut(benchmark, context, thread, result, limit);
                }
                try {
                    BenchmarkResult r = result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                            TimeUnit.NANOSECONDS);
                    if (r == null) {
                        return Outcome.failed("the benchmark returned no result");
                    }
                    if (context.fraction() != reported) {
                        listener.benchmarkProgress(benchmark.name(), context.fraction());
                    }
                    return checked(suite, benchmark, r);
                } catch (TimeoutException notYet) {
                    double f = context.fraction();
                    if (f != reported) {
                        reported = f;
                        listener.benchmarkProgress(benchmark.name(), f);
                    }
                } catch (ExecutionException e) {
                    return Outcome.failed(describe(e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            context.cancel();
            thread.interrupt();
            context.closeLeftovers();
            return new Outcome(Optional.empty(), Optional.of("interrupted: the run was interrupted while "
                    + benchmark.name() + " ran"), true);
        }
    }

    private static Outcome timedOut(Benchmark benchmark, RunnerContext context, Thread thread,
                                    CompletableFuture<BenchmarkResult> result, Duration limit) throws InterruptedException {
        context.cancel();
        thread.interrupt();
        thread.join(GRACE.toMillis());
        String tail;
        if (thread.isAlive()) {
            tail = "the system did not return control within " + format(GRACE)
                    + " of being cancelled and interrupted (a hung thread was left behind)";
        } else if (result.isCompletedExceptionally()) {
            tail = "the system did not finish in time; after cancellation: " + describe(result.handle((r, t) -> t).join());
        } else {
            tail = "the system did not finish the work of this profile in time";
        }
        context.closeLeftovers();
        return Outcome.failed("timed out after " + format(limit) + "; " + tail);
    }

    /** The result, or a failure when a measurement's id does not start with the suite's and the benchmark's names. */
    private static Outcome checked(Suite suite, Benchmark benchmark, BenchmarkResult r) {
        List<String> strays = r.measurements().stream().map(Measurement::id)
                .filter(id -> !id.suite().equals(suite.name()) || !id.benchmark().equals(benchmark.name()))
                .map(dev.caxton.bench.model.MetricId::canonical).toList();
        if (!strays.isEmpty()) {
            return Outcome.failed("the benchmark reported metrics outside " + suite.name() + "/" + benchmark.name()
                    + "/: " + String.join(", ", strays) + "; build ids with BenchmarkContext.metric(name)");
        }
        return Outcome.ok(r);
    }

    /** A throwable and its causes in words: {@code IllegalStateException: boom; caused by IOException: disk}. */
    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Throwable c = t;
        while (c != null && seen.add(c)) {
            if ((c instanceof ExecutionException || c instanceof CompletionException) && c.getCause() != null) {
                c = c.getCause();
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; caused by ");
            }
            sb.append(c.getClass().getSimpleName().isEmpty() ? c.getClass().getName() : c.getClass().getSimpleName());
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                sb.append(": ").append(c.getMessage());
            }
            c = c.getCause();
        }
        return sb.toString();
    }

    /** A duration in the largest unit that keeps it readable: {@code 250 ms}, {@code 12 s}, {@code 2 min 5 s}. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        if (s < 120) {
            return (ms % 1000 == 0 ? Long.toString(s) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0)) + " s";
        }
        return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
    }

    private static void requireMatch(Suite suite, List<Benchmark> all, Pattern p, String kind, String names) {
        if (all.stream().noneMatch(b -> p.matcher(b.name()).find())) {
            throw new IllegalArgumentException("The " + kind + " filter '" + p.pattern()
                    + "' matches no benchmark of suite '" + suite.name() + "'. Its benchmarks are: " + names);
        }
    }

    private static String patterns(List<Pattern> ps) {
        return ps.stream().map(p -> "'" + p.pattern() + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
