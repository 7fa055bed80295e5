package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.view.EnvironmentScope;
import dev.caxton.bench.history.view.HistoryView;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.history.view.RunSummary;
import dev.caxton.bench.history.view.ViewedHistory;
import dev.caxton.bench.model.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history list}: the runs of the history, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Lists the runs of the history, newest first: id, time, commit, branch, suite, system, "
                + "profile and number of metrics.")
final class HistoryListCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Option(names = "--suite", paramLabel = "S", description = "Only runs of this suite.")
    Optional<String> suite = Optional.empty();

    @Mixin
    HistoryCommand.RunOptions filters = new HistoryCommand.RunOptions();

    @Mixin
    HistoryCommand.ReadOptions read = new HistoryCommand.ReadOptions();

    HistoryListCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path f = file.file(invocation);
        // unlike the views, a list of no run is an answer: "No run of the 32 in the history matches."
        RunFilter filter = filters.filter(suite, EnvironmentScope.any());
        ViewedHistory history = HistoryCommand.view(invocation, f, read.lenient, filter, 0, m -> false);
        List<RunSummary> runs = new ArrayList<>(HistoryView.withDefaults().runs(history));
        Collections.reverse(runs);
        invocation.out().print(render(runs, history.allRuns().size()));
        invocation.out().flush();
        return ExitCode.OK.code();
    }

    static String render(List<RunSummary> newestFirst, int total) {
        StringBuilder sb = new StringBuilder();
        if (newestFirst.isEmpty()) {
            sb.append(total == 0 ? "The history holds no run yet.\n" : "No run of the " + total + " in the history matches.\n");
            return sb.toString();
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("run", "time (UTC)", "commit", "branch", "suite", "system", "profile", "metrics"));
        for (RunSummary r : newestFirst) {
            RunInfo i = r.info();
            table.add(List.of(i.runId().value(), HistoryText.time(i.startedAt()), HistoryText.commit(i),
                    i.branch().map(TerminalText::sanitize).orElse(HistoryText.NONE), TerminalText.sanitize(i.suite()),
                    TerminalText.sanitize(i.system()), TerminalText.sanitize(i.profile().label()),
                    Integer.toString(r.metrics())));
        }
        HistoryText.columns(sb, table, new boolean[] {false, false, false, false, false, false, false, true});
        sb.append('\n').append(newestFirst.size()).append(" of ").append(total).append(total == 1 ? " run" : " runs")
                .append(".\n");
        return sb.toString();
    }
}
