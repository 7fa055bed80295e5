package dev.caxton.bench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystems;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.history.HistoryRecorder;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Shard;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.Suite;
import dev.caxton.bench.suite.SuiteRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caxton-bench run}: runs a suite against one or more systems, writes one run file per
 * system to {@code OUTPUT/runs/}, prints a graded summary (side by side for several systems) and
 * says where the files are.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Runs a benchmark suite against agent systems and prints a graded summary.",
                "Without options: the agent suite, quick profile, reference runtime."},
        footer = {"", "Exit codes: 0 ok; 1 the run completed but --fail-on calls it a failure, or it could not be "
                + "added to the history (the run file is written; stderr says how to add it later); "
                + "2 usage error; 3 internal error."})
final class RunCommand implements Callable<Integer> {
    private final Invocation invocation;
    private final Engine engine;

    @Option(names = "--suite", paramLabel = "NAME", description = "The suite to run (default: ${DEFAULT-VALUE}); 'jmh' runs the JMH benchmarks on the class path, "
                    + "named package.Class.method. See 'caxton-bench suites'.")
    String suite;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = ProfileConverter.class,
            description = "smoke (seconds), quick (minutes) or full (the guide's sizes) (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--system", paramLabel = "NAME", split = ",",
            description = "The system under test; repeat it or give a comma list to run several side by side "
                    + "(default: ${DEFAULT-VALUE}). See 'caxton-bench systems'.")
    List<String> systems = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where run files go: DIR/runs/<run-id>.json (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--history", paramLabel = "FILE",
            description = "The history the run is appended to; its histogram logs go to OUTPUT/histograms/<run-id>.hlog "
                    + "(default: OUTPUT/history.csv).")
    Optional<Path> history = Optional.empty();

    @Option(names = "--no-history", description = "Appends nothing to the history and writes no histogram log.")
    boolean noHistory;

    @Option(names = "--include", paramLabel = "REGEX",
            description = "Runs only benchmarks whose name contains a match; repeatable.")
    List<Pattern> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX",
            description = "Skips benchmarks whose name contains a match; repeatable.")
    List<Pattern> exclude = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Overrides of the default targets (default: targets.conf in the output folder, if it exists).")
    Optional<Path> targets = Optional.empty();

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardOption.class,
            description = "Runs only shard I of N of the selected benchmarks, for a CI matrix: sorted by name, the "
                    + "k-th (from 0) goes to shard k%%N+1. Join the shards' run files with 'caxton-bench merge'.")
    Optional<Shard> shard = Optional.empty();

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Scheduler threads of the system under test (default: the cores, ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "A setting passed to the system under test; repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "When a completed run exits with 1: never; error (a benchmark failed); failing "
                    + "(also a value worse than critical); critical; acceptable (anything below target) "
                    + "(default: ${DEFAULT-VALUE}).")
    FailPolicy failOn;

    @Option(names = "--no-progress", description = "Shows no progress on stderr.")
    boolean noProgress;

    RunCommand(Invocation invocation, Engine engine) {
        this.invocation = invocation;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        Suite chosen = usage(() -> SuiteRunner.requireSuite(suite));
        List<String> names = systemNames();
        AgentSystemConfig config = usage(() -> new AgentSystemConfig(parallelism, options));
        // the library's own selection, so that a filter the suite does not know is the user's mistake (exit 2)
        usage(() -> SuiteRunner.select(chosen, new RunRequest(chosen.name(), profile, names.get(0), config, include,
                exclude, Optional.empty(), Optional.empty(), Optional.empty())));
        Path outDir = invocation.resolve(output);
        Optional<Path> historyFile = Defaults.historyFile(invocation, history, noHistory, outDir);
        Grading grading = usage(() -> engine.grading(Defaults.targetsFile(invocation, targets, outDir)));
        GitIdentity git = GitIdentity.detect(invocation);

        List<Run> runs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        ProgressDisplay progress = progressDisplay();
        ScheduledExecutorService ticker = startTicker(progress);
        try {
            for (String system : names) {
                RunRequest request = new RunRequest(chosen.name(), profile, system, config, include, exclude,
                        git.commit(), git.branch(), git.pullRequest()).withShard(shard);
                Run run = engine.run(request, progress);
                runs.add(run);
                files.add(engine.write(new OutputLayout(outDir).runs(), run));
            }
        } finally {
            if (ticker != null) {
                ticker.shutdownNow();
            }
            progress.finish();
        }

        Style style = invocation.style();
        invocation.out().print(new SummaryTable(grading, style).render(runs));
        invocation.out().println();
        invocation.out().println(files.size() == 1 ? "Run file: " + invocation.show(files.get(0)) : "Run files:");
        if (files.size() > 1) {
            for (int i = 0; i < files.size(); i++) {
                invocation.out().println("  " + TerminalText.sanitize(runs.get(i).info().system()) + ": "
                        + invocation.show(files.get(i)));
            }
        }
        boolean recorded = true;
        if (historyFile.isPresent()) {
            HistoryRecorder recorder = HistoryRecorder.of(new OutputLayout(outDir)).withHistory(historyFile.get());
            for (int i = 0; i < runs.size(); i++) {
                recorded &= RecordingText.print(invocation, recorder.record(runs.get(i), files.get(i)));
            }
        }
        List<ComparisonFlow.Outcome> compared = recorded && historyFile.isPresent()
                ? RunReports.compareAndWrite(invocation, historyFile.get(), outDir, runs,
                        Defaults.targetsFile(invocation, targets, outDir))
                : List.of();
        invocation.out().flush();
        ExitCode verdict = verdict(runs, grading);
        if (verdict == ExitCode.OK) {
            for (ComparisonFlow.Outcome o : compared) {
                if (CompareCommand.verdict(invocation, failOn, o.comparison()) != ExitCode.OK.code()) {
                    verdict = ExitCode.POLICY_FAILURE;
                }
            }
        }
        return verdict == ExitCode.OK && !recorded ? ExitCode.POLICY_FAILURE.code() : verdict.code();
    }

    /** 1 when the policy calls the completed run a failure, with the reason on stderr. */
    private ExitCode verdict(List<Run> runs, Grading grading) {
        long failedBenchmarks = runs.stream().mapToLong(r -> r.failures().size()).sum();
        if (failedBenchmarks > 0 && failOn.failsOnBenchmarkFailure()) {
            invocation.err().println("caxton-bench: " + failedBenchmarks
                    + (failedBenchmarks == 1 ? " benchmark" : " benchmarks") + " failed (exit 1; --fail-on=never ignores this).");
            return ExitCode.POLICY_FAILURE;
        }
        List<String> bad = new ArrayList<>();
        for (Run run : runs) {
            for (Measurement m : run.measurements()) {
                grading.grade(m).filter(failOn::failsOn).ifPresent(g -> bad.add(
                        TerminalText.sanitize(run.info().system()) + " " + SummaryTable.metricName(m.id()) + " (" + g.label() + ")"));
            }
        }
        if (!bad.isEmpty()) {
            invocation.err().println("caxton-bench: --fail-on=" + failOn.label() + " and " + bad.size()
                    + (bad.size() == 1 ? " value grades" : " values grade") + " below it: " + String.join(", ", bad));
            return ExitCode.POLICY_FAILURE;
        }
        return ExitCode.OK;
    }

    private List<String> systemNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String s : systems) {
            if (!s.isBlank()) {
                names.add(s.trim());
            }
        }
        if (names.isEmpty()) {
            throw new UsageException("--system needs a name. Known systems are: " + AgentSystems.providers().stream()
                    .map(p -> p.name()).collect(Collectors.joining(", ")));
        }
        names.forEach(n -> usage(() -> AgentSystems.require(n)));
        return List.copyOf(names);
    }

    private ProgressDisplay progressDisplay() {
        ProgressDisplay.Mode mode = noProgress ? ProgressDisplay.Mode.NONE
                : invocation.terminal() ? ProgressDisplay.Mode.TERMINAL : ProgressDisplay.Mode.PLAIN;
        PrintWriter err = new PrintWriter(invocation.err(), false, StandardCharsets.UTF_8);
        return ProgressDisplay.create(mode, err, invocation.style(), MonotonicClock.SYSTEM, invocation.columns());
    }

    /** Redraws the status line twice a second so that the elapsed time moves between events. */
    private static ScheduledExecutorService startTicker(ProgressDisplay progress) {
        if (!(progress instanceof TerminalProgress)) {
            return null;
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "caxton-bench-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(progress::tick, 500, 500, TimeUnit.MILLISECONDS);
        return ticker;
    }

    /** Runs a lookup whose IllegalArgumentException is the user's mistake. */
    private static <T> T usage(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            try {
                return Profile.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailPolicy> {
        @Override
        public FailPolicy convert(String value) {
            try {
                return FailPolicy.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
