package dev.caxton.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.ComparisonSettings;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.history.BaselineSelector;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.history.HistoryRecorder;
import dev.caxton.bench.importer.Format;
import dev.caxton.bench.importer.ImportException;
import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportProblem;
import dev.caxton.bench.importer.ImportResult;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFileException;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.report.actions.Annotation;
import dev.caxton.bench.report.actions.BenchOutputs;
import dev.caxton.bench.report.actions.JobSummary;
import dev.caxton.bench.report.actions.RegressionAnnotations;
import dev.caxton.bench.report.actions.StepOutputs;
import dev.caxton.bench.report.actions.WorkflowCommands;
import dev.caxton.bench.report.markdown.MarkdownReport;
import dev.caxton.bench.report.markdown.ReportInput;
import dev.caxton.bench.report.markdown.ReportOptions;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.Suite;
import dev.caxton.bench.suite.SuiteRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code caxton-bench ci}: the GitHub Actions step. Runs a suite or imports result files, appends the run to
 * the history, chooses the baseline from the event (a pull request's base commit or merge base, a push's
 * previous run), compares, writes the Markdown report to a file and to the job summary, sets the step outputs
 * and annotations, publishes the sticky comment (and a check run and commit status when asked) and exits by
 * {@code --fail-on}. The report file and the job summary are written before anything is sent to GitHub, so a
 * publishing problem never loses the report.
 */
@Command(name = "ci", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"The GitHub Actions step: run or import benchmarks, append them to the history, compare with the "
                + "baseline the event calls for, write the report (file and job summary), set the step outputs, "
                + "keep one pull-request comment per suite up to date, and exit by --fail-on.",
                "Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF, GITHUB_API_URL, "
                        + "GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and the token "
                        + "(GITHUB_TOKEN, or --token-env). See docs/github-actions.md."},
        footer = {"", "Exit codes: 0 ok (publishing problems are warnings); 1 --fail-on calls the result a failure, "
                + "nothing could be imported, or publishing failed with --fail-on-publish-error; 2 usage error (an "
                + "unknown option, suite or format, --results matching nothing, an unreadable event file, an unknown "
                + "--baseline or one of another kind); 3 internal error."})
final class CiCommand implements Callable<Integer> {
    enum Mode {
        RUN, IMPORT
    }

    /** The {@code --format} of a Caxton Bench run file. */
    static final String RUN_FORMAT = "run";

    private final Invocation invocation;
    private final Engine engine;

    @Option(names = "--mode", paramLabel = "run|import", converter = ModeConverter.class,
            description = "run: run a suite; import: read other tools' result files (default: run).")
    Mode mode = Mode.RUN;

    @Option(names = "--suite", paramLabel = "NAME", description = "The suite to run (mode run; default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = RunCommand.ProfileConverter.class,
            description = "smoke, quick or full (mode run; default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--system", paramLabel = "NAME", description = "The system under test (mode run; default: ${DEFAULT-VALUE}).")
    String system;

    @Option(names = "--results", paramLabel = "GLOB",
            description = "Result files, folders or globs to import (mode import), such as '**/jmh-result.json'; "
                    + "repeatable, or one per line.")
    List<String> results = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F",
            description = "Reads every result file as this format instead of detecting it (mode import): an import "
                    + "format (see 'caxton-bench import --help'), or 'run' for one Caxton Bench run file (such as "
                    + "the output of 'caxton-bench merge').")
    Optional<String> format = Optional.empty();

    @Option(names = "--name", paramLabel = "NAME",
            description = "The report's name: its title, its comment's marker, the check run's and status's name "
                    + "(default: the suite's name). Give each report of a repository its own name.")
    Optional<String> name = Optional.empty();

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where run files, the report (report.md) and publish.properties go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--history", paramLabel = "FILE", description = "The history (default: OUTPUT/history.csv).")
    Optional<Path> history = Optional.empty();

    @Option(names = {"--config", "--targets"}, paramLabel = "FILE",
            description = "The configuration file with target and threshold lines (default: targets.conf in the "
                    + "output folder, if it exists).")
    Optional<Path> config = Optional.empty();

    @Option(names = "--baseline", paramLabel = "auto|RUN|COMMIT|NAME",
            description = "What to compare with: auto (a pull request's base commit, else its merge base, else the "
                    + "base branch's newest run; a push's previous run on the branch), a run id, a commit or a saved "
                    + "name (default: ${DEFAULT-VALUE}).")
    String baseline = "auto";

    @Option(names = "--threshold", paramLabel = "PERCENT", converter = ThresholdConverter.class,
            description = "The relative change within which every metric counts as unchanged, such as 5%% "
                    + "(default: the configuration file's, else 10%%).")
    Optional<Double> threshold = Optional.empty();

    @Option(names = "--any-environment", description = "Compares with runs of any environment fingerprint.")
    boolean anyEnvironment;

    @Option(names = "--force-baseline",
            description = "Compares with the --baseline given even when it is of another suite, system, profile or "
                    + "shard than the run (the report says so); without it such a baseline is refused (exit 2).")
    boolean forceBaseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = RunCommand.FailOnConverter.class,
            description = "When to exit with 1: never, error, failing, critical, regression, acceptable "
                    + "(default: ${DEFAULT-VALUE}: a regression beyond the fail threshold, 25%%, or a failed benchmark).")
    FailPolicy failOn;

    @Option(names = "--pr", paramLabel = "N", description = "The pull request to comment on (default: the event's).")
    Optional<Integer> pr = Optional.empty();

    @Mixin
    PublishFlags publish = new PublishFlags();

    CiCommand(Invocation invocation, Engine engine) {
        this.invocation = invocation;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        // first of all, before any other line: the runner hides the token from the log from here on
        Optional<String> raw = publish.rawToken(invocation);
        raw.ifPresent(t -> invocation.out().println(WorkflowCommands.addMask(t.strip())));
        ActionsEnvironment actions = ActionsEnvironment.read(invocation);
        if (name.isPresent() && (name.get().isBlank() || name.get().strip().length() > ReportInput.SUITE_NAME_LIMIT)) {
            throw new UsageException("--name '" + TerminalText.sanitize(name.get()) + "' must have 1 to "
                    + ReportInput.SUITE_NAME_LIMIT + " characters; give a short name such as 'jmh' or 'agent'");
        }
        if (pr.isPresent() && pr.get() <= 0) {
            throw new UsageException("--pr " + pr.get() + " is not a pull request number; give a positive number");
        }
        Path outDir = invocation.resolve(output);
        Path historyFile = Defaults.historyFile(invocation, history, false, outDir).orElseThrow();
        ComparisonSettings settings = settings(outDir);
        GitIdentity identity = identity(actions);

        // 1. the run
        List<String> runProblems = new ArrayList<>();
        Optional<Run> measured = mode == Mode.RUN ? Optional.of(runSuite(identity))
                : importResults(identity, runProblems);
        if (measured.isEmpty()) {
            // no report to write, but the job summary says why the step failed
            actions.stepSummary().ifPresent(file -> {
                try {
                    JobSummary.append(file, "### Caxton Bench: nothing was imported\n\n"
                            + runProblems.stream().map(p -> "- " + p.replace("\n", " ")).reduce("", (a, b) -> a + b + "\n")
                            + "\nCheck `--results` and `--format`; the step log lists each file's problem.\n", "");
                } catch (IOException e) {
                    invocation.err().println("caxton-bench: cannot append to the job summary " + file + ": "
                            + e.getMessage());
                }
            });
            return ExitCode.POLICY_FAILURE.code();
        }
        Run run = measured.get();
        if (mode == Mode.RUN) {
            run.failures().forEach(f -> runProblems.add("benchmark " + f.benchmark() + " failed: " + f.cause()));
        }
        Path runFile = engine.write(new OutputLayout(outDir).runs(), run);
        invocation.out().println("Run file: " + invocation.show(runFile));
        // 2. the history
        RecordingText.print(invocation, HistoryRecorder.of(new OutputLayout(outDir)).withHistory(historyFile)
                .record(run, runFile));
        History past;
        try {
            past = HistoryCommand.open(invocation, historyFile, false);
        } catch (HistoryFormatException | UncheckedIOException e) {
            invocation.out().println(WorkflowCommands.annotation(new Annotation(
                    Annotation.Level.WARNING, "Caxton Bench: history unreadable",
                    "The history " + invocation.show(historyFile) + " cannot be read, so the run is compared with "
                            + "nothing: " + e.getMessage())));
            past = History.of(List.of());
        }
        // 3. the baseline and the comparison
        ComparisonFlow flow = ComparisonFlow.of(past, HistoryBaselineCommand.baselines(historyFile),
                new OutputLayout(outDir).runs());
        ComparisonFlow.Outcome outcome = flow.compare(run, flow.context(baseline, context(actions)),
                ComparisonFlow.Options.defaults(settings).withAnyEnvironment(anyEnvironment)
                        .withForceBaseline(forceBaseline));
        Comparison comparison = outcome.comparison();
        String reportName = name.map(String::strip).filter(n -> !n.isEmpty()).orElse(run.info().suite());
        // 4. the report: file and job summary, before anything can fail on the network
        Path reportFile = new OutputLayout(outDir).markdownReport();
        Optional<URI> runUrl = actions.runUrl();
        String where = runUrl.map(u -> "the job summary of " + u).orElse(invocation.show(reportFile));
        String markdown;
        try {
            markdown = MarkdownReport.render(new ReportInput(comparison, reportName, outcome.selection().reason(),
                    outcome.trends(), Reports.reproduce(run.info()), Optional.of(where)), ReportOptions.defaults());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--name: " + e.getMessage(), e);
        }
        ReportCommand.write(reportFile, markdown);
        invocation.out().println("Compared: " + Reports.summaryLine(outcome));
        invocation.out().println("Report: " + invocation.show(reportFile));
        actions.stepSummary().ifPresent(file -> summary(file, reportFile, markdown));

        boolean failed = failOn.failsOn(comparison) || !runProblems.isEmpty() && failOn.failsOnBenchmarkFailure();
        Optional<Integer> pullRequest = pr.or(actions::pullRequest);
        PublishInfo.of(reportName, comparison, failed, pullRequest.filter(n -> n > 0),
                actions.headSha().filter(PublishInfo::isSha), runUrl.filter(PublishInfo::isWebAddress))
                .write(outDir.resolve(PublishInfo.FILE));
        String line = PublishInfo.summaryOf(comparison, failed);
        // 5. annotations and the step outputs, then publishing (bounded by its deadline), then the outputs and the
        // job summary again with what publishing did: a GitHub that hangs cannot cost the step its outputs
        if (actions.inActions()) {
            WorkflowCommands.annotations(RegressionAnnotations.of(comparison, failOn))
                    .forEach(invocation.out()::println);
        }
        actions.output().ifPresent(file -> outputs(file, comparison, failed, reportFile));
        invocation.out().flush();
        GitHubPublishing.Outcome published = new GitHubPublishing(invocation, publish).publish(
                new GitHubPublishing.Report(reportName, MarkdownReport.marker(reportName), markdown,
                        comparison.regressions().size(), comparison.improvements().size(), failed,
                        comparison.baseline().isEmpty(), line, pullRequest, actions.headSha(), runUrl),
                actions.repository(), actions.apiUrl(),
                () -> publish.token(invocation, this::note));
        actions.output().ifPresent(file -> appendOutputs(file, published.outputs()));
        if (published.failed()) {
            actions.stepSummary().ifPresent(file -> appendSummary(file, "\n> [!WARNING]\n> Publishing to GitHub "
                    + "failed (the step log's warnings say why); the report above is complete.\n"));
        }
        invocation.out().flush();

        // 6. the exit code
        if (failed) {
            if (!runProblems.isEmpty() && failOn.failsOnBenchmarkFailure()) {
                invocation.err().println("caxton-bench: " + runProblems.size() + " result problem(s) (exit 1; "
                        + "--fail-on=never ignores them).");
            }
            CompareCommand.verdict(invocation, failOn, comparison); // says why on stderr when the comparison fails
            return ExitCode.POLICY_FAILURE.code();
        }
        if (published.failed() && publish.failOnPublishError) {
            invocation.err().println("caxton-bench: publishing to GitHub failed and --fail-on-publish-error is set (exit 1).");
            return ExitCode.POLICY_FAILURE.code();
        }
        return ExitCode.OK.code();
    }

    private ComparisonSettings settings(Path outDir) {
        return Defaults.settings(invocation, config, outDir, threshold);
    }

    /** Git's view of the checkout, overridden by the event: on a pull request the head commit and branch. */
    private GitIdentity identity(ActionsEnvironment actions) {
        GitIdentity git = GitIdentity.detect(invocation);
        Optional<String> commit = actions.pullRequestEvent() ? actions.headSha().or(git::commit) : git.commit();
        return new GitIdentity(commit, actions.headBranch().or(git::branch), pr.or(actions::pullRequest)
                .or(git::pullRequest));
    }

    /**
     * A pull request compares with its base: the base commit, else the merge base of base and head (when git
     * has both), else the base branch's newest run. Anything else compares with the previous run on its branch.
     */
    private BaselineSelector.Context context(ActionsEnvironment actions) {
        if (actions.baseBranch().isEmpty() || actions.pullRequest().isEmpty() && pr.isEmpty()) {
            return new BaselineSelector.Push();
        }
        Optional<String> mergeBase = actions.baseSha().isPresent() && actions.headSha().isPresent()
                ? mergeBase(actions.baseSha().get(), actions.headSha().get()) : Optional.empty();
        return new BaselineSelector.PullRequest(actions.baseBranch().get(), actions.baseSha(), mergeBase);
    }

    /** {@code git merge-base BASE HEAD} in the working directory; empty when git lacks either commit. */
    private Optional<String> mergeBase(String base, String head) {
        try {
            Process p = new ProcessBuilder("git", "merge-base", base, head).directory(invocation.workDir().toFile())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && text.matches("[0-9a-f]{40}") ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on the runner: the base commit and branch still choose
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Run runSuite(GitIdentity git) {
        Suite chosen;
        try {
            chosen = SuiteRunner.requireSuite(suite);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (!results.isEmpty()) {
            throw new UsageException("--results is for --mode import; with --mode run the suite is run. Give "
                    + "--mode import to read result files");
        }
        RunRequest request = new RunRequest(chosen.name(), profile, system, AgentSystemConfig.defaults(), List.of(),
                List.of(), git.commit(), git.branch(), git.pullRequest());
        PrintWriter err = new PrintWriter(invocation.err(), false, StandardCharsets.UTF_8);
        ProgressDisplay progress = ProgressDisplay.create(ProgressDisplay.Mode.PLAIN, err, Style.PLAIN,
                MonotonicClock.SYSTEM, invocation.columns());
        try {
            return engine.run(request, progress);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } finally {
            progress.finish();
        }
    }

    /** The imported run; empty when nothing could be imported ({@code problems} says why). */
    private Optional<Run> importResults(GitIdentity git, List<String> problems) {
        List<Path> files = ResultGlobs.expand(invocation, results);
        if (format.isPresent() && format.get().strip().equals(RUN_FORMAT)) {
            return Optional.of(runFile(git, files));
        }
        Optional<Format> importFormat;
        try {
            importFormat = format.map(Format::fromLabel);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ", or " + RUN_FORMAT + " (a Caxton Bench run file)", e);
        }
        ImportOptions options = ImportOptions.defaults().withFormat(importFormat);
        ImportResult result;
        try {
            result = engine.importFiles(files, options);
        } catch (ImportException e) {
            e.problems().forEach(p -> problems.add(describe(p)));
            problems.forEach(this::warning);
            invocation.err().println("caxton-bench: nothing was imported (exit 1).");
            return Optional.empty();
        }
        for (ImportProblem p : result.problems()) {
            problems.add(describe(p));
        }
        result.run().failures().forEach(f -> problems.add(f.benchmark() + " has no usable value: " + f.cause()));
        problems.forEach(this::warning);
        if (result.run().measurements().isEmpty()) {
            invocation.err().println("caxton-bench: nothing was imported from " + files.size() + " file(s), so there "
                    + "is nothing to compare (exit 1). Check --results and --format.");
            return Optional.empty();
        }
        invocation.out().println("Imported: " + result.run().measurements().size() + " values from " + files.size()
                + (files.size() == 1 ? " file" : " files"));
        return Optional.of(git.stamp(result.run()));
    }

    /** A Caxton Bench run file (a merged one, say), taken as it is, stamped with this job's commit and branch. */
    private Run runFile(GitIdentity git, List<Path> files) {
        if (files.size() != 1) {
            throw new UsageException("--format run takes one run file, but --results matched " + files.size()
                    + ". Join shards first with 'caxton-bench merge FILES... --out run.json'");
        }
        try {
            Run run = RunFiles.read(files.get(0));
            invocation.out().println("Read: " + run.measurements().size() + " values from " + invocation.show(files.get(0)));
            return git.stamp(run);
        } catch (RunFileException e) {
            throw new UsageException(TerminalText.sanitize(e.getMessage()), e);
        }
    }

    private String describe(ImportProblem p) {
        return TerminalText.sanitize(invocation.show(p.file()) + p.position().map(pos -> ": " + pos).orElse("") + ": "
                + p.message());
    }

    private void warning(String message) {
        invocation.out().println(WorkflowCommands.annotation(new Annotation(
                Annotation.Level.WARNING, "Caxton Bench: result file", message)));
    }

    private void note(String message) {
        invocation.out().println("Note: " + message);
    }

    private void summary(Path file, Path reportFile, String markdown) {
        try {
            JobSummary.Result r = JobSummary.append(file, markdown, invocation.show(reportFile));
            invocation.out().println("Job summary: " + (r.truncated() ? "written, cut to GitHub's 1 MiB" : "written"));
        } catch (IOException e) {
            invocation.out().println(WorkflowCommands.annotation(new Annotation(
                    Annotation.Level.WARNING, "Caxton Bench: job summary",
                    "Cannot append to the job summary " + file + ": " + e.getMessage() + ". The report is in "
                            + invocation.show(reportFile) + ".")));
        }
    }

    /** The outputs known before publishing: {@code comment_url} empty and {@code published} {@code pending}. */
    private void outputs(Path file, Comparison comparison, boolean failed, Path reportFile) {
        BenchOutputs o = new BenchOutputs(BenchOutputs.Outcome.of(comparison), comparison.regressions().size(),
                comparison.improvements().size(), failed, Path.of(invocation.show(reportFile)), Optional.empty());
        Map<String, String> values = new LinkedHashMap<>(o.asMap());
        values.put(GitHubPublishing.Outcome.PUBLISHED, GitHubPublishing.Outcome.PENDING);
        appendOutputs(file, values);
    }

    private void appendSummary(Path file, String markdown) {
        try {
            JobSummary.append(file, markdown, "");
        } catch (IOException e) {
            invocation.err().println("caxton-bench: cannot append to the job summary " + file + ": " + e.getMessage());
        }
    }

    private void appendOutputs(Path file, Map<String, String> values) {
        try {
            StepOutputs.append(file, values);
        } catch (IOException e) {
            invocation.out().println(WorkflowCommands.annotation(new Annotation(
                    Annotation.Level.WARNING, "Caxton Bench: step outputs",
                    "Cannot append to the step outputs " + file + ": " + e.getMessage())));
        }
    }

    static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            try {
                return Mode.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("Unknown mode '" + value + "'. Known modes are: run, import");
            }
        }
    }

    /** {@code 5%}, or a plain fraction below 1 such as {@code 0.05}. */
    static final class ThresholdConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String v = value.strip();
            try {
                double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).strip()) / 100
                        : Double.parseDouble(v);
                if (d > 0 && d < 1 && Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // the message below says what is accepted
            }
            throw new CommandLine.TypeConversionException("Invalid threshold '" + value + "': give a percentage "
                    + "above 0 and below 100 such as 5%, or a fraction such as 0.05");
        }
    }
}
