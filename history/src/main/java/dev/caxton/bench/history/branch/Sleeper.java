package dev.caxton.bench.history.branch;

import java.time.Duration;

/**
 * Waits between push attempts. {@link #SYSTEM} sleeps the calling thread; tests pass one that only
 * records the waits.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps the calling thread. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    /** Waits for {@code duration}; an interrupt ends the wait with {@link InterruptedException}. */
    void sleep(Duration duration) throws InterruptedException;
}
