package dev.caxton.bench.report.github;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The end of a publisher's time: {@link PublishOptions#deadline()} after it was made, on a monotonic clock
 * (injected, so tests can move it). Requests, retries and rate-limit waits ask it how long they may take.
 */
final class Deadline {
    private final Duration total;
    private final LongSupplier nanos;
    private final long end;

    Deadline(Duration total, LongSupplier nanos) {
        this.total = total;
        this.nanos = nanos;
        this.end = nanos.getAsLong() + total.toNanos();
    }

    /** The whole deadline, as configured. */
    Duration total() {
        return total;
    }

    /** What is left of it; zero once it has passed. */
    Duration remaining() {
        long left = end - nanos.getAsLong();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    boolean passed() {
        return remaining().isZero();
    }

    /** {@code wanted}, or what is left of the deadline when that is less. */
    Duration cap(Duration wanted) {
        Duration left = remaining();
        return wanted.compareTo(left) < 0 ? wanted : left;
    }

    /** The exception that ends publishing here; {@code why} says what would have gone past the deadline. */
    Exceeded exceeded(String why) {
        return new Exceeded(why);
    }

    /** Publishing reached its deadline. An {@link IOException} so that it passes through github-api. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String why) {
            super(why);
        }
    }
}
