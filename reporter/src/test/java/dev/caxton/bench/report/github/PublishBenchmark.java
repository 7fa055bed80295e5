package dev.caxton.bench.report.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.caxton.bench.report.github.FakeGitHub.BOT;
import static dev.caxton.bench.report.github.FakeGitHub.FULL_NAME;
import static dev.caxton.bench.report.github.FakeGitHub.MARKER;
import static dev.caxton.bench.report.github.FakeGitHub.PR;
import static dev.caxton.bench.report.github.FakeGitHub.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How long one sticky-comment publish takes against a loopback GitHub: a fresh publisher, the repository, the
 * pull request, three pages of 100 comments (the marked one on the last page) and the update. Prints the
 * median of {@code runs} (default 5) after one warm-up. Run from the module directory with the test class path.
 */
final class PublishBenchmark {
    private PublishBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        FakeGitHub github = new FakeGitHub();
        try {
            github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
            github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                    .willReturn(json(200, github.issue(PR))));
            String body = MARKER + "\n" + "| metric | change |\n".repeat(500);
            for (int page = 1; page <= 3; page++) {
                List<String> comments = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    long id = page * 1000L + i;
                    comments.add(page == 3 && i == 99 ? github.comment(id, body, BOT)
                            : github.comment(id, "comment " + id, "octocat"));
                }
                var response = json(200, FakeGitHub.array(comments)).withHeader("Link", github.link(page, 3));
                if (page == 1) {
                    github.server.stubFor(get(urlPathEqualTo(github.commentsPath()))
                            .withQueryParam("page", absent()).willReturn(response));
                } else {
                    github.server.stubFor(get(urlPathEqualTo("/repositories/1296269/issues/" + PR + "/comments"))
                            .withQueryParam("page", equalTo(Integer.toString(page))).willReturn(response));
                }
            }
            github.server.stubFor(patch(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/3099"))
                    .willReturn(json(200, github.comment(3099, body + "x", BOT))));
            double[] millis = new double[runs];
            for (int r = -1; r < runs; r++) {
                long start = System.nanoTime();
                PublishResult result = GitHubPublisher.create(GitHubTarget.of(github.base(), FULL_NAME,
                        Secret.of(FakeGitHub.TOKEN)), PublishOptions.DEFAULTS).publishComment(new CommentRequest(PR,
                        MARKER, body + "x", CommentMode.ALWAYS, 1, 0, Optional.of(BOT)));
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (result.action() != PublishResult.Action.UPDATED) {
                    throw new IllegalStateException("expected an update, got " + result);
                }
                if (r >= 0) {
                    millis[r] = elapsed;
                }
            }
            Arrays.sort(millis);
            System.out.printf("publishComment (3 pages of comments, update): median %.1f ms of %d runs, min %.1f, max %.1f%n",
                    millis[runs / 2], runs, millis[0], millis[runs - 1]);
        } finally {
            github.stop();
        }
    }
}
