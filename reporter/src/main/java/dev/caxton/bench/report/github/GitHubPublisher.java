package dev.caxton.bench.report.github;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHCommitState;
import org.kohsuke.github.GHCommitStatus;
import org.kohsuke.github.GHException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.extras.HttpClientGitHubConnector;

/**
 * Publishes to one repository through GitHub's REST API: the sticky comment of a suite on a pull request, a
 * check run, a commit status. It logs in with the token as an installation token (no {@code GET /user}), talks
 * over {@code java.net.http} with the configured timeouts, waits as GitHub asks on rate limits, and retries a
 * step after a 5xx answer, a timeout or a broken connection (see {@link PublishOptions}).
 *
 * <p>A 403 "Resource not accessible by integration" (a read-only token on a pull request from a fork, or a job
 * without the write permission) is not thrown: the result is {@link PublishResult.Action#NOT_PERMITTED} with a
 * warning that explains the fork-safe workflow. Everything else that fails throws {@link PublishException}.
 *
 * <p>Not thread-safe: use one publisher per thread.
 */
public final class GitHubPublisher {
    private static final String FORK_ADVICE = "On a pull request from a fork the workflow's token is read-only, "
            + "so nothing can be published from the pull_request job. Use the fork-safe setup: the pull_request job "
            + "uploads its results and the PR number as an artifact, and a workflow_run job (which gets a write "
            + "token) runs 'caxton-bench publish' with them (see docs/github-actions.md, fork-safe publishing). "
            + "If this is not a fork, "
            + "give the job 'permissions: pull-requests: write, checks: write, statuses: write'. The report is "
            + "still in the job summary.";

    private final GitHubTarget target;
    private final PublishOptions options;
    private final Sleeper sleeper;
    private final LimitHandlers limits;
    private final Deadline deadline;
    private final GitHub gitHub;
    private GHRepository repository;

    private GitHubPublisher(GitHubTarget target, PublishOptions options, Sleeper sleeper, Clock clock,
                            LongSupplier nanos) throws PublishException {
        this.target = target;
        this.options = options;
        this.sleeper = sleeper;
        this.deadline = new Deadline(options.deadline(), nanos);
        this.limits = new LimitHandlers(options, sleeper, clock, deadline);
        // HTTP/1.1: no h2c upgrade attempt on a plain-http endpoint (a GitHub Enterprise test instance, a proxy).
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            this.gitHub = new GitHubBuilder()
                    .withEndpoint(target.apiUrl().toString())
                    .withAppInstallationToken(target.token().reveal())
                    .withConnector(new HttpClientGitHubConnector(new TimeoutHttpClient(http, options.readTimeout(), deadline)))
                    .withRateLimitHandler(limits.rateLimitHandler())
                    .withAbuseLimitHandler(limits.abuseLimitHandler())
                    .build();
        } catch (IOException | RuntimeException e) {
            throw Failures.toException(Failures.classify(e), "connecting to GitHub", target, options, 1);
        }
    }

    /**
     * A publisher for {@code target}. Makes no request yet; its {@link PublishOptions#deadline() deadline} starts
     * now and covers everything it publishes.
     */
    public static GitHubPublisher create(GitHubTarget target, PublishOptions options) throws PublishException {
        return create(target, options, Sleeper.REAL, Clock.systemUTC());
    }

    static GitHubPublisher create(GitHubTarget target, PublishOptions options, Sleeper sleeper, Clock clock)
            throws PublishException {
        return create(target, options, sleeper, clock, System::nanoTime);
    }

    static GitHubPublisher create(GitHubTarget target, PublishOptions options, Sleeper sleeper, Clock clock,
                                  LongSupplier nanos) throws PublishException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        return new GitHubPublisher(target, options, sleeper, clock, nanos);
    }

    /**
     * Creates or updates the sticky comment of {@code request}'s suite on its pull request, as its
     * {@link CommentMode} says. Reads every page of the pull request's comments, picks the one carrying the
     * marker (by {@code botLogin} when several do, else the oldest) and edits it; creates one only when none
     * carries the marker. A retried step reads the comments again first, so a retry never makes a second comment.
     */
    public PublishResult publishComment(CommentRequest request) throws PublishException {
        Objects.requireNonNull(request, "request");
        if (request.mode() == CommentMode.NEVER) {
            return new PublishResult(PublishResult.Action.SKIPPED, Optional.empty(), OptionalLong.empty(), List.of());
        }
        String what = "publishing the comment on pull request #" + request.pullRequest() + " of "
                + target.repository();
        return permitted(what, () -> {
            GHIssue issue = repository().getIssue(request.pullRequest());
            List<GHIssueComment> marked = new ArrayList<>();
            for (GHIssueComment comment : issue.listComments().withPageSize(100).toList()) {
                if (comment.getBody() != null && comment.getBody().contains(request.marker())) {
                    marked.add(comment);
                }
            }
            List<String> warnings = new ArrayList<>();
            GHIssueComment existing = choose(marked, request, warnings);
            if (existing == null) {
                if (!request.mode().creates(request.regressions(), request.improvements())) {
                    return new PublishResult(PublishResult.Action.SKIPPED, Optional.empty(), OptionalLong.empty(),
                            warnings);
                }
                GHIssueComment created = issue.comment(request.body());
                return new PublishResult(PublishResult.Action.CREATED, uri(created.getHtmlUrl()),
                        OptionalLong.of(created.getId()), warnings);
            }
            if (sameText(existing.getBody(), request.body())) {
                return new PublishResult(PublishResult.Action.UNCHANGED, uri(existing.getHtmlUrl()),
                        OptionalLong.of(existing.getId()), warnings);
            }
            existing.update(request.body());
            return new PublishResult(PublishResult.Action.UPDATED, uri(existing.getHtmlUrl()),
                    OptionalLong.of(existing.getId()), warnings);
        });
    }

    /** Creates a completed check run; its output's summary is the report, cut to GitHub's limit with a note. */
    public PublishResult publishCheckRun(CheckRunRequest request) throws PublishException {
        Objects.requireNonNull(request, "request");
        String what = "creating the check run '" + request.name() + "' on " + request.headSha() + " of "
                + target.repository();
        List<String> warnings = new ArrayList<>();
        String summary = request.summary();
        if (summary.length() > CheckRunRequest.MAX_SUMMARY_CHARS) {
            String note = "\n\n> The report was cut to fit the check run's limit of "
                    + CheckRunRequest.MAX_SUMMARY_CHARS + " characters; the job summary has all of it.\n";
            summary = cutAtCodePoint(summary, CheckRunRequest.MAX_SUMMARY_CHARS - note.length()) + note;
            warnings.add("The check run summary was cut from " + request.summary().length() + " to "
                    + CheckRunRequest.MAX_SUMMARY_CHARS + " characters");
        }
        String output = summary;
        return permitted(what, () -> {
            GHCheckRunBuilder builder = repository().createCheckRun(request.name(), request.headSha())
                    .withStatus(GHCheckRun.Status.COMPLETED)
                    .withConclusion(switch (request.conclusion()) {
                        case SUCCESS -> GHCheckRun.Conclusion.SUCCESS;
                        case FAILURE -> GHCheckRun.Conclusion.FAILURE;
                        case NEUTRAL -> GHCheckRun.Conclusion.NEUTRAL;
                    })
                    .add(new GHCheckRunBuilder.Output(request.title(), output));
            request.detailsUrl().ifPresent(u -> builder.withDetailsURL(u.toString()));
            GHCheckRun run = builder.create();
            return new PublishResult(PublishResult.Action.CREATED, uri(run.getHtmlUrl()), OptionalLong.of(run.getId()),
                    warnings);
        });
    }

    /** Sets a commit status; a description longer than GitHub's 140 characters is cut with an ellipsis. */
    public PublishResult publishCommitStatus(CommitStatusRequest request) throws PublishException {
        Objects.requireNonNull(request, "request");
        String what = "setting the commit status '" + request.context() + "' on " + request.sha() + " of "
                + target.repository();
        List<String> warnings = new ArrayList<>();
        String description = request.description().strip().replaceAll("\\s+", " ");
        if (description.length() > CommitStatusRequest.MAX_DESCRIPTION_CHARS) {
            description = cutAtCodePoint(description, CommitStatusRequest.MAX_DESCRIPTION_CHARS - 1) + "…";
            warnings.add("The commit status description was cut to " + CommitStatusRequest.MAX_DESCRIPTION_CHARS
                    + " characters");
        }
        String text = description;
        return permitted(what, () -> {
            GHCommitStatus status = repository().createCommitStatus(request.sha(), switch (request.state()) {
                case PENDING -> GHCommitState.PENDING;
                case SUCCESS -> GHCommitState.SUCCESS;
                case FAILURE -> GHCommitState.FAILURE;
                case ERROR -> GHCommitState.ERROR;
            }, request.targetUrl().map(URI::toString).orElse(null), text, request.context());
            return new PublishResult(PublishResult.Action.CREATED, request.targetUrl(),
                    OptionalLong.of(status.getId()), warnings);
        });
    }

    private GHRepository repository() throws IOException {
        if (repository == null) {
            repository = gitHub.getRepository(target.repository());
        }
        return repository;
    }

    private interface Step {
        PublishResult run() throws IOException;
    }

    /**
     * Runs {@code step} with retries, within the deadline; a 403 "Resource not accessible by integration" becomes
     * NOT_PERMITTED.
     */
    private PublishResult permitted(String what, Step step) throws PublishException {
        int attempts = 0;
        while (true) {
            if (deadline.passed()) {
                throw Failures.toException(Failures.classify(deadline.exceeded(attempts == 0
                        ? "no time was left to start" : "no time was left to try again")), what, target, options,
                        attempts);
            }
            attempts++;
            limits.reset();
            Failures.Failure failure;
            try {
                return step.run();
            } catch (IOException | GHException e) {
                failure = Failures.classify(e);
            }
            if (failure.notAccessible()) {
                return new PublishResult(PublishResult.Action.NOT_PERMITTED, Optional.empty(), OptionalLong.empty(),
                        List.of("GitHub refused " + what + " (403 \"" + Failures.NOT_ACCESSIBLE + "\"). "
                                + FORK_ADVICE));
            }
            if (!failure.transientFailure() || attempts > options.maxRetries()) {
                throw Failures.toException(failure, what, target, options, attempts);
            }
            long factor = 1L << Math.min(attempts - 1, 20);
            Duration backoff = options.initialBackoff().multipliedBy(factor);
            if (backoff.compareTo(options.maxWait()) > 0) {
                backoff = options.maxWait();
            }
            Duration left = deadline.remaining();
            if (backoff.compareTo(left) >= 0) {
                throw Failures.toException(Failures.classify(deadline.exceeded("the retry after "
                        + Failures.describe(failure) + " would start after it (wait " + Failures.seconds(backoff)
                        + ", " + Failures.seconds(left) + " left)")), what, target, options, attempts);
            }
            try {
                sleeper.sleep(backoff);
            } catch (IOException interrupted) {
                throw Failures.toException(Failures.classify(interrupted), what, target, options, attempts);
            }
        }
    }

    private static GHIssueComment choose(List<GHIssueComment> marked, CommentRequest request, List<String> warnings)
            throws IOException {
        if (marked.isEmpty()) {
            return null;
        }
        GHIssueComment chosen = marked.get(0);
        if (marked.size() > 1) {
            if (request.botLogin().isPresent()) {
                for (GHIssueComment c : marked) {
                    if (request.botLogin().get().equalsIgnoreCase(c.getUser().getLogin())) {
                        chosen = c;
                        break;
                    }
                }
            }
            warnings.add(marked.size() + " comments carry the marker " + request.marker() + " (ids "
                    + marked.stream().map(c -> Long.toString(c.getId())).toList() + "); updated " + chosen.getId()
                    + (request.botLogin().isPresent() ? ", the oldest by " + request.botLogin().get() + " if any"
                    : ", the oldest") + ". Delete the others by hand.");
        }
        return chosen;
    }

    /** Equal apart from line ends and trailing white space, which GitHub may change. */
    static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.replace("\r\n", "\n").stripTrailing().equals(b.replace("\r\n", "\n").stripTrailing());
    }

    private static String cutAtCodePoint(String text, int maxChars) {
        int end = Math.max(0, maxChars);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.min(end, text.length()));
    }

    private static Optional<URI> uri(URL url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(url.toURI());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
