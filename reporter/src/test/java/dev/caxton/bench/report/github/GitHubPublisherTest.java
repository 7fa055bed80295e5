package dev.caxton.bench.report.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
import static dev.caxton.bench.report.github.FakeGitHub.BOT;
import static dev.caxton.bench.report.github.FakeGitHub.FULL_NAME;
import static dev.caxton.bench.report.github.FakeGitHub.MARKER;
import static dev.caxton.bench.report.github.FakeGitHub.PR;
import static dev.caxton.bench.report.github.FakeGitHub.SHA;
import static dev.caxton.bench.report.github.FakeGitHub.TOKEN;
import static dev.caxton.bench.report.github.FakeGitHub.array;
import static dev.caxton.bench.report.github.FakeGitHub.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** The sticky comment, the check run and the commit status against a fake GitHub on loopback. */
class GitHubPublisherTest {
    static final String BODY = MARKER + "\n## Benchmarks: agent\n| metric | change |\n|---|---|\n| throughput | -12% |\n";

    FakeGitHub github;
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        github = new FakeGitHub();
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                .willReturn(json(200, github.issue(PR))));
    }

    @AfterEach
    void stop() {
        github.stop();
    }

    GitHubPublisher publisher() throws PublishException {
        return publisher(PublishOptions.DEFAULTS.withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(60)));
    }

    GitHubPublisher publisher(PublishOptions options) throws PublishException {
        return GitHubPublisher.create(GitHubTarget.of(github.base(), FULL_NAME, Secret.of(TOKEN)), options,
                waits::add, Clock.fixed(FakeGitHub.NOW.toInstant(), FakeGitHub.NOW.getZone()));
    }

    static CommentRequest request(String body, CommentMode mode, int regressions, int improvements) {
        return new CommentRequest(PR, MARKER, body, mode, regressions, improvements, Optional.of(BOT));
    }

    void stubComments(String... comments) {
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath()))
                .willReturn(json(200, array(List.of(comments)))));
    }

    void stubCreate(long id, String body) {
        github.server.stubFor(post(urlEqualTo(github.commentsPath()))
                .willReturn(json(201, github.comment(id, body, BOT))));
    }

    void stubUpdate(long id, String body) {
        github.server.stubFor(patch(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/" + id))
                .willReturn(json(200, github.comment(id, body, BOT))));
    }

    @Test
    void theFirstPublishCreatesTheCommentWithoutAskingWhoTheTokenBelongsTo() throws Exception {
        stubComments(github.comment(11, "Looks good", "octocat"));
        stubCreate(101, BODY);

        PublishResult result = publisher().publishComment(request(BODY, CommentMode.ALWAYS, 1, 0));

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(result.id()).hasValue(101);
        assertThat(result.url()).contains(URI.create("https://github.com/" + FULL_NAME + "/pull/7#issuecomment-101"));
        github.server.verify(postRequestedFor(urlEqualTo(github.commentsPath()))
                .withHeader("Authorization", equalTo("token " + TOKEN))
                .withRequestBody(equalToJson("{\"body\":" + FakeGitHub.quote(BODY) + "}")));
        github.server.verify(getRequestedFor(urlPathEqualTo(github.commentsPath())).withQueryParam("per_page",
                equalTo("100")));
        github.server.verify(0, anyRequestedFor(urlPathEqualTo("/user")));
        github.server.verify(0, anyRequestedFor(urlPathEqualTo("/rate_limit")));
        assertThat(github.server.getAllServeEvents()).hasSize(4);
    }

    @Test
    void anOAuthLoginWouldHaveAskedForUserWhichIsWhyTheInstallationTokenLoginIsUsed() throws Exception {
        github.server.stubFor(get(urlPathEqualTo("/user")).willReturn(json(403,
                FakeGitHub.error("Resource not accessible by integration", "https://docs.github.com/rest"))));

        new org.kohsuke.github.GitHubBuilder().withEndpoint(github.base()).withOAuthToken(TOKEN)
                .withConnector(new org.kohsuke.github.extras.HttpClientGitHubConnector()).build();
        publisher();

        github.server.verify(1, getRequestedFor(urlPathEqualTo("/user")));
    }

    @Test
    void theSecondPublishUpdatesTheSameCommentInPlace() throws Exception {
        String first = BODY;
        String second = BODY.replace("-12%", "-3%");
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).inScenario("sticky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(json(200, "[]")));
        github.server.stubFor(post(urlEqualTo(github.commentsPath())).inScenario("sticky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("commented")
                .willReturn(json(201, github.comment(101, first, BOT))));
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).inScenario("sticky")
                .whenScenarioStateIs("commented")
                .willReturn(json(200, array(List.of(github.comment(101, first, BOT))))));
        stubUpdate(101, second);

        PublishResult created = publisher().publishComment(request(first, CommentMode.ALWAYS, 1, 0));
        PublishResult updated = publisher().publishComment(request(second, CommentMode.ALWAYS, 1, 0));

        assertThat(created.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(updated.action()).isEqualTo(PublishResult.Action.UPDATED);
        assertThat(updated.id()).isEqualTo(created.id());
        github.server.verify(1, postRequestedFor(urlEqualTo(github.commentsPath())));
        github.server.verify(1, patchRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/101"))
                .withRequestBody(equalToJson("{\"body\":" + FakeGitHub.quote(second) + "}")));
    }

    @Test
    void anUnchangedReportSendsNoWrite() throws Exception {
        stubComments(github.comment(101, BODY.replace("\n", "\r\n"), BOT));

        PublishResult result = publisher().publishComment(request(BODY, CommentMode.ALWAYS, 1, 0));

        assertThat(result.action()).isEqualTo(PublishResult.Action.UNCHANGED);
        assertThat(result.id()).hasValue(101);
        github.server.verify(0, postRequestedFor(anyUrl()));
        github.server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void aCommentOnTheSecondPageIsFoundByFollowingTheLinkHeader() throws Exception {
        List<String> page1 = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            page1.add(github.comment(1000 + i, "comment " + i, "octocat"));
        }
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).withQueryParam("page", absent())
                .willReturn(json(200, array(page1)).withHeader("Link", github.link(1, 2))));
        github.server.stubFor(get(urlPathEqualTo("/repositories/1296269/issues/" + PR + "/comments"))
                .withQueryParam("page", equalTo("2"))
                .willReturn(json(200, array(List.of(github.comment(2001, BODY, BOT)))).withHeader("Link",
                        github.link(2, 2))));
        stubUpdate(2001, BODY + "more\n");

        PublishResult result = publisher().publishComment(request(BODY + "more\n", CommentMode.ALWAYS, 1, 0));

        assertThat(result.action()).isEqualTo(PublishResult.Action.UPDATED);
        assertThat(result.id()).hasValue(2001);
        github.server.verify(getRequestedFor(urlPathEqualTo("/repositories/1296269/issues/" + PR + "/comments"))
                .withQueryParam("page", equalTo("2")));
        github.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void amongTwoMarkedCommentsTheOneByTheBotIsUpdatedAndTheDuplicateIsReported() throws Exception {
        stubComments(github.comment(201, BODY, "octocat"), github.comment(202, BODY, BOT));
        github.server.stubFor(get(urlPathEqualTo("/users/octocat")).willReturn(json(200,
                FakeGitHub.user("octocat", 583231, "User"))));
        github.server.stubFor(get(urlPathMatching("/users/github-actions(\\[|%5B)bot(\\]|%5D)")).willReturn(json(200,
                FakeGitHub.user(BOT, 41898282, "Bot"))));
        stubUpdate(202, BODY + "new\n");

        PublishResult result = publisher().publishComment(request(BODY + "new\n", CommentMode.ALWAYS, 0, 0));

        assertThat(result.action()).isEqualTo(PublishResult.Action.UPDATED);
        assertThat(result.id()).hasValue(202);
        assertThat(result.warnings()).singleElement().asString().contains("2 comments carry the marker")
                .contains("201").contains("202").contains("Delete the others");
        github.server.verify(0, patchRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/201")));
        github.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void withoutABotLoginTheOldestMarkedCommentIsUpdated() throws Exception {
        stubComments(github.comment(201, BODY, "octocat"), github.comment(202, BODY, BOT));
        stubUpdate(201, BODY + "new\n");

        PublishResult result = publisher().publishComment(new CommentRequest(PR, MARKER, BODY + "new\n",
                CommentMode.ALWAYS, 0, 0, Optional.empty()));

        assertThat(result.id()).hasValue(201);
        github.server.verify(0, getRequestedFor(urlPathEqualTo("/users/octocat")));
    }

    @Test
    void aCommentOfAnotherSuiteIsLeftAlone() throws Exception {
        String other = "<!-- caxton-bench:report suite=agent-jmh -->\nother";
        stubComments(github.comment(301, other, BOT));
        stubCreate(302, BODY);

        PublishResult result = publisher().publishComment(request(BODY, CommentMode.ALWAYS, 0, 0));

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        github.server.verify(0, patchRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0} with {1} regressions, {2} improvements, existing={3}: {4}")
    @CsvSource({
            "ALWAYS,        0, 0, false, CREATED",
            "ALWAYS,        0, 0, true,  UPDATED",
            "ON_CHANGE,     0, 0, false, SKIPPED",
            "ON_CHANGE,     0, 2, false, CREATED",
            "ON_CHANGE,     1, 0, false, CREATED",
            "ON_CHANGE,     0, 0, true,  UPDATED",
            "ON_REGRESSION, 0, 2, false, SKIPPED",
            "ON_REGRESSION, 1, 0, false, CREATED",
            "ON_REGRESSION, 0, 0, true,  UPDATED",
            "NEVER,         3, 0, false, SKIPPED",
            "NEVER,         3, 0, true,  SKIPPED",
    })
    void eachModeCreatesOnlyWhenItsConditionHoldsAndAlwaysKeepsAnExistingCommentCurrent(
            CommentMode mode, int regressions, int improvements, boolean existing, PublishResult.Action expected)
            throws Exception {
        stubComments(existing ? new String[] {github.comment(101, MARKER + "\nold", BOT)} : new String[0]);
        stubCreate(102, BODY);
        stubUpdate(101, BODY);

        PublishResult result = publisher().publishComment(request(BODY, mode, regressions, improvements));

        assertThat(result.action()).isEqualTo(expected);
        github.server.verify(expected == PublishResult.Action.CREATED ? 1 : 0, postRequestedFor(anyUrl()));
        github.server.verify(expected == PublishResult.Action.UPDATED ? 1 : 0, patchRequestedFor(anyUrl()));
        if (mode == CommentMode.NEVER) {
            assertThat(github.server.getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void aCheckRunIsCreatedCompletedWithTheReportAsItsSummary() throws Exception {
        github.server.stubFor(post(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .willReturn(json(201, github.checkRun(4, "caxton-bench / agent", "failure"))));

        PublishResult result = publisher().publishCheckRun(new CheckRunRequest("caxton-bench / agent", SHA,
                CheckConclusion.FAILURE, "1 regression", BODY, Optional.of(URI.create("https://ci.example.com/1"))));

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(result.id()).hasValue(4);
        assertThat(result.url()).contains(URI.create("https://github.com/" + FULL_NAME + "/runs/4"));
        github.server.verify(postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .withRequestBody(matchingJsonPath("$.name", equalTo("caxton-bench / agent")))
                .withRequestBody(matchingJsonPath("$.head_sha", equalTo(SHA)))
                .withRequestBody(matchingJsonPath("$.status", equalTo("completed")))
                .withRequestBody(matchingJsonPath("$.conclusion", equalTo("failure")))
                .withRequestBody(matchingJsonPath("$.details_url", equalTo("https://ci.example.com/1")))
                .withRequestBody(matchingJsonPath("$.output.title", equalTo("1 regression")))
                .withRequestBody(matchingJsonPath("$.output.summary", equalTo(BODY))));
    }

    @Test
    void aCheckRunSummaryOverTheLimitIsCutToItWithANote() throws Exception {
        github.server.stubFor(post(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                .willReturn(json(201, github.checkRun(5, "caxton-bench", "success"))));
        String huge = BODY + "x".repeat(70_000);

        PublishResult result = publisher().publishCheckRun(new CheckRunRequest("caxton-bench", SHA,
                CheckConclusion.SUCCESS, "ok", huge, Optional.empty()));

        assertThat(result.warnings()).singleElement().asString().contains("cut from");
        String sent = github.server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith("/check-runs")).findFirst().orElseThrow()
                .getRequest().getBodyAsString();
        String summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sent).path("output")
                .path("summary").asText();
        assertThat(summary).hasSize(CheckRunRequest.MAX_SUMMARY_CHARS).startsWith(MARKER)
                .endsWith("the job summary has all of it.\n");
    }

    @Test
    void aCommitStatusIsSetWithADescriptionCutTo140Characters() throws Exception {
        github.server.stubFor(post(urlEqualTo("/repos/" + FULL_NAME + "/statuses/" + SHA))
                .willReturn(json(201, github.status(1, "failure", "cut", "caxton-bench/agent"))));
        String description = "2 regressions: " + "route_latency p99 +12%, ".repeat(10);

        PublishResult result = publisher().publishCommitStatus(new CommitStatusRequest(SHA, CommitState.FAILURE,
                description, Optional.of(URI.create("https://ci.example.com/1")), "caxton-bench/agent"));

        assertThat(result.action()).isEqualTo(PublishResult.Action.CREATED);
        assertThat(result.id()).hasValue(1);
        String expected = description.substring(0, 139) + "…";
        github.server.verify(postRequestedFor(urlEqualTo("/repos/" + FULL_NAME + "/statuses/" + SHA))
                .withRequestBody(matchingJsonPath("$.state", equalTo("failure")))
                .withRequestBody(matchingJsonPath("$.description", equalTo(expected)))
                .withRequestBody(matchingJsonPath("$.target_url", equalTo("https://ci.example.com/1")))
                .withRequestBody(matchingJsonPath("$.context", equalTo("caxton-bench/agent"))));
    }

    @Test
    void anEnterpriseEndpointWithAPathIsUsedAsGiven() throws Exception {
        github.server.stubFor(get(urlEqualTo("/api/v3/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(post(urlEqualTo("/api/v3/repos/" + FULL_NAME + "/statuses/" + SHA))
                .willReturn(json(201, github.status(2, "success", "ok", "caxton-bench"))));

        PublishResult result = GitHubPublisher.create(GitHubTarget.of(github.base() + "/api/v3", FULL_NAME,
                Secret.of(TOKEN)), PublishOptions.DEFAULTS).publishCommitStatus(new CommitStatusRequest(SHA,
                CommitState.SUCCESS, "ok", Optional.empty(), "caxton-bench"));

        assertThat(result.id()).hasValue(2);
        github.server.verify(postRequestedFor(urlEqualTo("/api/v3/repos/" + FULL_NAME + "/statuses/" + SHA)));
    }
}
