package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryProblem;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.history.view.EnvironmentScope;
import dev.caxton.bench.history.view.HistoryView;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.history.view.ViewedHistory;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caxton-bench history}: browses, merges, prunes and imports the history of runs. Without a
 * subcommand, prints the usage and exits with 2.
 */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Browses and maintains the history of runs: one CSV file, one row per metric per run.",
                "'run' and 'import' append every run to it (default .caxton-bench/history.csv)."},
        footer = {"", "Exit codes: 0 ok; 1 a history file is malformed or conflicting (each problem is listed with its "
                + "file, line and fix; nothing was changed); 2 usage error (an unknown metric, run or option); "
                + "3 internal error or a file that could not be written."})
final class HistoryCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    HistoryCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        invocation.err().println("caxton-bench: history needs a subcommand.");
        spec.commandLine().usage(invocation.err());
        return ExitCode.USAGE.code();
    }

    /** {@code --history FILE}, shared by the history subcommands. */
    static final class FileOption {
        @Option(names = "--history", paramLabel = "FILE", description = "The history file (default: ${DEFAULT-VALUE}).")
        Path history;

        Path file(Invocation invocation) {
            return invocation.resolve(history);
        }
    }

    /**
     * {@code --branch}, {@code --system} and {@code --profile}, for the subcommands that browse runs. A
     * series is one suite, system and profile; with none chosen, each system and profile is its own.
     */
    static final class RunOptions {
        @Option(names = "--branch", paramLabel = "B", description = "Only runs on this branch.")
        Optional<String> branch = Optional.empty();

        @Option(names = "--system", paramLabel = "NAME",
                description = "Only runs of this system under test (default: every system, each its own series).")
        Optional<String> system = Optional.empty();

        @Option(names = "--profile", paramLabel = "P",
                description = "Only runs of this profile (default: every profile, each its own series).")
        Optional<String> profile = Optional.empty();

        /** The filter of these flags and {@code suite}; a suite, system or profile no run has is a usage error. */
        RunFilter filter(History history, Optional<String> suite, EnvironmentScope environment) {
            RunFilter filter = filter(suite, environment);
            requireKnown(filter, history.runs().stream().map(Run::info).toList());
            return filter;
        }

        /** The filter of these flags and {@code suite}, unchecked: check it with {@link #requireKnown} once the runs are read. */
        RunFilter filter(Optional<String> suite, EnvironmentScope environment) {
            return new RunFilter(branch, suite, system, profile, environment);
        }

        /** A suite, system or profile of the filter that none of {@code runs} has is a usage error. */
        static void requireKnown(RunFilter filter, List<RunInfo> runs) {
            requireKnown(runs, "suite", filter.suite(), RunInfo::suite);
            requireKnown(runs, "system", filter.system(), RunInfo::system);
            requireKnown(runs, "profile", filter.profile(), r -> r.profile().label());
        }

        /** A value of a filter that no run of the history has is a usage error that lists the values it has. */
        private static void requireKnown(List<RunInfo> runs, String what, Optional<String> value,
                                         Function<RunInfo, String> of) {
            if (value.isEmpty() || runs.stream().map(of).anyMatch(value.get()::equals)) {
                return;
            }
            List<String> known = runs.stream().map(r -> TerminalText.sanitize(of.apply(r)))
                    .distinct().sorted().toList();
            throw new UsageException("No run of " + what + " '" + TerminalText.sanitize(value.get())
                    + "' in the history. " + (known.isEmpty() ? "The history holds no run yet"
                            : "Its " + (what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s")
                                    + " are: " + String.join(", ", known)));
        }
    }

    /** {@code --lenient}, for the subcommands that only read. */
    static final class ReadOptions {
        @Option(names = "--lenient", description = "Skips malformed rows of the history with one warning each, "
                + "instead of stopping at the first.")
        boolean lenient;
    }

    /** Reads the history, printing each warning (a torn last line, a skipped row) on stderr. */
    static History open(Invocation invocation, Path file, boolean lenient) {
        History h = History.open(file, lenient ? ReadMode.LENIENT : ReadMode.STRICT);
        warn(invocation, h.warnings());
        return h;
    }

    /**
     * Reads the history for a view of {@code filter} (compactly: see {@link HistoryView#read}), printing
     * each warning on stderr.
     */
    static ViewedHistory view(Invocation invocation, Path file, boolean lenient, RunFilter filter, int window,
                              Predicate<MetricId> inFull) {
        ViewedHistory h = HistoryView.withDefaults().read(file, lenient ? ReadMode.LENIENT : ReadMode.STRICT, filter,
                window, inFull);
        warn(invocation, h.warnings());
        return h;
    }

    private static void warn(Invocation invocation, List<HistoryProblem> warnings) {
        for (HistoryProblem p : warnings) {
            invocation.err().println("caxton-bench: warning: " + describe(invocation, p));
        }
    }

    /** A problem as {@code file line 3, column value: what is wrong and the fix}, with the file shown relative. */
    static String describe(Invocation invocation, HistoryProblem p) {
        return TerminalText.sanitize(invocation.show(p.file()) + (p.line() > 0 ? " line " + p.line() : "")
                + p.column().map(c -> ", column " + c).orElse("") + ": ").concat(sanitizeLines(p.message()));
    }

    private static String sanitizeLines(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append("\n    ");
            }
            sb.append(TerminalText.sanitize(line));
        }
        return sb.toString();
    }

    /** The folder of the history file, where baselines and histograms live beside it. */
    static Path folder(Path history) {
        return Optional.ofNullable(history.toAbsolutePath().getParent()).orElse(history.toAbsolutePath());
    }
}
