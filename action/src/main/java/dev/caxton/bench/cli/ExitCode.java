package dev.caxton.bench.cli;

/** The exit codes of {@code caxton-bench}, documented in docs/cli.md. */
enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /**
     * The command completed, but not everything went well: for {@code run}, {@code --fail-on} calls the
     * result a failure; for {@code import}, a file had a problem or nothing could be imported.
     */
    POLICY_FAILURE(1),
    /** The command line is wrong: an unknown option, suite, profile or system, a bad value or file. */
    USAGE(2),
    /** Something broke that is not the user's doing: a bug, or a file that could not be written. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
