package dev.caxton.bench.report.github;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The total deadline of publishing ({@link PublishOptions#deadline()}) against a GitHub that trickles, stalls or
 * asks for long waits. Where the outcome depends on time passing, the clock is a counter the sleeper advances,
 * so no test waits for real; the two trickling servers are real and their tests are bounded by a guard only.
 */
class PublishDeadlineTest {
    static final String BODY = MARKER + "\n## Benchmarks\n";
    static final Duration GUARD = Duration.ofSeconds(60);

    FakeGitHub github;
    final AtomicLong nanos = new AtomicLong();
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        github = new FakeGitHub();
    }

    @AfterEach
    void stop() {
        github.stop();
    }

    /** A publisher whose waits move the counter clock instead of sleeping. */
    GitHubPublisher onCounterClock(PublishOptions options) throws PublishException {
        return GitHubPublisher.create(GitHubTarget.of(github.base(), FULL_NAME, Secret.of(TOKEN)), options,
                d -> {
                    waits.add(d);
                    nanos.addAndGet(d.toNanos());
                }, Clock.fixed(FakeGitHub.NOW.toInstant(), FakeGitHub.NOW.getZone()), nanos::get);
    }

    /** A publisher on real time, as users run it. */
    GitHubPublisher onRealTime(PublishOptions options) throws PublishException {
        return GitHubPublisher.create(GitHubTarget.of(github.base(), FULL_NAME, Secret.of(TOKEN)), options);
    }

    static CommentRequest comment() {
        return new CommentRequest(PR, MARKER, BODY, CommentMode.ALWAYS, 1, 0, Optional.of(BOT));
    }

    static PublishException failure(ThrowingSupplier<PublishResult> publishing) {
        PublishException e = catchThrowableOfType(PublishException.class,
                () -> assertTimeoutPreemptively(GUARD, publishing, "publishing hung past the test's guard"));
        assertThat(e).as("a PublishException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        return e;
    }

    void stubRepositoryAndIssue() {
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
        github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                .willReturn(json(200, github.issue(PR))));
        github.server.stubFor(get(urlPathEqualTo(github.commentsPath())).willReturn(json(200, "[]")));
    }

    @Test
    void aBodyTrickledByteByByteStopsAtTheDeadlineNotAtTheEndOfTheBody() throws Exception {
        // 200 chunks over 120 s: every read gets a byte well within any per-read timeout
        github.server.stubFor(get(anyUrl()).willReturn(json(200, github.repository())
                .withChunkedDribbleDelay(200, 120_000)));
        GitHubPublisher publisher = onRealTime(PublishOptions.DEFAULTS.withDeadline(Duration.ofSeconds(1)));

        PublishException e = failure(() -> publisher.publishComment(comment()));

        assertThat(e.kind()).isEqualTo(PublishException.Kind.DEADLINE_EXCEEDED);
        assertThat(e).hasMessageContaining("stopped at its deadline of 1 s")
                .hasMessageContaining("publishing the comment on pull request #" + PR)
                .hasMessageContaining("no whole answer to GET /repos/" + FULL_NAME)
                .hasMessageContaining("--publish-deadline");
    }

    @Test
    void theReadTimeoutCoversTheWholeBodySoATrickleIsATimeoutWithinTheDeadline() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(json(200, github.repository())
                .withChunkedDribbleDelay(200, 120_000)));
        GitHubPublisher publisher = onRealTime(PublishOptions.DEFAULTS
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withRetries(0, Duration.ZERO, Duration.ZERO)
                .withDeadline(Duration.ofSeconds(30)));

        PublishException e = failure(() -> publisher.publishComment(comment()));

        assertThat(e.kind()).isEqualTo(PublishException.Kind.TIMEOUT);
        assertThat(e).hasMessageContaining("read timeout of 300 ms");
    }

    @Test
    void aRetryThatWouldStartPastTheDeadlineIsNotMadeAndTheMessageSaysWhatFailed() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(json(502, error("Server Error", "https://docs"))));
        GitHubPublisher publisher = onCounterClock(PublishOptions.DEFAULTS
                .withRetries(3, Duration.ofSeconds(10), Duration.ofSeconds(60))
                .withDeadline(Duration.ofSeconds(15)));

        PublishException e = failure(() -> publisher.publishComment(comment()));

        assertThat(e.kind()).isEqualTo(PublishException.Kind.DEADLINE_EXCEEDED);
        assertThat(waits).containsExactly(Duration.ofSeconds(10)); // the second wait (20 s) would pass the deadline
        github.server.verify(2, getRequestedFor(urlEqualTo("/repos/" + FULL_NAME)));
        assertThat(e).hasMessageContaining("deadline of 15 s").hasMessageContaining("a 502 answer")
                .hasMessageContaining("2 attempt(s)");
    }

    @Test
    void aRateLimitThatAsksForAWaitPastTheDeadlineFailsAtOnceWithoutWaiting() throws Exception {
        github.server.stubFor(get(anyUrl()).willReturn(
                json(429, error("You have exceeded a secondary rate limit.", "https://docs")).withHeader("Retry-After", "30")));
        GitHubPublisher publisher = onCounterClock(PublishOptions.DEFAULTS.withDeadline(Duration.ofSeconds(10)));

        PublishException e = failure(() -> publisher.publishComment(comment()));

        assertThat(e.kind()).isEqualTo(PublishException.Kind.DEADLINE_EXCEEDED);
        assertThat(waits).isEmpty();
        assertThat(e).hasMessageContaining("asks to wait 30 s, and 10 s were left");
    }

    @Test
    void theDeadlineCoversEveryStepOfOnePublisherSoALateStepSendsNothing() throws Exception {
        stubRepositoryAndIssue();
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(
                "/repos/" + FULL_NAME + "/issues/" + PR + "/comments"))
                .willReturn(json(201, github.comment(101, BODY, BOT))));
        GitHubPublisher publisher = onCounterClock(PublishOptions.DEFAULTS.withDeadline(Duration.ofSeconds(20)));
        assertThat(publisher.publishComment(comment()).action()).isEqualTo(PublishResult.Action.CREATED);
        int requests = github.server.getAllServeEvents().size();

        nanos.addAndGet(Duration.ofSeconds(21).toNanos());
        PublishException e = failure(() -> publisher.publishCheckRun(new CheckRunRequest("caxton-bench / agent", SHA,
                CheckConclusion.SUCCESS, "No change", BODY, Optional.empty())));

        assertThat(e.kind()).isEqualTo(PublishException.Kind.DEADLINE_EXCEEDED);
        assertThat(e).hasMessageContaining("no time was left to start");
        github.server.verify(requests, anyRequestedFor(anyUrl()));
    }

    @Test
    void aZeroOrNegativeDeadlineIsRefusedWithTheFix() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> PublishOptions.DEFAULTS.withDeadline(Duration.ZERO)))
                .hasMessageContaining("Invalid deadline").hasMessageContaining("positive duration");
    }
}
