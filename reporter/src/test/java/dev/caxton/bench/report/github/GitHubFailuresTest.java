package dev.caxton.bench.report.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.caxton.bench.report.github.FakeGitHub.BOT;
import static dev.caxton.bench.report.github.FakeGitHub.FULL_NAME;
import static dev.caxton.bench.report.github.FakeGitHub.MARKER;
import static dev.caxton.bench.report.github.FakeGitHub.PR;
import static dev.caxton.bench.report.github.FakeGitHub.SHA;
import static dev.caxton.bench.report.github.FakeGitHub.TOKEN;
import static dev.caxton.bench.report.github.FakeGitHub.error;
import static dev.caxton.bench.report.github.FakeGitHub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.caxton.bench.report.actions.JobSummary;
import dev.caxton.bench.report.actions.StepOutputs;

/**
 * Each failure GitHub (or the network) can hand us, through WireMock: the outcome, the requests made, and that
 * the token appears in no exception text, no captured log record and no file we write.
 */
class GitHubFailuresTest {
    static final String BODY = MARKER + "\n## Benchmarks\n";
    static final String DOCS = "https://docs.github.com/rest";

    FakeGitHub github;
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    final Logger gitHubLogger = Logger.getLogger("org.kohsuke.github");
    Level savedLevel;
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringWriter out = new StringWriter();
            out.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    out.append(' ').append(String.valueOf(p));
                }
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(out));
            }
            logged.add(out.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void start() {
        github = new FakeGitHub();
        savedLevel = gitHubLogger.getLevel();
        gitHubLogger.setLevel(Level.ALL);
        gitHubLogger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        gitHubLogger.removeHandler(capture);
        gitHubLogger.setLevel(savedLevel);
        github.stop();
        assertThat(logged).as("captured log").noneMatch(line -> line.contains(TOKEN));
    }

    GitHubPublisher publisher(PublishOptions options) throws PublishException {
        return GitHubPublisher.create(GitHubTarget.of(github.base(), FULL_NAME, Secret.of(TOKEN)), options,
                waits::add, Clock.fixed(FakeGitHub.NOW.toInstant(), FakeGitHub.NOW.getZone()));
    }

    GitHubPublisher publisher() throws PublishException {
        return publisher(PublishOptions.DEFAULTS.withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(60)));
    }

    static CommentRequest request() {
        return new CommentRequest(PR, MARKER, BODY, CommentMode.ALWAYS, 1, 0, Optional.of(BOT));
    }

    void stubRepositoryAndIssue() {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                .willReturn(json(200, github.issue(PR))));
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).willReturn(json(200, "[]")));
    }

    PublishException failure(GitHubPublisher publisher) {
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> publisher.publishComment(request()));
        assertThat(e).as("a PublishException").isNotNull();
        assertNoToken(e);
        return e;
    }

    static void assertNoToken(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(TOKEN);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
        }
    }

    @Test
    void a401SaysTheTokenIsInvalidOrExpired() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(json(401, error("Bad credentials", DOCS))));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.UNAUTHORIZED);
        assertThat(e.status()).hasValue(401);
        assertThat(e.gitHubMessage()).contains("Bad credentials");
        assertThat(e).hasMessageContaining("invalid or expired").hasMessageContaining("github-token");
        github.server.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void a403NotAccessibleOnAForkIsAWarningWithTheForkSafeWorkflowAndTheSummaryIsStillWritten(@TempDir Path dir)
            throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).willReturn(
                json(403, error("Resource not accessible by integration",
                        "https://docs.github.com/rest/issues/comments#create-an-issue-comment"))));

        PublishResult result = publisher().publishComment(request());

        assertThat(result.action()).isEqualTo(PublishResult.Action.NOT_PERMITTED);
        assertThat(result.warnings()).singleElement().asString().contains("fork").contains("workflow_run")
                .contains("pull-requests: write").doesNotContain(TOKEN);
        github.server.verify(1, postRequestedFor(urlEqualTo(github.commentsPath())));

        Path summary = dir.resolve("summary.md");
        Path outputs = dir.resolve("outputs");
        JobSummary.append(summary, BODY + "\n> " + result.warnings().get(0), "report.md");
        StepOutputs.append(outputs, Map.of("comment_url", "", "warning", result.warnings().get(0)));
        assertThat(Files.readString(summary)).contains("## Benchmarks").doesNotContain(TOKEN);
        assertThat(Files.readString(outputs)).doesNotContain(TOKEN);
    }

    @Test
    void anyOther403IsThrownAsAMissingPermission() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).willReturn(
                json(403, error("Must have admin rights to Repository.", DOCS))));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.FORBIDDEN);
        assertThat(e).hasMessageContaining("Must have admin rights").hasMessageContaining("pull-requests: write");
    }

    @Test
    void a404NamesTheRepositoryAndThePullRequestToCheck() throws Exception {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                .willReturn(json(404, error("Not Found", DOCS))));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.NOT_FOUND);
        assertThat(e).hasMessageContaining("'" + FULL_NAME + "'").hasMessageContaining("pull request #" + PR)
                .hasMessageContaining("GITHUB_REPOSITORY");
        github.server.verify(1, getRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR)));
        github.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void a422ShowsGitHubsValidationMessage() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).willReturn(json(422,
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"IssueComment\",\"code\":\"custom\","
                        + "\"field\":\"body\",\"message\":\"body is too long (maximum is 65536 characters)\"}],"
                        + "\"documentation_url\":\"" + DOCS + "\",\"status\":\"422\"}")));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.VALIDATION_FAILED);
        assertThat(e.gitHubMessage()).contains("Validation Failed: body is too long (maximum is 65536 characters)");
        assertThat(e).hasMessageContaining("body is too long");
        github.server.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void a429IsRetriedAfterTheWaitGitHubAsksFor() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(json(429, error("You have exceeded a secondary rate limit.", DOCS))
                        .withHeader("Retry-After", "7")));
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("limit")
                .whenScenarioStateIs("waited").willReturn(json(201, github.comment(101, BODY, BOT))));

        PublishResult result = publisher().publishComment(request());

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        github.server.verify(2, postRequestedFor(urlEqualTo(github.commentsPath())));
    }

    @Test
    void aRateLimit403IsRetriedOnceTheLimitResets() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset")
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withHeader("Date", FakeGitHub.DATE)
                        .withHeader("x-ratelimit-limit", "5000").withHeader("x-ratelimit-remaining", "0")
                        .withHeader("x-ratelimit-used", "5000").withHeader("x-ratelimit-resource", "core")
                        .withHeader("x-ratelimit-reset", Long.toString(FakeGitHub.NOW.toEpochSecond() + 30))
                        .withBody(error("API rate limit exceeded for installation ID 1.", DOCS))));
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("limit")
                .whenScenarioStateIs("reset").willReturn(json(201, github.comment(101, BODY, BOT))));

        PublishResult result = publisher().publishComment(request());

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(waits).containsExactly(Duration.ofSeconds(30));
        github.server.verify(2, postRequestedFor(urlEqualTo(github.commentsPath())));
    }

    @Test
    void aSecondaryRateLimit403WithRetryAfterIsRetriedAfterThatWait() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(json(403, error("You have exceeded a secondary rate limit. Please wait a few minutes "
                        + "before you try again.", DOCS)).withHeader("Retry-After", "45")));
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("limit")
                .whenScenarioStateIs("waited").willReturn(json(201, github.comment(101, BODY, BOT))));

        // a wait this long fits only a deadline longer than the default (45 s): PublishDeadlineTest has the rest
        PublishResult result = publisher(PublishOptions.DEFAULTS.withRetries(2, Duration.ofMillis(10),
                Duration.ofSeconds(60)).withDeadline(Duration.ofMinutes(2))).publishComment(request());

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(waits).containsExactly(Duration.ofSeconds(45));
        github.server.verify(2, postRequestedFor(urlEqualTo(github.commentsPath())));
    }

    @Test
    void aRateLimitThatAsksForMoreThanTheLongestWaitFailsAtOnce() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).willReturn(
                json(429, error("You have exceeded a secondary rate limit.", DOCS)).withHeader("Retry-After", "600")));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.RATE_LIMITED);
        assertThat(e).hasMessageContaining("600 s").hasMessageContaining("60 s");
        assertThat(waits).isEmpty();
        github.server.verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void aRateLimitThatPersistsFailsAfterTheRetries() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).willReturn(
                json(429, error("You have exceeded a secondary rate limit.", DOCS)).withHeader("Retry-After", "2")));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.RATE_LIMITED);
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        github.server.verify(3, postRequestedFor(anyUrl()));
    }

    @Test
    void a5xxIsRetriedWithBackoffAndTheRetryReadsTheCommentsAgain() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("once")
                .willReturn(json(502, "{\"message\":\"Server Error\"}")));
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("flaky")
                .whenScenarioStateIs("once").willReturn(json(201, github.comment(101, BODY, BOT))));

        PublishResult result = publisher().publishComment(request());

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(waits).containsExactly(Duration.ofMillis(10));
        github.server.verify(2, postRequestedFor(anyUrl()));
        github.server.verify(2, getRequestedFor(urlPathEqualTo(github.commentsPath())));
    }

    @Test
    void a5xxThatPersistsFailsAfterTheRetriesWithDoublingBackoff() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).willReturn(
                json(503, "{\"message\":\"Service Unavailable\"}")));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.SERVER_ERROR);
        assertThat(e.status()).hasValue(503);
        assertThat(e).hasMessageContaining("503").hasMessageContaining("3 attempt(s)");
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
        github.server.verify(3, postRequestedFor(anyUrl()));
    }

    @Test
    void aConnectionResetIsRetriedThenReportedAsAConnectionFailure() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PublishException e = failure(publisher());

        assertThat(e.kind()).isEqualTo(PublishException.Kind.CONNECTION_FAILED);
        assertThat(e).hasMessageContaining(github.base()).hasMessageContaining("GITHUB_API_URL");
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
        // 3 attempts of ours; java.net.http itself sends an idempotent GET once more after a reset
        github.server.verify(6, getRequestedFor(urlEqualTo("/repos/" + FULL_NAME)));
    }

    @Test
    void aRefusedConnectionIsASentenceNamingTheHostAndTheFix() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        GitHubPublisher nowhere = GitHubPublisher.create(GitHubTarget.of("http://127.0.0.1:" + port, FULL_NAME,
                        Secret.of(TOKEN)), PublishOptions.DEFAULTS.withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(60)),
                waits::add, Clock.fixed(FakeGitHub.NOW.toInstant(), FakeGitHub.NOW.getZone()));

        PublishException e = failure(nowhere);

        assertThat(e.kind()).isEqualTo(PublishException.Kind.CONNECTION_FAILED);
        assertThat(e.getMessage()).startsWith("Cannot reach GitHub at http://127.0.0.1:" + port + " while ")
                .contains("nothing accepts connections at 127.0.0.1:" + port + " (the connection was refused)")
                .contains("Check GITHUB_API_URL").doesNotContain("Exception");
    }

    @Test
    void aCreateWhoseAnswerIsLostIsFoundOnTheRetryAndNotRepeated() throws Exception {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                .willReturn(json(200, github.issue(PR))));
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).inScenario("lost")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(json(200, "[]")));
        // GitHub made the comment, then the connection broke before the answer arrived
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("lost")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("made")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).inScenario("lost")
                .whenScenarioStateIs("made").willReturn(json(200, FakeGitHub.array(List.of(
                        github.comment(101, BODY, BOT))))));

        PublishResult result = publisher().publishComment(request());

        assertThat(result.action()).isEqualTo(PublishResult.Action.UNCHANGED);
        assertThat(result.id()).hasValue(101);
        github.server.verify(1, postRequestedFor(anyUrl()));
        github.server.verify(2, getRequestedFor(urlPathEqualTo(github.commentsPath())));
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIsRetriedThenReportedAsATimeout() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(json(200, github.repository()).withFixedDelay(2_000)));

        PublishException e = failure(publisher(PublishOptions.DEFAULTS
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200))
                .withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1))));

        assertThat(e.kind()).isEqualTo(PublishException.Kind.TIMEOUT);
        assertThat(e).hasMessageContaining("200 ms").hasMessageContaining("read timeout");
        assertThat(waits).containsExactly(Duration.ofMillis(10));
        awaitServed(2); // WireMock logs a request once its delayed answer is sent, after we gave up on it
        github.server.verify(2, getRequestedFor(urlEqualTo("/repos/" + FULL_NAME)));
    }

    void awaitServed(int requests) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (github.server.getAllServeEvents().size() < requests && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void theTokenIsScrubbedEvenWhenGitHubEchoesItBack() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(json(422, error("token " + TOKEN + " is malformed", DOCS))));

        PublishException e = failure(publisher());

        assertThat(e.gitHubMessage()).contains("token *** is malformed");
    }

    @Test
    void secretsAndTargetsNeverPrintTheToken() {
        GitHubTarget target = GitHubTarget.of("https://api.github.com", FULL_NAME, Secret.of(TOKEN));

        assertThat(target.toString()).doesNotContain(TOKEN).contains("Secret[***]");
    }

}
