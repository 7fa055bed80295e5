package dev.caxton.bench.report.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.Evidence;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;

class PublishingValuesTest {
    static final String TOKEN = FakeGitHub.TOKEN;

    @Test
    void aTargetNeedsAnHttpUrlAndOwnerSlashName() {
        Secret token = Secret.of(TOKEN);
        GitHubTarget target = GitHubTarget.of("https://ghe.example.com/api/v3", "octo-org/octo.repo", token);

        assertThat(target.owner()).isEqualTo("octo-org");
        assertThat(target.name()).isEqualTo("octo.repo");
        assertThat(target.apiUrl()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
        assertThatThrownBy(() -> GitHubTarget.of("api.github.com", "o/r", token))
                .hasMessageContaining("'api.github.com'").hasMessageContaining("GITHUB_API_URL");
        assertThatThrownBy(() -> GitHubTarget.of("https://api.github.com", "just-a-name", token))
                .hasMessageContaining("'just-a-name'").hasMessageContaining("owner/name");
    }

    @Test
    void aSecretHidesItselfAndScrubsText() {
        Secret secret = Secret.of(TOKEN.toCharArray());

        assertThat(secret).hasToString("Secret[***]");
        assertThat(secret.scrub("Authorization: token " + TOKEN)).isEqualTo("Authorization: token ***");
        assertThat(secret.reveal()).isEqualTo(TOKEN);
        assertThatThrownBy(() -> Secret.of("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Secret.of(TOKEN + "\n")).hasMessageContaining("line break")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void commentModesParseTheirLabelsAndListThemOnAMistake() {
        assertThat(CommentMode.parse("on-regression")).isEqualTo(CommentMode.ON_REGRESSION);
        assertThat(CommentMode.parse("ON_CHANGE")).isEqualTo(CommentMode.ON_CHANGE);
        assertThatThrownBy(() -> CommentMode.parse("sometimes"))
                .hasMessage("Unknown comment mode 'sometimes'. Known values are always, on-change, on-regression, never");
    }

    @Test
    void aCommentBodyMustCarryItsMarkerAndFitGitHubsLimit() {
        String marker = FakeGitHub.MARKER;
        assertThatThrownBy(() -> new CommentRequest(7, marker, "no marker", CommentMode.ALWAYS, 0, 0, Optional.empty()))
                .hasMessageContaining("does not contain its marker");
        String huge = marker + "x".repeat(CommentRequest.MAX_BODY_CHARS);
        assertThatThrownBy(() -> new CommentRequest(7, marker, huge, CommentMode.ALWAYS, 0, 0, Optional.empty()))
                .hasMessageContaining("65536");
        assertThatThrownBy(() -> new CommentRequest(0, marker, marker, CommentMode.ALWAYS, 0, 0, Optional.empty()))
                .hasMessageContaining("pull request number 0");
    }

    @Test
    void aCommitMustBeAFullSha() {
        assertThatThrownBy(() -> new CommitStatusRequest("abc123", CommitState.SUCCESS, "ok", Optional.empty(), "c"))
                .hasMessageContaining("'abc123'").hasMessageContaining("40-hex-digit");
    }

    @Test
    void optionsRefuseNonsense() {
        assertThatThrownBy(() -> PublishOptions.DEFAULTS.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> PublishOptions.DEFAULTS.withRetries(-1, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxRetries -1");
    }

    @Test
    void theCheckConclusionFollowsThePolicy() {
        Comparison regressed = comparison(true, Verdict.REGRESSION, false);
        Comparison critical = comparison(true, Verdict.REGRESSION, true);
        Comparison noBaseline = comparison(false, Verdict.NEW, false);

        assertThat(CheckConclusion.of(regressed, FailPolicy.REGRESSION)).isEqualTo(CheckConclusion.FAILURE);
        assertThat(CheckConclusion.of(regressed, FailPolicy.CRITICAL)).isEqualTo(CheckConclusion.SUCCESS);
        assertThat(CheckConclusion.of(critical, FailPolicy.CRITICAL)).isEqualTo(CheckConclusion.FAILURE);
        assertThat(CheckConclusion.of(regressed, FailPolicy.NEVER)).isEqualTo(CheckConclusion.SUCCESS);
        assertThat(CheckConclusion.of(noBaseline, FailPolicy.REGRESSION)).isEqualTo(CheckConclusion.NEUTRAL);
    }

    @Test
    void sameTextIgnoresLineEndsAndTrailingWhiteSpaceOnly() {
        assertThat(GitHubPublisher.sameText("a\r\nb\r\n", "a\nb")).isTrue();
        assertThat(GitHubPublisher.sameText("a\nb", "a\nc")).isFalse();
        assertThat(GitHubPublisher.sameText(" a", "a")).isFalse();
    }

    private static Comparison comparison(boolean withBaseline, Verdict verdict, boolean critical) {
        MetricId id = MetricId.of("agent", "route", "throughput");
        Measurement m = Measurement.of(id, Unit.MESSAGES_PER_SECOND, 1000);
        MetricComparison metric = new MetricComparison(id, Unit.MESSAGES_PER_SECOND, Direction.HIGHER_IS_BETTER,
                withBaseline ? Optional.of(m) : Optional.empty(), Optional.of(m), verdict, Evidence.THRESHOLD,
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), 0.05, 0.2, Optional.empty(),
                Optional.empty(), critical, "test");
        Environment env = new Environment("cpu", 2, 1L << 30, "Linux", "Vendor", "17", List.of());
        RunInfo run = new RunInfo(new RunId("r1"), java.time.Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty(),
                env, "agent", RunProfile.of(Profile.SMOKE), "reference", Optional.empty());
        return new Comparison(run, withBaseline ? Optional.of(run) : Optional.empty(), List.of(metric));
    }
}
