package dev.caxton.bench.cli;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.compare.BenchConfig;
import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.history.BaselineSelector;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.history.History;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFileException;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.report.actions.StepOutputs;
import dev.caxton.bench.report.actions.WorkflowCommands;
import dev.caxton.bench.report.markdown.MarkdownReport;
import dev.caxton.bench.report.markdown.ReportInput;
import dev.caxton.bench.report.markdown.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code caxton-bench publish}: the second half of fork-safe publishing. A {@code pull_request} job (whose token
 * is read-only on a fork) runs {@code ci} and uploads the report, {@code publish.properties} and the PR number as
 * an artifact; a {@code workflow_run} job downloads it and runs this command with a write token, which publishes
 * the sticky comment (and a check run and commit status when asked) on the pull request's head commit.
 *
 * <p>The artifact comes from the pull request's code, so it is checked: the report must carry its marker and fit
 * a comment, and the commit named in it must be the one the workflow run reports ({@code workflow_run.head_sha}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Publishes a report that 'caxton-bench ci' wrote elsewhere: the sticky pull-request comment, and "
                + "a check run and commit status when asked. For a workflow_run job that publishes what a pull_request "
                + "job from a fork could not (see docs/github-actions.md).",
                "Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH (workflow_run.head_sha, pull_requests[0].number), "
                        + "GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_OUTPUT and the token (GITHUB_TOKEN, or --token-env)."},
        footer = {"", "Exit codes: 0 published, or a publishing problem reported as a warning; 1 --fail-on calls the "
                + "report a failure, or publishing failed and --fail-on-publish-error is set; 2 usage error (no report, no pull request number, a commit that does "
                + "not match the workflow run); 3 internal error."})
final class PublishCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Option(names = "--report", paramLabel = "FILE",
            description = "The Markdown report 'caxton-bench ci' wrote (default: .caxton-bench/report.md).")
    Path report = OutputLayout.DEFAULT.markdownReport();

    @Option(names = "--info", paramLabel = "FILE",
            description = "The publish.properties 'caxton-bench ci' wrote beside the report: name, counts, verdict, "
                    + "pull request, head commit (default: publish.properties beside the report).")
    Optional<Path> info = Optional.empty();

    @Option(names = "--run", paramLabel = "FILE",
            description = "Renders the report here instead of taking --report as it is: this run file (the pull "
                    + "request's, from the artifact) compared with --history (pulled from the history branch by this "
                    + "job), as 'ci' would; the report is written to --report.")
    Optional<Path> runFile = Optional.empty();

    @Option(names = "--history", paramLabel = "FILE",
            description = "With --run: the history to compare with (default: .caxton-bench/history.csv).")
    Optional<Path> history = Optional.empty();

    @Option(names = "--base-branch", paramLabel = "BRANCH",
            description = "With --run: the pull request's base branch (default: the workflow run's, when GitHub "
                    + "names its pull request; else the run is compared with the previous run on its branch).")
    Optional<String> baseBranch = Optional.empty();

    @Option(names = "--pr", paramLabel = "N", description = "The pull request to comment on (default: the workflow run's "
            + "pull request, else --pr-file, else publish.properties).")
    Optional<Integer> pr = Optional.empty();

    @Option(names = "--pr-file", paramLabel = "FILE",
            description = "A file holding the pull request number, such as the artifact's pr-number.txt.")
    Optional<Path> prFile = Optional.empty();

    @Option(names = "--sha", paramLabel = "SHA",
            description = "The commit of the check run and status (default: workflow_run.head_sha, else "
                    + "publish.properties' head_sha, else GITHUB_SHA).")
    Optional<String> sha = Optional.empty();

    @Option(names = "--name", paramLabel = "NAME",
            description = "The report's name (default: publish.properties' name, else the report's marker).")
    Optional<String> name = Optional.empty();

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = RunCommand.FailOnConverter.class,
            description = "Judges the report again: never, critical (a regression beyond the fail threshold) or "
                    + "regression; sets the check run's conclusion and the status's state, and exits with 1 when it "
                    + "fails (default: the verdict 'caxton-bench ci' wrote in publish.properties, and exit 0).")
    Optional<FailPolicy> failOn = Optional.empty();

    @Mixin
    PublishFlags publish = new PublishFlags();

    PublishCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Optional<String> raw = publish.rawToken(invocation);
        raw.ifPresent(t -> invocation.out().println(WorkflowCommands.addMask(t.strip())));
        ActionsEnvironment actions = ActionsEnvironment.read(invocation);
        Path reportFile = invocation.resolve(report);
        String body;
        PublishInfo values;
        if (runFile.isPresent()) {
            Rendered rendered = rerender(actions);
            body = rendered.markdown();
            values = rendered.info();
        } else {
            body = readReport(reportFile);
            Path infoFile = info.map(invocation::resolve)
                    .orElse(reportFile.toAbsolutePath().resolveSibling(PublishInfo.FILE));
            if (info.isPresent() && !Files.isRegularFile(infoFile)) {
                throw new UsageException("--info " + invocation.show(infoFile) + " does not exist; give the "
                        + PublishInfo.FILE + " 'caxton-bench ci' wrote, or leave --info out");
            }
            values = PublishInfo.read(infoFile, invocation.show(infoFile));
        }
        String reportName = name.or(values::name).or(() -> nameOfMarker(body))
                .orElseThrow(() -> new UsageException("The report " + invocation.show(reportFile) + " has no "
                        + "caxton-bench marker on its first line; publish the report.md 'caxton-bench ci' wrote"));
        String marker = MarkdownReport.marker(reportName);
        if (!body.contains(marker)) {
            throw new UsageException("The report " + invocation.show(reportFile) + " does not carry the marker of '"
                    + TerminalText.sanitize(reportName) + "' (" + marker + "); give the --name the report was written "
                    + "with, or the report.md 'caxton-bench ci' wrote");
        }
        Optional<Integer> pullRequest = pullRequest(actions, values);
        Optional<String> commit = commit(actions, values);
        boolean failed = failOn.map(values::failsUnder).orElse(values.failed());

        GitHubPublishing.Outcome published = new GitHubPublishing(invocation, publish).publish(
                new GitHubPublishing.Report(reportName, marker, body, values.regressions(), values.improvements(),
                        failed, values.noBaseline(), values.summary().orElse("Benchmark report"), pullRequest, commit,
                        values.runUrl().or(actions::runUrl)),
                actions.repository(), actions.apiUrl(), () -> publish.token(invocation, this::note));
        actions.output().ifPresent(file -> {
            try {
                StepOutputs.append(file, published.outputs());
            } catch (IOException e) {
                note("cannot append to the step outputs " + file + ": " + e.getMessage());
            }
        });
        invocation.out().flush();
        if (failOn.isPresent() && failed) {
            invocation.err().println("caxton-bench: --fail-on=" + failOn.get().label() + " and the report has "
                    + values.regressions() + " regression(s), " + values.critical() + " critical (exit 1).");
            return ExitCode.POLICY_FAILURE.code();
        }
        if (published.failed() && publish.failOnPublishError) {
            invocation.err().println("caxton-bench: publishing to GitHub failed and --fail-on-publish-error is set (exit 1).");
            return ExitCode.POLICY_FAILURE.code();
        }
        return ExitCode.OK.code();
    }

    private String readReport(Path reportFile) {
        if (!Files.isRegularFile(reportFile)) {
            throw new UsageException("The report " + invocation.show(reportFile) + " does not exist. Download the "
                    + "artifact the pull_request job uploaded (actions/download-artifact with run-id: "
                    + "${{ github.event.workflow_run.id }}), or give --report FILE");
        }
        try {
            if (Files.size(reportFile) > 4L * MarkdownReport.GITHUB_COMMENT_LIMIT) {
                throw new UsageException("The report " + invocation.show(reportFile) + " is larger than a comment can "
                        + "be; give the report 'caxton-bench ci' wrote");
            }
            return Files.readString(reportFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("Cannot read the report " + invocation.show(reportFile) + ": " + e.getMessage(), e);
        }
    }

    /** A report rendered here, and what {@code ci} would have written beside it. */
    private record Rendered(String markdown, PublishInfo info) {}

    /**
     * The report rendered here, from the pull request's run file and this job's history (pulled from the history
     * branch, so the comparison is made by trusted code): compared with the base branch's run as {@code ci} would,
     * and written to {@code --report}; with the publish information {@code ci} would have written.
     */
    private Rendered rerender(ActionsEnvironment actions) {
        Path file = invocation.resolve(runFile.get());
        Run current;
        try {
            current = RunFiles.read(file);
        } catch (RunFileException e) {
            throw new UsageException(TerminalText.sanitize(e.getMessage()), e);
        }
        Path historyFile = invocation.resolve(history.orElse(Defaults.HISTORY));
        History past = HistoryCommand.open(invocation, historyFile, false);
        BenchConfig config = Defaults.benchConfig(invocation, Optional.empty(), HistoryCommand.folder(historyFile));
        Optional<String> base = baseBranch.or(actions::baseBranch);
        BaselineSelector.Context context = base.<BaselineSelector.Context>map(
                b -> new BaselineSelector.PullRequest(b, actions.baseSha(), Optional.empty()))
                .orElse(new BaselineSelector.Push());
        ComparisonFlow.Outcome outcome = ComparisonFlow.of(past, HistoryBaselineCommand.baselines(historyFile),
                OutputLayout.ofHistory(historyFile).runs()).compare(current, context,
                ComparisonFlow.Options.defaults(config.settings()));
        Comparison c = outcome.comparison();
        String reportName = name.orElse(current.info().suite());
        String where = actions.runUrl().map(u -> "the job summary of " + u).orElse(invocation.show(invocation.resolve(report)));
        String markdown = MarkdownReport.render(new ReportInput(c, reportName, outcome.selection().reason(),
                outcome.trends(), Reports.reproduce(current.info()), Optional.of(where)), ReportOptions.defaults());
        ReportCommand.write(invocation.resolve(report), markdown);
        boolean failed = c.fails(failOn.orElse(Defaults.CI_FAIL_ON));
        Optional<String> commit = current.info().commit();
        if (commit.isPresent() && !PublishInfo.isSha(commit.get())) {
            throw new UsageException("The run file " + invocation.show(file) + " is of commit '"
                    + TerminalText.sanitize(commit.get()) + "', not a full commit sha; nothing was published. Give the "
                    + "run file the pull request's job wrote");
        }
        PublishInfo info = PublishInfo.of(reportName, c, failed, current.info().pullRequest().filter(n -> n > 0),
                commit, Optional.empty());
        invocation.out().println("Compared: " + Reports.summaryLine(outcome));
        invocation.out().println("Report: " + invocation.show(invocation.resolve(report)));
        return new Rendered(markdown, info);
    }

    /**
     * The workflow run's own pull request wins (GitHub wrote it); else --pr, --pr-file, publish.properties (the
     * artifact, written by the pull request's job: GitHub leaves pull_requests empty for a fork's pull request).
     */
    private Optional<Integer> pullRequest(ActionsEnvironment actions, PublishInfo values) {
        Optional<Integer> given = pr.or(() -> prFile.map(this::readNumber)).or(values::pullRequest);
        if (given.isPresent() && given.get() <= 0) {
            throw new UsageException("The pull request number " + given.get() + " is not positive; give the number "
                    + "of the pull request (github.event.pull_request.number in the first job)");
        }
        if (actions.pullRequest().isPresent() && given.isPresent() && !given.equals(actions.pullRequest())) {
            throw new UsageException("The artifact names pull request #" + given.get() + " but the workflow run "
                    + "belongs to #" + actions.pullRequest().get() + "; nothing was published. Upload the PR number "
                    + "of the same run");
        }
        return actions.pullRequest().or(() -> given);
    }

    /** --sha, else the workflow run's head commit (which an artifact naming another commit contradicts), else the file's. */
    private Optional<String> commit(ActionsEnvironment actions, PublishInfo values) {
        if (sha.isPresent()) {
            if (!sha.get().matches("[0-9a-fA-F]{40}")) {
                throw new UsageException("--sha '" + TerminalText.sanitize(sha.get()) + "' is not a full commit sha "
                        + "(40 hex digits); give github.event.workflow_run.head_sha");
            }
            return sha;
        }
        Optional<String> fromFile = values.headSha();
        boolean workflowRun = actions.eventName().filter("workflow_run"::equals).isPresent();
        if (workflowRun && actions.headSha().isPresent()) {
            if (fromFile.isPresent() && !fromFile.get().equalsIgnoreCase(actions.headSha().get())) {
                throw new UsageException("The artifact's report is of commit " + TerminalText.sanitize(fromFile.get())
                        + " but the workflow run is of " + actions.headSha().get() + "; nothing was published. "
                        + "Download the artifact of this run (run-id: ${{ github.event.workflow_run.id }})");
            }
            return actions.headSha();
        }
        return fromFile.or(actions::headSha);
    }

    private Integer readNumber(Path file) {
        Path p = invocation.resolve(file);
        try {
            if (Files.size(p) > 64) {
                throw new UsageException("--pr-file " + invocation.show(p) + " holds more than a number");
            }
            return number(Files.readString(p, StandardCharsets.UTF_8).strip(), "--pr-file " + invocation.show(p));
        } catch (IOException e) {
            throw new UsageException("Cannot read --pr-file " + invocation.show(p) + ": " + e.getMessage()
                    + ". The first job writes it: echo ${{ github.event.pull_request.number }} > pr-number.txt", e);
        }
    }

    private static Integer number(String text, String where) {
        if (!text.matches("\\d{1,9}")) {
            throw new UsageException(where + " holds '" + TerminalText.sanitize(text.length() > 20 ? text.substring(0, 20)
                    : text) + "', not a pull request number");
        }
        return Integer.parseInt(text);
    }

    /** The name in the report's first line {@code <!-- caxton-bench:report suite=NAME -->}, percent-decoded. */
    static Optional<String> nameOfMarker(String body) {
        String first = body.lines().findFirst().orElse("").strip();
        String prefix = "<!-- caxton-bench:report suite=";
        if (!first.startsWith(prefix) || !first.endsWith(" -->")) {
            return Optional.empty();
        }
        try {
            return Optional.of(URLDecoder.decode(first.substring(prefix.length(), first.length() - 4).replace("+", "%2B"),
                    StandardCharsets.UTF_8)).filter(n -> !n.isBlank());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void note(String message) {
        invocation.out().println("Note: " + message);
    }
}
