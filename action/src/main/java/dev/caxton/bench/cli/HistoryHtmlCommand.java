package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.view.EnvironmentScope;
import dev.caxton.bench.history.view.HistoryView;
import dev.caxton.bench.history.view.RunFilter;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.report.dashboard.Dashboard;
import dev.caxton.bench.report.dashboard.DashboardInput;
import dev.caxton.bench.report.dashboard.MetricSeries;
import dev.caxton.bench.target.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history html [--out FILE]}: the self-contained HTML dashboard of the history. */
@Command(name = "html", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Writes the history as one self-contained HTML page (no network, works from file://): a chart "
                + "per metric, branch, environment and profile over the runs with one line per system and parameter value "
                + "and a legend, change points marked (▼ regression, ▲ improvement), "
                + "hover for run, commit and values, the newest values graded against the targets, and filters by "
                + "suite, branch and profile.",
                "The page replaces FILE atomically (a temporary file, then a rename); the history is only read."})
final class HistoryHtmlCommand implements Callable<Integer> {
    /** Where the page goes by default, relative to the working directory. */
    static final Path DEFAULT_OUT = OutputLayout.DEFAULT.dashboard();

    private final Invocation invocation;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the page goes (default: .caxton-bench/dashboard.html).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--suite", paramLabel = "S", description = "Only runs of this suite.")
    Optional<String> suite = Optional.empty();

    @Mixin
    HistoryCommand.RunOptions runs = new HistoryCommand.RunOptions();

    @Option(names = "--environment", paramLabel = "FP",
            description = "Only runs in this environment fingerprint (default: every environment, each its own chart).")
    Optional<String> environment = Optional.empty();

    @Option(names = "--last", paramLabel = "N",
            description = "Only the newest N runs that pass the filters (default: every run).")
    Optional<Integer> last = Optional.empty();

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Overrides of the default targets (default: targets.conf beside the history, if it exists).")
    Optional<Path> targets = Optional.empty();

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: Caxton Bench history).")
    Optional<String> title = Optional.empty();

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Mixin
    HistoryCommand.ReadOptions read = new HistoryCommand.ReadOptions();

    HistoryHtmlCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        if (last.isPresent() && last.get() < 1) {
            throw new UsageException("--last takes a number of runs, 1 or more; got " + last.get());
        }
        if (title.isPresent() && title.get().isBlank()) {
            throw new UsageException("--title needs some text, for example --title \"Nightly benchmarks\"");
        }
        Path f = file.file(invocation);
        History history = HistoryCommand.open(invocation, f, read.lenient);
        RunFilter filter = this.runs.filter(history, suite,
                environment.map(EnvironmentScope::only).orElseGet(EnvironmentScope::any));
        List<Run> runs = HistoryView.withDefaults().runs(history, filter, last.orElse(Integer.MAX_VALUE));
        List<MetricSeries> series = MetricSeries.fromRuns(runs);
        Targets t = Defaults.targetsFile(invocation, targets, HistoryCommand.folder(f)).map(Targets::load)
                .orElseGet(Targets::defaults);
        Path target = out.map(invocation::resolve).orElseGet(() -> invocation.resolve(DEFAULT_OUT));
        String pageTitle = title.orElse("Caxton Bench history");
        Dashboard.Summary page = Dashboard.withDefaults().withTargets(t)
                .write(new DashboardInput(pageTitle, Instant.now(), series), target);
        long metrics = series.stream().map(MetricSeries::id).distinct().count();
        invocation.out().println("Wrote the dashboard to " + invocation.show(target) + ": " + page.charts()
                + (page.charts() == 1 ? " chart" : " charts") + " (" + page.series()
                + " series, " + metrics + (metrics == 1 ? " metric" : " metrics")
                + ") over " + runs.size() + (runs.size() == 1 ? " run" : " runs") + " of " + history.runs().size()
                + " (" + HistoryViewOptions.describe(filter) + ").");
        if (series.isEmpty()) {
            invocation.err().println("caxton-bench: warning: no run passes the filters, so the page has no chart; "
                    + "check --suite, --branch, --environment or --history");
        }
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
