package dev.caxton.bench.ab;

/** A side's JVM failed or timed out; the message names the side, the round, the log and the fix. */
public final class AbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AbException(String message) {
        super(message);
    }
}
