package dev.caxton.bench.cli;

/**
 * The history branch could not be read or written; the message names the problem and the fix and
 * never holds a credential.
 */
final class HistoryBranchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides the exit code. */
    enum Kind {
        /** git is not installed or not on the PATH. */
        NO_GIT(ExitCode.USAGE),
        /** The working directory is not inside a git repository. */
        NOT_A_REPOSITORY(ExitCode.USAGE),
        /** The remote is not configured in the repository. */
        NO_REMOTE(ExitCode.USAGE),
        /** The remote refused the credentials, or there are none. */
        AUTHENTICATION(ExitCode.POLICY_FAILURE),
        /** Every push attempt was rejected because others pushed first. */
        TOO_MANY_REJECTIONS(ExitCode.POLICY_FAILURE),
        /** Anything else git refused, with git's words. */
        FAILED(ExitCode.POLICY_FAILURE);

        private final ExitCode exitCode;

        Kind(ExitCode exitCode) {
            this.exitCode = exitCode;
        }

        ExitCode exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    HistoryBranchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    HistoryBranchException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
