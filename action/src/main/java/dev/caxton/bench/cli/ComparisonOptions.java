package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.compare.BenchConfig;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.history.History;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFileException;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;
import picocli.CommandLine.Option;

/**
 * The options {@code compare} and {@code report} share: which run, against which baseline, with which
 * history and configuration file, and when to exit with 1.
 */
final class ComparisonOptions {
    @Option(names = "--run", paramLabel = "ID|FILE",
            description = "The run to compare: a run id of the history or a run file (default: the newest run of the "
                    + "history on the checkout's branch, else the newest run).")
    Optional<String> run = Optional.empty();

    @Option(names = "--baseline", paramLabel = "auto|RUN|COMMIT|NAME",
            description = "What to compare with: 'auto' (the previous run on the same branch), a run id, a commit "
                    + "(its newest run) or a name saved with 'history baseline save' (default: ${DEFAULT-VALUE}).")
    String baseline = "auto";

    @Option(names = "--history", paramLabel = "FILE",
            description = "The history (default: .caxton-bench/history.csv). Run files are looked up in 'runs' beside it.")
    Optional<Path> history = Optional.empty();

    @Option(names = {"--config", "--targets"}, paramLabel = "FILE",
            description = "The configuration file with target, threshold and fail-threshold lines (default: "
                    + "targets.conf beside the history, if it exists).")
    Optional<Path> config = Optional.empty();

    @Option(names = "--any-environment",
            description = "Compares with runs of any environment fingerprint (default: only the current run's).")
    boolean anyEnvironment;

    @Option(names = "--force-baseline",
            description = "Compares with the --baseline given even when it is of another suite, system, profile or "
                    + "shard than the run (the report says so); without it such a baseline is refused (exit 2).")
    boolean forceBaseline;

    @Option(names = "--lenient", description = "Skips malformed rows of the history with one warning each.")
    boolean lenient;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = RunCommand.FailOnConverter.class,
            description = "When to exit with 1: never; regression (a regression or a worse grade); critical (a "
                    + "regression beyond the fail threshold, or a grade that fell to critical or failing) "
                    + "(default: ${DEFAULT-VALUE}).")
    FailPolicy failOn = FailPolicy.NEVER;

    Path historyFile(Invocation invocation) {
        return invocation.resolve(history.orElse(Defaults.HISTORY));
    }

    Path runsDir(Invocation invocation) {
        return OutputLayout.ofHistory(historyFile(invocation)).runs();
    }

    BenchConfig config(Invocation invocation) {
        return Defaults.benchConfig(invocation, config, HistoryCommand.folder(historyFile(invocation)));
    }

    /** The run to compare, as fully as it is kept (the run file when it exists). */
    Run current(Invocation invocation, History history, GitIdentity git) {
        if (run.isPresent()) {
            String given = run.get();
            Path file = invocation.resolve(Path.of(given));
            if (given.endsWith(".json") || Files.isRegularFile(file)) {
                if (!Files.isRegularFile(file)) {
                    throw new UsageException("The run file " + invocation.show(file) + " does not exist. Give a run "
                            + "file or a run id of the history ('caxton-bench history list')");
                }
                try {
                    return RunFiles.read(file);
                } catch (RunFileException e) {
                    throw new UsageException(TerminalText.sanitize(e.getMessage()));
                }
            }
            return RunId.parse(given).flatMap(history::run).map(r -> flow(history, invocation).fuller(r))
                    .orElseThrow(() -> new UsageException("The history " + invocation.show(historyFile(invocation))
                            + " has no run '" + TerminalText.sanitize(given) + "'. See 'caxton-bench history list', "
                            + "or give a run file"));
        }
        List<Run> runs = history.runs();
        if (runs.isEmpty()) {
            throw new UsageException("The history " + invocation.show(historyFile(invocation)) + " holds no run to "
                    + "compare. Run 'caxton-bench run' (or 'caxton-bench import FILE') first, or give --run FILE");
        }
        Run newest = runs.get(runs.size() - 1);
        if (git.branch().isPresent()) {
            for (int i = runs.size() - 1; i >= 0; i--) {
                if (runs.get(i).info().branch().equals(git.branch())) {
                    newest = runs.get(i);
                    break;
                }
            }
        }
        return flow(history, invocation).fuller(newest);
    }

    /** The comparison flow over {@code history}, its named baselines and its run files. */
    ComparisonFlow flow(History history, Invocation invocation) {
        return ComparisonFlow.of(history, HistoryBaselineCommand.baselines(historyFile(invocation)),
                runsDir(invocation));
    }

    /** The options of the comparison: the configuration's settings, --any-environment and --force-baseline. */
    ComparisonFlow.Options options(Invocation invocation) {
        return ComparisonFlow.Options.defaults(config(invocation).settings()).withAnyEnvironment(anyEnvironment)
                .withForceBaseline(forceBaseline);
    }
}
