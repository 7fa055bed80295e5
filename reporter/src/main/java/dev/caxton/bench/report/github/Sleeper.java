package dev.caxton.bench.report.github;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Waits between retries; tests pass one that records the waits. */
interface Sleeper {
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("Interrupted while waiting to retry");
            io.initCause(e);
            throw io;
        }
    };

    void sleep(Duration duration) throws InterruptedIOException;
}
