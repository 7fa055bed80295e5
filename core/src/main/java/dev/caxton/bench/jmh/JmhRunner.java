package dev.caxton.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Pattern;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import dev.caxton.bench.importer.Format;
import dev.caxton.bench.importer.ImportException;
import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportedFile;
import dev.caxton.bench.importer.Importers;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.suite.SuiteRunner;

/**
 * Runs JMH benchmarks in-process through JMH's API and turns the results into a {@link Run}.
 *
 * <p>Benchmarks are found in every {@code META-INF/BenchmarkList} on the classpath (JMH's annotation
 * processor writes one per compiled module), so a user's benchmark jar is run by putting it on the
 * classpath beside ours: {@code java -cp caxton-bench.jar:my-benchmarks.jar ... run --suite jmh}.
 * Forked JVMs get this JVM's classpath.
 *
 * <p>The results are mapped by JMH's own JSON writer followed by the JMH JSON importer, so a run and an
 * import of {@code -rf json} output give the same measurements (see {@link Importers}). JMH's console
 * output is discarded; nothing is printed.
 */
public final class JmhRunner {
    /** The {@code @Param} by which a benchmark takes the name of the agent system it runs against. */
    static final String SYSTEM_PARAM = "system";

    private final Clock clock;

    /** A runner whose runs are dated by the system clock. */
    public JmhRunner() {
        this(Clock.systemUTC());
    }

    public JmhRunner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The benchmarks on the classpath that the request selects, sorted by name. */
    public static List<JmhBenchmark> benchmarks(JmhRequest request) {
        SortedSet<BenchmarkListEntry> entries;
        try {
            entries = BenchmarkList.defaultList().find(silent(OutputStream.nullOutputStream()),
                    regexes(request.include(), ".*"), regexes(request.exclude(), null));
        } catch (RuntimeException e) {
            throw new JmhException("Cannot read the JMH benchmark lists (META-INF/BenchmarkList) on the classpath: "
                    + e.getMessage() + ". Rebuild the benchmark jar with jmh-generator-annprocess", e);
        }
        Map<String, List<String>> modes = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> params = new LinkedHashMap<>();
        for (BenchmarkListEntry e : entries) {
            modes.computeIfAbsent(e.getUsername(), k -> new ArrayList<>()).add(e.getMode().shortLabel());
            Map<String, List<String>> p = new LinkedHashMap<>();
            if (e.getParams().hasValue()) {
                e.getParams().get().forEach((k, v) -> p.put(k, Arrays.asList(v)));
            }
            params.putIfAbsent(e.getUsername(), p);
        }
        List<JmhBenchmark> out = new ArrayList<>();
        modes.forEach((name, m) -> out.add(new JmhBenchmark(name, m.stream().distinct().toList(), params.get(name))));
        out.sort(java.util.Comparator.comparing(JmhBenchmark::name));
        return out;
    }

    /**
     * Runs the selected benchmarks and returns them as a run of suite {@code jmh} on this machine's
     * environment. Its system is {@linkplain #systemOf the one the benchmarks ran against}.
     *
     * @throws JmhException when nothing matches, a benchmark fails, or JMH cannot run
     */
    public Run run(JmhRequest request) {
        return run(request, Environment.detect());
    }

    /** Like {@link #run(JmhRequest)}, on the given environment. */
    public Run run(JmhRequest request, Environment environment) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(environment, "environment");
        java.time.Instant started = clock.instant();
        RunId id = RunId.next(clock);
        ImportedFile f = measure(request);
        RunInfo info = new RunInfo(id, started, Optional.empty(), Optional.empty(), Optional.empty(), environment, "jmh",
                RunProfile.of(request.profile()), systemOf(benchmarks(request), request), Optional.empty());
        return new Run(info, f.measurements(), f.histograms(), f.failures());
    }

    /**
     * The system a run of {@code selected} measures: {@link SuiteRunner#NO_SYSTEM} when none of them has a
     * {@code system} param; else the param's values, those of the request or else the benchmarks' own,
     * joined by commas when there are several (each metric id names its own in {@code [system=...]}).
     */
    static String systemOf(List<JmhBenchmark> selected, JmhRequest request) {
        List<JmhBenchmark> takers = selected.stream().filter(b -> b.params().containsKey(SYSTEM_PARAM)).toList();
        if (takers.isEmpty()) {
            return SuiteRunner.NO_SYSTEM;
        }
        List<String> given = request.params().get(SYSTEM_PARAM);
        java.util.Set<String> systems = new java.util.LinkedHashSet<>();
        if (given != null) {
            systems.addAll(given);
        } else {
            takers.forEach(b -> systems.addAll(b.params().get(SYSTEM_PARAM)));
        }
        return String.join(",", systems);
    }

    /** Runs and maps, through JMH's JSON and the JMH JSON importer. */
    static ImportedFile measure(JmhRequest request) {
        if (benchmarks(request).isEmpty()) {
            throw new JmhException("No JMH benchmark matches include " + request.include() + " and exclude "
                    + request.exclude() + ". Benchmarks on the classpath: " + String.join(", ",
                    benchmarks(request.withInclude(List.of()).withExclude(List.of())).stream().map(JmhBenchmark::name).toList())
                    + ". Put the benchmark jar on the classpath, or fix the regular expression");
        }
        ChainedOptionsBuilder b = new OptionsBuilder()
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL);
        if (request.include().isEmpty()) {
            b.include(".*");
        }
        request.include().forEach(p -> b.include(p.pattern()));
        request.exclude().forEach(p -> b.exclude(p.pattern()));
        JmhProfiles.apply(request.profile(), b);
        request.forks().ifPresent(b::forks);
        if (!request.jvmArgs().isEmpty()) {
            b.jvmArgsAppend(request.jvmArgs().toArray(String[]::new));
        }
        request.params().forEach((k, v) -> b.param(k, v.toArray(String[]::new)));
        if (request.gcProfiler()) {
            b.addProfiler(GCProfiler.class);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Collection<RunResult> results;
        try {
            results = new Runner(b.build(), silent(log)).run();
        } catch (RunnerException | RuntimeException e) {
            String tail = tail(log.toString(StandardCharsets.UTF_8));
            throw new JmhException("JMH failed: " + e.getMessage() + (tail.isEmpty() ? "" : "; its output ended with: " + tail),
                    e);
        }
        if (results.isEmpty()) {
            throw new JmhException("JMH produced no result; its output ended with: " + tail(log.toString(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(json, false, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
        }
        try {
            return Importers.parse(Path.of("jmh-run.json"), json.toByteArray(), Format.JMH_JSON, ImportOptions.defaults());
        } catch (ImportException e) {
            throw new JmhException("JMH's results could not be mapped: " + e.getMessage(), e);
        }
    }

    private static List<String> regexes(List<Pattern> patterns, String whenEmpty) {
        if (patterns.isEmpty()) {
            return whenEmpty == null ? List.of() : List.of(whenEmpty);
        }
        return patterns.stream().map(Pattern::pattern).toList();
    }

    private static OutputFormat silent(OutputStream sink) {
        return OutputFormatFactory.createFormatInstance(new PrintStream(sink, true, StandardCharsets.UTF_8),
                VerboseMode.NORMAL);
    }

    private static String tail(String log) {
        String t = log.strip();
        return t.length() > 2000 ? "..." + t.substring(t.length() - 2000) : t;
    }
}
