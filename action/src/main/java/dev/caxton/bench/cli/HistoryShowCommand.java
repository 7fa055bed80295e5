package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.view.HistoryView;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.history.view.Series;
import dev.caxton.bench.history.view.ViewedHistory;
import dev.caxton.bench.model.MetricId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code history show METRIC}: the series of one metric, with change points and a grade. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Shows the series of one metric: time, run, commit, value, confidence interval and change "
                + "points, a sparkline, and the newest value graded against the targets.",
                "A series is one system and one profile: runs of several systems or profiles are shown as one "
                + "series each, one after the other; --system and --profile pick one.",
                "METRIC is a canonical id (agent/request_latency/p50) or, when unique, the name without the suite."})
final class HistoryShowCommand implements Callable<Integer> {
    private final Invocation invocation;
    private final Engine engine;

    @Parameters(index = "0", paramLabel = "METRIC", description = "The metric.")
    String metric;

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Mixin
    HistoryViewOptions view = new HistoryViewOptions();

    @Mixin
    HistoryCommand.ReadOptions read = new HistoryCommand.ReadOptions();

    HistoryShowCommand(Invocation invocation, Engine engine) {
        this.invocation = invocation;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        int last = view.last();
        Path f = file.file(invocation);
        RunFilter filter = view.filter(Optional.empty());
        ViewedHistory history = view.view(invocation, f, read.lenient, filter, MetricLookup.candidates(metric));
        MetricId id = MetricLookup.find(history.metrics(), metric);
        Grading grading = view.grading(invocation, engine, f);
        List<Series> all = HistoryView.withDefaults().series(history, id);
        SeriesTable table = new SeriesTable(grading, invocation.style());
        StringBuilder out = new StringBuilder();
        if (all.isEmpty()) {
            out.append(table.noRuns(id.canonical() + " · " + HistoryViewOptions.describe(filter)));
        }
        for (Series s : all) {
            out.append(out.length() == 0 ? "" : "\n").append(table.render(id.canonical() + " · "
                    + HistoryViewOptions.describe(s.key(), s.environment(), filter, false), s));
        }
        invocation.out().print(out);
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
