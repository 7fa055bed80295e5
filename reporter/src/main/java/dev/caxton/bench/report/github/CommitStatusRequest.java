package dev.caxton.bench.report.github;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A commit status. GitHub keeps the latest status per {@code context}, so publishing again replaces it.
 *
 * @param sha         the commit, 40 hex digits (on a pull request, its head commit)
 * @param state       the state
 * @param description one line; cut to {@link #MAX_DESCRIPTION_CHARS} characters with an ellipsis
 * @param targetUrl   where the status links to, such as the workflow run
 * @param context     the status's name (for example {@code caxton-bench/agent})
 */
public record CommitStatusRequest(String sha, CommitState state, String description, Optional<URI> targetUrl,
                                  String context) {
    /** GitHub's limit on a status description. */
    public static final int MAX_DESCRIPTION_CHARS = 140;

    public CommitStatusRequest {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(context, "context");
        Shas.requireSha(sha);
        if (context.isBlank()) {
            throw new IllegalArgumentException("The status context is empty: use a name such as 'caxton-bench'");
        }
    }
}
