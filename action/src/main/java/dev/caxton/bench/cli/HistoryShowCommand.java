package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.MetricId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code history show METRIC}: the series of one metric, with change points and a grade. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Shows the series of one metric: time, run, commit, value, confidence interval and change "
                + "points, a sparkline, and the newest value graded against the targets.",
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
        History history = HistoryCommand.open(invocation, f, read.lenient);
        MetricId id = MetricLookup.find(history.metrics(), metric);
        Grading grading = view.grading(invocation, engine, f);
        HistoryView model = new HistoryView(new ChangePointDetector());
        HistoryView.Filter base = new HistoryView.Filter(view.branch, Optional.empty(), Optional.empty());
        // the default environment is that of the newest run measuring this metric
        HistoryView.Filter filter = view.environment == null
                ? new HistoryView.Filter(view.branch, Optional.empty(), model.series(history, id, base, 1).newest()
                        .map(p -> p.run().environment().fingerprint()))
                : view.filter(history, base);
        HistoryView.Series series = model.series(history, id, filter, last);
        String title = id.canonical() + " · " + HistoryViewOptions.describe(filter);
        invocation.out().print(new SeriesTable(grading, invocation.style()).render(title, series));
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
