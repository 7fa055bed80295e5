package dev.caxton.bench.report.github;

import java.util.Objects;
import java.util.Optional;

/**
 * The sticky comment of one suite on one pull request.
 *
 * @param pullRequest  the pull request's number
 * @param marker       the hidden marker that identifies this suite's comment, such as
 *                     {@code <!-- caxton-bench:report suite=agent -->}; the body must contain it
 * @param body         the Markdown report, at most {@link #MAX_BODY_CHARS} characters
 * @param mode         when to create or update the comment
 * @param regressions  the report's regression count (for {@link CommentMode#ON_REGRESSION}, {@link CommentMode#ON_CHANGE})
 * @param improvements the report's improvement count (for {@link CommentMode#ON_CHANGE})
 * @param botLogin     the login our comments are posted as, when known ({@code github-actions[bot]} with the
 *                     workflow's {@code GITHUB_TOKEN}); among several marked comments, one by this login wins
 */
public record CommentRequest(int pullRequest, String marker, String body, CommentMode mode, int regressions,
                             int improvements, Optional<String> botLogin) {
    /** GitHub's limit on a comment body. */
    public static final int MAX_BODY_CHARS = 65_536;

    /** The login of comments made with a workflow's {@code GITHUB_TOKEN}. */
    public static final String GITHUB_ACTIONS_BOT = "github-actions[bot]";

    public CommentRequest {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(botLogin, "botLogin");
        if (pullRequest <= 0) {
            throw new IllegalArgumentException("Invalid pull request number " + pullRequest
                    + ": use the number of an open pull request (github.event.pull_request.number)");
        }
        if (marker.isBlank()) {
            throw new IllegalArgumentException("The comment marker is empty: use the report's hidden marker, "
                    + "such as <!-- caxton-bench:report suite=NAME -->");
        }
        if (!body.contains(marker)) {
            throw new IllegalArgumentException("The comment body does not contain its marker '" + marker
                    + "': put the marker on the report's first line, or the next run cannot find the comment");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("The comment body has " + body.length() + " characters, more than "
                    + "GitHub's limit of " + MAX_BODY_CHARS + ": shorten the report (fewer rows, or link to the "
                    + "job summary)");
        }
        if (regressions < 0 || improvements < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: regressions=" + regressions
                    + ", improvements=" + improvements);
        }
    }
}
