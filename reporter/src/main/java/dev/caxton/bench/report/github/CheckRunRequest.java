package dev.caxton.bench.report.github;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A completed check run on a commit. On a pull request, {@code headSha} is the PR's head commit
 * ({@code github.event.pull_request.head.sha}), not the temporary merge commit.
 *
 * @param name       the check's name, shown in the PR's checks list (for example {@code caxton-bench / agent})
 * @param headSha    the commit, 40 hex digits
 * @param conclusion the result, usually {@link CheckConclusion#of}
 * @param title      the output's title, one line
 * @param summary    the output's summary: the Markdown report; cut to {@link #MAX_SUMMARY_CHARS} with a note
 * @param detailsUrl where "Details" points, such as the workflow run
 */
public record CheckRunRequest(String name, String headSha, CheckConclusion conclusion, String title, String summary,
                              Optional<URI> detailsUrl) {
    /** GitHub's limit on a check run's output summary. */
    public static final int MAX_SUMMARY_CHARS = 65_535;

    public CheckRunRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(detailsUrl, "detailsUrl");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The check run name is empty: use a name such as 'caxton-bench'");
        }
        Shas.requireSha(headSha);
    }
}
