package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.History;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;
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
                + "per metric, branch and environment over the runs, change points marked (▼ regression, ▲ improvement), "
                + "hover for run, commit and value, the newest value graded against the targets, and filters by suite "
                + "and branch.",
                "The page replaces FILE atomically (a temporary file, then a rename); the history is only read."})
final class HistoryHtmlCommand implements Callable<Integer> {
    /** Where the page goes by default, relative to the working directory. */
    static final Path DEFAULT_OUT = Defaults.OUTPUT.resolve("dashboard.html");

    private final Invocation invocation;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the page goes (default: .caxton-bench/dashboard.html).")
    Optional<Path> out = Optional.empty();

    @Option(names = "--suite", paramLabel = "S", description = "Only runs of this suite.")
    Optional<String> suite = Optional.empty();

    @Option(names = "--branch", paramLabel = "B", description = "Only runs on this branch.")
    Optional<String> branch = Optional.empty();

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
        if (suite.isPresent() && history.runs().stream().map(Run::info).noneMatch(i -> i.suite().equals(suite.get()))) {
            List<String> suites = history.runs().stream().map(r -> TerminalText.sanitize(r.info().suite())).distinct()
                    .sorted().toList();
            throw new UsageException("No run of suite '" + TerminalText.sanitize(suite.get()) + "' in the history. "
                    + (suites.isEmpty() ? "The history holds no run yet" : "Its suites are: " + String.join(", ", suites)));
        }
        HistoryView.Filter filter = new HistoryView.Filter(branch, suite, environment);
        List<Run> runs = history.runs().stream().filter(r -> filter.accepts(r.info())).toList();
        if (last.isPresent() && runs.size() > last.get()) {
            runs = runs.subList(runs.size() - last.get(), runs.size());
        }
        List<MetricSeries> series = series(runs);
        Targets t = Defaults.targetsFile(invocation, targets, HistoryCommand.folder(f)).map(Targets::load)
                .orElseGet(Targets::defaults);
        Path target = out.map(invocation::resolve).orElseGet(() -> invocation.resolve(DEFAULT_OUT));
        String pageTitle = title.orElse("Caxton Bench history");
        Dashboard.withDefaults().withTargets(t).write(new DashboardInput(pageTitle, Instant.now(), series), target);
        long metrics = series.stream().map(MetricSeries::id).distinct().count();
        invocation.out().println("Wrote the dashboard to " + invocation.show(target) + ": " + series.size()
                + (series.size() == 1 ? " chart" : " charts") + " (" + metrics + (metrics == 1 ? " metric" : " metrics")
                + ") over " + runs.size() + (runs.size() == 1 ? " run" : " runs") + " of " + history.runs().size()
                + " (" + HistoryViewOptions.describe(filter) + ").");
        if (series.isEmpty()) {
            invocation.err().println("caxton-bench: warning: no run passes the filters, so the page has no chart; "
                    + "check --suite, --branch, --environment or --history");
        }
        invocation.out().flush();
        return ExitCode.OK.code();
    }

    /** One series per metric, branch and environment, oldest run first; values that are not finite left out. */
    static List<MetricSeries> series(List<Run> runs) {
        record Key(MetricId id, String branch, String environment) {}
        Map<Key, List<MetricSeries.Point>> points = new LinkedHashMap<>();
        Map<Key, Measurement> newest = new LinkedHashMap<>();
        for (Run run : runs) {
            RunInfo info = run.info();
            String b = info.branch().orElse("(no branch)");
            String env = info.environment().fingerprint();
            for (Measurement m : run.measurements()) {
                if (!Double.isFinite(m.value())) {
                    continue;
                }
                Key key = new Key(m.id(), b, env);
                Optional<Double> lo = m.stats().confidence().map(c -> c.lower()).filter(Double::isFinite);
                Optional<Double> hi = m.stats().confidence().map(c -> c.upper()).filter(Double::isFinite);
                if (lo.isEmpty() || hi.isEmpty() || lo.get() > hi.get()) {
                    lo = Optional.empty();
                    hi = Optional.empty();
                }
                points.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new MetricSeries.Point(info.runId().value(), info.startedAt(), info.commit(), m.value(),
                                lo, hi));
                newest.put(key, m);
            }
        }
        List<MetricSeries> out = new ArrayList<>(points.size());
        points.forEach((key, p) -> {
            Measurement m = newest.get(key);
            out.add(new MetricSeries(key.id(), m.unit(), m.direction(), key.branch(), key.environment(), p));
        });
        return out;
    }
}
