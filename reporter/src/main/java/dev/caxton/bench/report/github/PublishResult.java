package dev.caxton.bench.report.github;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one publishing call did.
 *
 * @param action   what happened
 * @param url      the comment's or check run's page, or the status's target URL
 * @param id       GitHub's id of the comment, check run or status
 * @param warnings things the caller should show (as {@code ::warning} lines, say); never contain the token
 */
public record PublishResult(Action action, Optional<URI> url, OptionalLong id, List<String> warnings) {
    public PublishResult {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(id, "id");
        warnings = List.copyOf(warnings);
    }

    /** What a publishing call did. */
    public enum Action {
        /** A new comment, check run or status. */
        CREATED("created"),
        /** The existing comment was edited in place. */
        UPDATED("updated"),
        /** The existing comment already showed this report; nothing was sent. */
        UNCHANGED("unchanged"),
        /** The comment mode said not to write; nothing was sent. */
        SKIPPED("skipped"),
        /**
         * GitHub refused the write with 403 "Resource not accessible by integration": the token is read-only
         * (a pull request from a fork) or lacks the permission. A warning explains the fix; this is not an error.
         */
        NOT_PERMITTED("not permitted");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
