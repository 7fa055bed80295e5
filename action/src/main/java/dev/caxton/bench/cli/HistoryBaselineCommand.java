package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.Baselines;
import dev.caxton.bench.history.History;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code history baseline save NAME RUN_ID} and {@code history baseline list}: named baselines, one
 * small file per name in the {@code baselines} folder beside the history.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Saves and lists named baselines: a name for a run of the history, kept in the 'baselines' "
                + "folder beside it.")
final class HistoryBaselineCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    HistoryBaselineCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        invocation.err().println("caxton-bench: history baseline needs a subcommand: save or list.");
        spec.commandLine().usage(invocation.err());
        return ExitCode.USAGE.code();
    }

    static Baselines baselines(Path history) {
        return Baselines.in(OutputLayout.ofHistory(history).baselines());
    }

    @Command(name = "save", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Saves RUN_ID of the history under NAME (saving again moves the name).")
    static final class Save implements Callable<Integer> {
        private final Invocation invocation;

        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '.', '_' and '-'.")
        String name;

        @Parameters(index = "1", paramLabel = "RUN_ID", description = "A run of the history ('history list').")
        String runId;

        @Mixin
        HistoryCommand.FileOption file = new HistoryCommand.FileOption();

        @Mixin
        HistoryCommand.ReadOptions read = new HistoryCommand.ReadOptions();

        Save(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            Path f = file.file(invocation);
            History history = HistoryCommand.open(invocation, f, read.lenient);
            Optional<RunId> id = RunId.parse(runId).filter(r -> history.run(r).isPresent());
            if (id.isEmpty()) {
                List<Run> runs = history.runs();
                List<String> newest = new ArrayList<>();
                for (int i = runs.size() - 1; i >= 0 && newest.size() < 5; i--) {
                    newest.add(runs.get(i).info().runId().value());
                }
                throw new UsageException("No run '" + TerminalText.sanitize(runId) + "' in " + invocation.show(f)
                        + (newest.isEmpty() ? "; the history holds no run yet" : ". The newest runs are: "
                        + String.join(", ", newest) + "; 'caxton-bench history list' lists them all"));
            }
            Baselines b = baselines(f);
            try {
                b.save(name, id.get());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
            invocation.out().println("Baseline '" + TerminalText.sanitize(name) + "' is run " + TerminalText.sanitize(runId)
                    + " (" + invocation.show(b.dir().resolve(name)) + ").");
            invocation.out().flush();
            return ExitCode.OK.code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists the named baselines with their runs.")
    static final class ListBaselines implements Callable<Integer> {
        private final Invocation invocation;

        @Mixin
        HistoryCommand.FileOption file = new HistoryCommand.FileOption();

        @Mixin
        HistoryCommand.ReadOptions read = new HistoryCommand.ReadOptions();

        ListBaselines(Invocation invocation) {
            this.invocation = invocation;
        }

        @Override
        public Integer call() {
            Path f = file.file(invocation);
            SortedMap<String, RunId> saved = baselines(f).list();
            if (saved.isEmpty()) {
                invocation.out().println("No baseline is saved in " + invocation.show(baselines(f).dir())
                        + "; save one with 'caxton-bench history baseline save NAME RUN_ID'.");
                return ExitCode.OK.code();
            }
            History history = HistoryCommand.open(invocation, f, read.lenient);
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("name", "run", "time (UTC)", "commit", "branch"));
            for (Map.Entry<String, RunId> e : saved.entrySet()) {
                Optional<Run> run = history.run(e.getValue());
                table.add(List.of(TerminalText.sanitize(e.getKey()), e.getValue().value(),
                        run.map(r -> HistoryText.time(r.info().startedAt())).orElse("(not in the history)"),
                        run.map(r -> HistoryText.commit(r.info())).orElse(HistoryText.NONE),
                        run.flatMap(r -> r.info().branch()).map(TerminalText::sanitize).orElse(HistoryText.NONE)));
            }
            StringBuilder sb = new StringBuilder();
            HistoryText.columns(sb, table, new boolean[5]);
            invocation.out().print(sb);
            invocation.out().flush();
            return ExitCode.OK.code();
        }
    }
}
