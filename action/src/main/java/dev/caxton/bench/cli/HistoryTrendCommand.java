package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.view.HistoryView;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.history.view.Trend;
import dev.caxton.bench.history.view.ViewedHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history trend}: one line per metric over the last runs, one table per suite, system and profile. */
@Command(name = "trend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Shows one line per metric over the last runs: a sparkline (a gap where a run did not measure "
                + "the metric), the newest value, its change from the previous one, change points (▲ the value rose, "
                + "▼ it fell; regression or improvement by the metric's direction) and the grade.",
                "A series is one suite, system and profile: each gets its own table over its own last runs; "
                + "--suite, --system and --profile pick one.",
                "Colours only on a terminal, and never with NO_COLOR set."})
final class HistoryTrendCommand implements Callable<Integer> {
    private final Invocation invocation;
    private final Engine engine;

    @Option(names = "--suite", paramLabel = "S", description = "Only runs of this suite.")
    Optional<String> suite = Optional.empty();

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Mixin
    HistoryViewOptions view = new HistoryViewOptions();

    @Mixin
    HistoryCommand.ReadOptions read = new HistoryCommand.ReadOptions();

    HistoryTrendCommand(Invocation invocation, Engine engine) {
        this.invocation = invocation;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        int last = view.last();
        Path f = file.file(invocation);
        RunFilter filter = view.filter(suite);
        ViewedHistory history = view.view(invocation, f, read.lenient, filter, m -> true);
        Grading grading = view.grading(invocation, engine, f);
        List<Trend> trends = HistoryView.withDefaults().trend(history);
        TrendTable table = new TrendTable(grading, invocation.style());
        StringBuilder out = new StringBuilder();
        if (trends.isEmpty()) {
            out.append(table.render("Trend · " + HistoryViewOptions.describe(filter), 0, List.of()));
        }
        for (Trend t : trends) {
            out.append(out.length() == 0 ? "" : "\n").append(table.render("Trend · "
                    + HistoryViewOptions.describe(t.key(), t.environment(), filter, true), t.runs().size(), t.rows()));
        }
        invocation.out().print(out);
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
