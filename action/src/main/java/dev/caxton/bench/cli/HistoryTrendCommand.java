package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Run;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history trend}: one line per metric over the last runs. */
@Command(name = "trend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Shows one line per metric over the last runs: a sparkline (a gap where a run did not measure "
                + "the metric), the newest value, its change from the previous one, change points (▲ the value rose, "
                + "▼ it fell; regression or improvement by the metric's direction) and the grade.",
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
        History history = HistoryCommand.open(invocation, f, read.lenient);
        if (suite.isPresent() && history.runs().stream().map(Run::info).noneMatch(i -> i.suite().equals(suite.get()))) {
            List<String> suites = history.runs().stream().map(r -> TerminalText.sanitize(r.info().suite())).distinct()
                    .sorted().toList();
            throw new UsageException("No run of suite '" + TerminalText.sanitize(suite.get()) + "' in the history. "
                    + (suites.isEmpty() ? "The history holds no run yet" : "Its suites are: " + String.join(", ", suites)));
        }
        Grading grading = view.grading(invocation, engine, f);
        HistoryView.Filter filter = view.filter(history, new HistoryView.Filter(view.branch, suite, Optional.empty()));
        List<HistoryView.TrendRow> rows = new HistoryView(new ChangePointDetector()).trend(history, filter, last);
        int runs = rows.isEmpty() ? 0 : rows.get(0).values().length;
        invocation.out().print(new TrendTable(grading, invocation.style())
                .render("Trend · " + HistoryViewOptions.describe(filter), runs, rows));
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
