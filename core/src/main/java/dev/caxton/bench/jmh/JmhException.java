package dev.caxton.bench.jmh;

import java.io.Serial;

/** JMH could not run the benchmarks asked for; the message says why and what to change. */
public final class JmhException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public JmhException(String message, Throwable cause) {
        super(message, cause);
    }

    public JmhException(String message) {
        super(message);
    }
}
