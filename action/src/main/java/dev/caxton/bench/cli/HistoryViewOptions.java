package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.history.view.ViewedHistory;
import dev.caxton.bench.history.view.EnvironmentScope;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.history.view.SeriesKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code history show} and {@code history trend} share: branch, system, profile,
 * environment, window and targets. By default each series keeps to the environment of its newest run,
 * so that values measured on different machines are not drawn as one line; runs of different systems
 * or profiles are never one series.
 */
final class HistoryViewOptions {
    @Mixin
    HistoryCommand.RunOptions runs = new HistoryCommand.RunOptions();

    @ArgGroup(exclusive = true)
    Environment environment;

    static final class Environment {
        @Option(names = "--environment", paramLabel = "FP", required = true,
                description = "Only runs in this environment fingerprint (default: each series' newest run's).")
        Optional<String> fingerprint;

        @Option(names = "--any-environment", required = true, description = "Runs in every environment.")
        boolean any;
    }

    @Option(names = "--last", paramLabel = "N", description = "How many runs to show (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Overrides of the default targets (default: targets.conf beside the history, if it exists).")
    Optional<Path> targets = Optional.empty();

    int last() {
        if (last < 1) {
            throw new UsageException("--last takes a number of runs, 1 or more; got " + last);
        }
        return last;
    }

    Grading grading(Invocation invocation, Engine engine, Path history) {
        return engine.grading(Defaults.targetsFile(invocation, targets, HistoryCommand.folder(history)));
    }

    /** The filter of the flags, with {@code suite} when given, unchecked: read the history with it through {@link #view}, which checks it. */
    RunFilter filter(Optional<String> suite) {
        EnvironmentScope scope = environment == null ? EnvironmentScope.newest()
                : environment.any ? EnvironmentScope.any() : EnvironmentScope.only(environment.fingerprint.orElseThrow());
        return runs.filter(suite, scope);
    }

    /**
     * Reads the history for the view of {@code filter} keeping the newest {@link #last()} points of each
     * series of the metrics {@code inFull} accepts in full; a suite, system or profile of the filter that no run has is a usage error.
     */
    ViewedHistory view(Invocation invocation, Path file, boolean lenient, RunFilter filter,
                       java.util.function.Predicate<dev.caxton.bench.model.MetricId> inFull) {
        ViewedHistory h = HistoryCommand.view(invocation, file, lenient, filter, last(), inFull);
        HistoryCommand.RunOptions.requireKnown(filter, h.allRuns());
        return h;
    }

    /** The filters in words for a title: {@code suite agent · branch main · any environment}. */
    static String describe(RunFilter f) {
        List<String> parts = new ArrayList<>();
        f.suite().ifPresent(s -> parts.add("suite " + s));
        f.system().ifPresent(s -> parts.add("system " + s));
        f.profile().ifPresent(p -> parts.add("profile " + p));
        f.branch().ifPresent(b -> parts.add("branch " + b));
        parts.add(f.environment() instanceof EnvironmentScope.Only only ? "environment " + only.fingerprint()
                : f.environment() instanceof EnvironmentScope.Any ? "any environment" : "newest environment");
        return String.join(" · ", parts);
    }

    /**
     * One series in words for its title: {@code system reference · profile quick · branch main · environment 3f9a…};
     * the suite too when {@code withSuite}.
     */
    static String describe(SeriesKey key, Optional<String> environment, RunFilter f, boolean withSuite) {
        List<String> parts = new ArrayList<>();
        if (withSuite) {
            parts.add("suite " + key.suite());
        }
        parts.add("system " + key.system());
        parts.add("profile " + key.profile());
        f.branch().ifPresent(b -> parts.add("branch " + b));
        parts.add(environment.map(e -> "environment " + e).orElse("any environment"));
        return String.join(" · ", parts);
    }
}
