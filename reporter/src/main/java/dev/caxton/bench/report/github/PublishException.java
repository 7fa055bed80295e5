package dev.caxton.bench.report.github;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Publishing failed. The message names the problem and the fix and never contains the token; the cause chain
 * is a scrubbed copy of the original one (same classes' names and stack traces, token removed).
 */
public final class PublishException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final int status;
    private final String gitHubMessage;

    PublishException(Kind kind, int status, String gitHubMessage, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
        this.gitHubMessage = gitHubMessage;
    }

    /** What went wrong, for the caller to map (to an exit code, say). */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status of GitHub's last answer, when there was one. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** GitHub's own error message (the {@code message} of its JSON error body, with its details), when it sent one. */
    public Optional<String> gitHubMessage() {
        return Optional.ofNullable(gitHubMessage);
    }

    /** The kinds of failure. */
    public enum Kind {
        /** 401: the token is invalid or expired. */
        UNAUTHORIZED,
        /** 403 other than a rate limit: the token lacks a permission. */
        FORBIDDEN,
        /** 404: wrong repository or pull request number, or a token that cannot see the repository. */
        NOT_FOUND,
        /** 422: GitHub rejected the request's content; {@link #gitHubMessage()} says why. */
        VALIDATION_FAILED,
        /** 429 or a rate-limit 403, after the retries, or when GitHub asked for a wait longer than allowed. */
        RATE_LIMITED,
        /** 5xx after the retries. */
        SERVER_ERROR,
        /**
         * Publishing reached {@link PublishOptions#deadline()}: GitHub answered too slowly or not at all (a body
         * trickled byte by byte, retries, rate-limit waits), and the rest was not attempted.
         */
        DEADLINE_EXCEEDED,
        /** No whole answer within the read timeout, after the retries. */
        TIMEOUT,
        /** The connection failed (refused, reset, closed early), after the retries. */
        CONNECTION_FAILED,
        /** Any other answer. */
        UNEXPECTED
    }
}
