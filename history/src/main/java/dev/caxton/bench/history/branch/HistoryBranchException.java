package dev.caxton.bench.history.branch;

import java.util.Objects;

/**
 * The history branch could not be read or written; the message names the problem and the fix and
 * never holds a credential. {@link #kind()} says what kind of problem it is, for a caller that reacts
 * differently to a missing setup (no git, no repository, no remote) and to a remote that refused.
 */
public final class HistoryBranchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** git is not installed or not on the PATH. */
        NO_GIT,
        /** The working directory is not inside a git repository. */
        NOT_A_REPOSITORY,
        /** The remote is not configured in the repository. */
        NO_REMOTE,
        /** The remote refused the credentials, or there are none. */
        AUTHENTICATION,
        /** Every push attempt was rejected because others pushed first. */
        TOO_MANY_REJECTIONS,
        /** Anything else git refused, with git's words. */
        FAILED
    }

    private final Kind kind;

    HistoryBranchException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    HistoryBranchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
