package dev.caxton.bench.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.caxton.bench.cli.ActionsFixture.BASE_SHA;
import static dev.caxton.bench.cli.ActionsFixture.HEAD_SHA;
import static dev.caxton.bench.cli.ActionsFixture.MERGE_SHA;
import static dev.caxton.bench.report.github.FakeGitHub.BOT;
import static dev.caxton.bench.report.github.FakeGitHub.FULL_NAME;
import static dev.caxton.bench.cli.ActionsFixture.MARKER;
import static dev.caxton.bench.report.github.FakeGitHub.PR;
import static dev.caxton.bench.report.github.FakeGitHub.TOKEN;
import static dev.caxton.bench.report.github.FakeGitHub.error;
import static dev.caxton.bench.report.github.FakeGitHub.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.caxton.bench.report.github.FakeGitHub;

/**
 * {@code caxton-bench ci} and {@code publish} end to end: the shaded jar as a child process, a faked Actions job
 * (event payloads, summary and output files, the token in GITHUB_TOKEN) and WireMock on loopback answering as
 * GitHub's REST API does. Each test checks that the token appears only in the {@code ::add-mask::} line.
 */
class CiGitHubIT {
    private static final Path JAR = Path.of(System.getProperty("caxton.bench.jar", "target/caxton-bench.jar"));
    static final long COMMENT_ID = 1001;
    static final String COMMENTS = "/repos/" + FULL_NAME + "/issues/" + PR + "/comments";
    static final String PAGE_2 = "/repositories/1296269/issues/" + PR + "/comments";
    /** Fast failures: one retry, 10 ms backoff, a 1 s read timeout. */
    static final List<String> FAST = List.of("--http-timeout", "1s", "--http-retries", "1", "--http-backoff", "10ms");

    @TempDir
    Path dir;

    FakeGitHub github;

    record Result(int exitCode, String out, String err) {}

    @BeforeEach
    void start() {
        github = new FakeGitHub();
    }

    @AfterEach
    void stop() throws IOException {
        github.stop();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(TOKEN);
            }
        }
    }

    // --- the whole story: push, pull request opened, synchronize, fork-safe publish ---

    @Test
    void aPullRequestGetsOneCommentCreatedThenUpdatedInPlaceAndChecksOnItsHeadCommit() throws Exception {
        stubRepositoryAndIssue();
        stubStickyComment();
        stubChecksAndStatuses();
        Files.writeString(dir.resolve("base.json"), ActionsFixture.jmhJson(5, 0, 1.0));
        Files.writeString(dir.resolve("pr.json"), ActionsFixture.jmhJson(5, 2, 1.6));

        // the base branch's run, on push: no comment (not a pull request), the history gets it
        Result push = ci(env("push", ActionsFixture.pushEvent(BASE_SHA), BASE_SHA, "refs/heads/main"),
                "--mode", "import", "--results", "base.json", "--format", "jmh-json");
        assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
        assertThat(push.out()).contains("Note: not a pull request, so no comment");
        github.server.verify(0, postRequestedFor(anyUrl()));
        Files.delete(dir.resolve("summary.md"));
        Files.delete(dir.resolve("output.txt"));

        // opened: compares with the base commit's run, creates the comment, check run and status on the head
        Result opened = ci(env("pull_request", ActionsFixture.pullRequestEvent("opened", PR), MERGE_SHA,
                "refs/pull/7/merge"), "--mode", "import", "--results", "pr.json", "--fail-on", "regression",
                "--check-run", "--commit-status");
        assertThat(opened.exitCode()).as(opened.out() + opened.err()).isEqualTo(1);
        assertThat(opened.err()).contains("--fail-on=regression and the comparison found 2 regression(s)");
        assertThat(opened.out()).contains("Comment created on pull request #7: https://github.com/" + FULL_NAME
                + "/pull/7#issuecomment-1001").contains("Check run created failure on 2222222")
                .contains("Commit status created failure on 2222222")
                .contains("::error title=Performance regression%3A jmh/org.example.Bench.b000");
        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(summary).startsWith(MARKER).contains("of base commit 1111111");
        // written before publishing, then the comment's address and how publishing went (later lines win)
        assertThat(Files.readString(dir.resolve("output.txt"))).isEqualTo("verdict=regression\nregressions=2\n"
                + "improvements=0\nfailed=true\nreport_path=.caxton-bench/report.md\ncomment_url=\npublished=pending\n"
                + "comment_url=https://github.com/" + FULL_NAME + "/pull/7#issuecomment-1001\npublished=ok\n");
        github.server.verify(1, postRequestedFor(urlEqualTo(COMMENTS))
                .withRequestBody(matchingJsonPath("$.body", containing(MARKER))));
        github.server.verify(getRequestedFor(urlPathEqualTo(PAGE_2)).withQueryParam("page", equalTo("2")));
        github.server.verify(1, postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .withRequestBody(matchingJsonPath("$.head_sha", equalTo(HEAD_SHA)))
                .withRequestBody(matchingJsonPath("$.conclusion", equalTo("failure")))
                .withRequestBody(matchingJsonPath("$.name", equalTo("caxton-bench / jmh"))));
        github.server.verify(1, postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/statuses/" + HEAD_SHA))
                .withRequestBody(matchingJsonPath("$.state", equalTo("failure")))
                .withRequestBody(matchingJsonPath("$.context", equalTo("caxton-bench/jmh"))));
        github.server.verify(0, anyRequestedFor(urlPathMatching(".*" + MERGE_SHA + ".*")));
        github.server.verify(0, postRequestedFor(anyUrl()).withRequestBody(containing(MERGE_SHA)));
        github.server.verify(0, anyRequestedFor(urlEqualTo("/user")));
        assertNoToken(opened);

        // synchronize: the same comment is edited, never a second one
        Files.delete(dir.resolve("output.txt"));
        Result sync = ci(env("pull_request", ActionsFixture.pullRequestEvent("synchronize", PR), MERGE_SHA,
                "refs/pull/7/merge"), "--mode", "import", "--results", "pr.json", "--fail-on", "never", "--check-run");
        assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
        assertThat(sync.out()).contains("Comment updated on pull request #7");
        github.server.verify(1, postRequestedFor(urlEqualTo(COMMENTS)));
        github.server.verify(1, patchRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/" + COMMENT_ID))
                .withRequestBody(matchingJsonPath("$.body", containing(MARKER))));
        github.server.verify(2, postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .withRequestBody(matchingJsonPath("$.head_sha", equalTo(HEAD_SHA))));
        assertThat(Files.readString(dir.resolve("output.txt"))).contains("failed=false\n")
                .endsWith("comment_url=https://github.com/" + FULL_NAME + "/pull/7#issuecomment-" + COMMENT_ID
                        + "\npublished=ok\n");
        assertNoToken(sync);

        // a fork's pull request: the workflow_run job publishes the uploaded report; the PR number comes from a file
        Path artifact = Files.createDirectories(dir.resolve("artifact"));
        Files.copy(dir.resolve(".caxton-bench/report.md"), artifact.resolve("report.md"));
        Files.copy(dir.resolve(".caxton-bench/publish.properties"), artifact.resolve("publish.properties"));
        Files.writeString(artifact.resolve("pr-number.txt"), PR + "\n");
        Result publish = run("publish", env("workflow_run", ActionsFixture.workflowRunEvent(HEAD_SHA, false, PR),
                BASE_SHA, "refs/heads/main"), List.of("--report", "artifact/report.md", "--pr-file",
                "artifact/pr-number.txt", "--check-run", "--fail-on", "regression"));
        assertThat(publish.exitCode()).as("the policy, applied again: " + publish.out() + publish.err()).isEqualTo(1);
        assertThat(publish.err()).contains("--fail-on=regression and the report has 2 regression(s), 2 critical");
        assertThat(publish.out()).contains("Comment updated on pull request #7").contains("Check run created");
        github.server.verify(1, postRequestedFor(urlEqualTo(COMMENTS)));
        github.server.verify(2, patchRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/" + COMMENT_ID)));
        github.server.verify(3, postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .withRequestBody(matchingJsonPath("$.head_sha", equalTo(HEAD_SHA))));
        github.server.verify(2, postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .withRequestBody(matchingJsonPath("$.conclusion", equalTo("failure"))));
        github.server.verify(0, postRequestedFor(urlPathMatching(".*" + BASE_SHA + ".*")));
        assertNoToken(publish);
    }

    @Test
    void onChangeCreatesNoCommentForAPullRequestThatChangesNothing() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        Result push = ci(env("push", ActionsFixture.pushEvent(BASE_SHA), BASE_SHA, "refs/heads/main"),
                "--mode", "import", "--results", "one.json");
        assertThat(push.exitCode()).as(push.out() + push.err()).isZero();

        Result r = ci(env("pull_request", ActionsFixture.pullRequestEvent("opened", PR), MERGE_SHA,
                "refs/pull/7/merge"), "--mode", "import", "--results", "one.json");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Comment skipped on pull request #7");
        github.server.verify(getRequestedFor(urlPathEqualTo(COMMENTS)));
        github.server.verify(0, postRequestedFor(anyUrl()));
        assertThat(Files.readString(dir.resolve("output.txt"))).contains("verdict=no-change\n");
        assertNoToken(r);
    }

    // --- faults: the report is always in the file and the job summary; the exit follows the policy ---

    @Test
    void a401SaysTheTokenIsInvalidAndFailsTheJobOnlyWhenAsked() throws Exception {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(401,
                error("Bad credentials", "https://docs.github.com/rest"))));

        Result r = pullRequest();
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("::warning title=Caxton Bench could not publish to GitHub::GitHub rejected the token")
                .contains("401").contains("the token is invalid or expired");
        assertSummaryWritten();

        Result strict = pullRequest("--fail-on-publish-error");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("::error title=Caxton Bench could not publish to GitHub");
        assertThat(strict.err()).contains("--fail-on-publish-error is set (exit 1)");
        assertNoToken(r);
        assertNoToken(strict);
    }

    @Test
    void aForksReadOnlyTokenIsAWarningThatExplainsTheForkSafeWorkflow() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        github.server.stubFor(post(urlEqualTo(COMMENTS)).willReturn(json(403, error(
                "Resource not accessible by integration",
                "https://docs.github.com/rest/issues/comments#create-an-issue-comment"))));

        Result r = pullRequest("--fail-on-publish-error", "--check-run", "--commit-status");

        assertThat(r.exitCode()).as("a fork is not a publishing error").isZero();
        assertThat(r.out()).contains("Comment not permitted on pull request #7").contains("::warning")
                .contains("fork").contains("workflow_run").contains("caxton-bench publish")
                .contains("the check run and commit status were skipped after that").doesNotContain("::error");
        github.server.verify(0, postRequestedFor(urlPathMatching("/repos/" + FULL_NAME + "/(check-runs|statuses).*")));
        assertSummaryWritten();
        assertNoToken(r);
    }

    @Test
    void a404NamesTheRepositoryAndPullRequestToCheck() throws Exception {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR)).willReturn(json(404,
                error("Not Found", "https://docs.github.com/rest/issues/issues#get-an-issue"))));

        Result r = pullRequest();

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("404").contains("Check the repository '" + FULL_NAME + "' (GITHUB_REPOSITORY)");
        assertSummaryWritten();
        assertNoToken(r);
    }

    @Test
    void a422CarriesGitHubsValidationMessage() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        github.server.stubFor(post(urlEqualTo(COMMENTS)).willReturn(json(422, "{\"message\":\"Validation Failed\","
                + "\"errors\":[{\"resource\":\"IssueComment\",\"code\":\"custom\",\"field\":\"body\",\"message\":"
                + "\"body is too long (maximum is 65536 characters)\"}],"
                + "\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"422\"}")));

        Result r = pullRequest();

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("422").contains("Validation Failed: body is too long (maximum is 65536 characters)");
        assertSummaryWritten();
        assertNoToken(r);
    }

    @Test
    void a429IsRetriedAfterTheWaitGitHubAsksFor() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        github.server.stubFor(post(urlEqualTo(COMMENTS)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(429, error("API rate limit exceeded", "https://docs.github.com/rest"))
                        .withHeader("Retry-After", "1"))
                .willSetStateTo("waited"));
        github.server.stubFor(post(urlEqualTo(COMMENTS)).inScenario("limit").whenScenarioStateIs("waited")
                .willReturn(json(201, github.comment(COMMENT_ID, MARKER + "\n", BOT))));

        Result r = pullRequest();

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Comment created on pull request #7").doesNotContain("::warning");
        github.server.verify(2, postRequestedFor(urlEqualTo(COMMENTS)));
        assertNoToken(r);
    }

    @Test
    void a500ThenSuccessPublishesOnTheRetry() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        github.server.stubFor(post(urlEqualTo(COMMENTS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(500, error("Server Error", "https://docs.github.com/rest"))).willSetStateTo("ok"));
        github.server.stubFor(post(urlEqualTo(COMMENTS)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(json(201, github.comment(COMMENT_ID, MARKER + "\n", BOT))));

        Result r = pullRequest();

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Comment created on pull request #7");
        github.server.verify(2, postRequestedFor(urlEqualTo(COMMENTS)));
        assertNoToken(r);
    }

    @Test
    void aResetConnectionIsRetriedThenAWarningAndTheSkippedStepsAreNamed() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        github.server.stubFor(post(urlEqualTo(COMMENTS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Result r = pullRequest("--check-run");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Cannot reach GitHub at " + github.base())
                .contains("the connection to " + github.base().replaceFirst("^https?://", "") + " broke").contains("2 attempt(s)")
                .contains("the check run was skipped after that");
        assertThat(r.err()).as("github-api's retry log lines stay out of the job log").doesNotContain("INFO:");
        github.server.verify(2, postRequestedFor(urlEqualTo(COMMENTS)));
        github.server.verify(0, postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/check-runs")));
        assertSummaryWritten();
        assertNoToken(r);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsAWarning() throws Exception {
        stubRepositoryAndIssue();
        stubNoComments();
        github.server.stubFor(post(urlEqualTo(COMMENTS)).willReturn(json(201, github.comment(COMMENT_ID, MARKER, BOT))
                .withFixedDelay(4000)));

        Result r = pullRequestWith(List.of("--http-timeout", "1s", "--http-retries", "0"));

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No answer from " + github.base() + " within the read timeout of 1 s");
        assertSummaryWritten();
        assertNoToken(r);
    }

    @Test
    void aGitHubThatTricklesItsAnswerStopsAtThePublishDeadlineWithTheOutputsAndSummaryAlreadyWritten()
            throws Exception {
        // 300 chunks over 150 s: each read gets a byte long before any per-read timeout
        github.server.stubFor(get(anyUrl()).willReturn(json(200, github.repository())
                .withChunkedDribbleDelay(300, 150_000)));

        Result r = pullRequestWith(List.of("--publish-deadline", "2s", "--check-run"));

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("stopped at its deadline of 2 s").contains("--publish-deadline")
                .contains("the check run was skipped after that");
        assertSummaryWritten();
        assertThat(Files.readString(dir.resolve("summary.md"))).contains("Publishing to GitHub failed");
        String outputs = Files.readString(dir.resolve("output.txt"));
        assertThat(outputs).startsWith("verdict=").contains("report_path=.caxton-bench/report.md\n")
                .contains("published=pending\n").endsWith("comment_url=\npublished=failed\n");
        assertNoToken(r);
    }

    @Test
    void aPublishDeadlineThatIsNotADurationIsAUsageError() throws Exception {
        Result r = pullRequestWith(List.of("--publish-deadline", "soon"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--publish-deadline");
        github.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutAPullRequestAndWithCommentNeverNothingIsSentAndTheSummaryIsWritten() throws Exception {
        Result r = ci(env("push", ActionsFixture.pushEvent(BASE_SHA), BASE_SHA, "refs/heads/main"), "--mode", "import",
                "--results", "one.json", "--comment", "never");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("nothing to publish to GitHub");
        github.server.verify(0, anyRequestedFor(anyUrl()));
        assertSummaryWritten();
    }

    // --- helpers ---

    Result pullRequest(String... extra) throws Exception {
        List<String> more = new ArrayList<>(FAST);
        more.addAll(List.of(extra));
        return pullRequestWith(more);
    }

    Result pullRequestWith(List<String> extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--mode", "import", "--results", "one.json", "--comment", "always",
                "--fail-on", "never"));
        args.addAll(extra);
        return ci(env("pull_request", ActionsFixture.pullRequestEvent("opened", PR), MERGE_SHA, "refs/pull/7/merge"),
                args.toArray(String[]::new));
    }

    void assertSummaryWritten() throws IOException {
        assertThat(Files.readString(dir.resolve("summary.md"))).contains(MARKER).contains("org.example.Bench");
        assertThat(dir.resolve(".caxton-bench/report.md")).exists();
    }

    static void assertNoToken(Result r) {
        assertThat(r.out()).startsWith("::add-mask::" + TOKEN + "\n");
        assertThat(r.out().substring(r.out().indexOf('\n') + 1)).doesNotContain(TOKEN);
        assertThat(r.err()).doesNotContain(TOKEN);
    }

    void stubRepositoryAndIssue() {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR)).willReturn(json(200, github.issue(PR))));
    }

    void stubNoComments() {
        github.server.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(json(200, "[]")));
    }

    /**
     * Two pages of comments (GitHub's Link header): someone else's on the first; ours, once it was created, on
     * the second. Creating it moves the scenario on.
     */
    void stubStickyComment() {
        github.server.stubFor(get(urlPathEqualTo(COMMENTS)).withQueryParam("page", absent())
                .willReturn(json(200, FakeGitHub.array(List.of(github.comment(901, "LGTM", "octocat"))))
                        .withHeader("Link", github.link(1, 2))));
        github.server.stubFor(get(urlPathEqualTo(PAGE_2)).withQueryParam("page", equalTo("2"))
                .inScenario("comment").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, "[]").withHeader("Link", github.link(2, 2))));
        github.server.stubFor(get(urlPathEqualTo(PAGE_2)).withQueryParam("page", equalTo("2"))
                .inScenario("comment").whenScenarioStateIs("created")
                .willReturn(json(200, FakeGitHub.array(List.of(github.comment(COMMENT_ID, MARKER + "\nan older report\n",
                        BOT)))).withHeader("Link", github.link(2, 2))));
        github.server.stubFor(post(urlEqualTo(COMMENTS)).inScenario("comment")
                .willReturn(json(201, github.comment(COMMENT_ID, MARKER + "\n", BOT))).willSetStateTo("created"));
        github.server.stubFor(patch(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/" + COMMENT_ID))
                .willReturn(json(200, github.comment(COMMENT_ID, MARKER + "\n", BOT))));
    }

    void stubChecksAndStatuses() {
        github.server.stubFor(post(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .willReturn(json(201, github.checkRun(4, "caxton-bench / jmh", "failure"))));
        github.server.stubFor(post(urlPathMatching("/repos/" + FULL_NAME + "/statuses/[0-9a-f]{40}"))
                .willReturn(json(201, github.status(1, "failure", "2 regressions", "caxton-bench/jmh"))));
    }

    Map<String, String> env(String event, String payload, String sha, String ref) throws IOException {
        if (!Files.exists(dir.resolve("one.json"))) {
            Files.writeString(dir.resolve("one.json"), ActionsFixture.jmhJson(3, 0, 1.0));
        }
        return ActionsFixture.env(dir, event, payload, github.base(), TOKEN, sha, ref);
    }

    Result ci(Map<String, String> env, String... args) throws Exception {
        return run("ci", env, List.of(args));
    }

    /** Runs the jar in the temporary directory with exactly these GitHub variables; waits for the end (a guard). */
    Result run(String command, Map<String, String> env, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), command));
        cmd.addAll(args);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("RUNNER_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("caxton-bench " + command + " did not finish within 120 s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
