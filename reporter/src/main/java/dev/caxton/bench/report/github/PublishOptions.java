package dev.caxton.bench.report.github;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient publishing is.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for a whole response (status, headers and body) once the request is
 *                       sent: a server that trickles its body counts as not answering
 * @param maxRetries     how many times a failed step is retried: after a 5xx answer, a timeout or a broken
 *                       connection (with exponential backoff), and after a rate limit (waiting as GitHub asks)
 * @param initialBackoff the wait before the first retry after a 5xx, timeout or broken connection; doubled each time
 * @param maxWait        the longest single wait: backoffs are capped by it, and a rate limit that asks for a
 *                       longer wait fails at once instead of waiting
 * @param deadline       the most one publisher spends in all, every request, retry and wait included: past it
 *                       publishing stops with {@link PublishException.Kind#DEADLINE_EXCEEDED}, however GitHub
 *                       behaves (a server that never answers, a rate limit, retries)
 */
public record PublishOptions(Duration connectTimeout, Duration readTimeout, int maxRetries, Duration initialBackoff,
                             Duration maxWait, Duration deadline) {
    /** The default total deadline: well under a minute, so that a hanging GitHub never holds a job. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(45);

    /** 10 s to connect, 30 s to answer, 3 retries, 1 s first backoff, 60 s longest wait, 45 s in all. */
    public static final PublishOptions DEFAULTS = new PublishOptions(Duration.ofSeconds(10), Duration.ofSeconds(30),
            3, Duration.ofSeconds(1), Duration.ofSeconds(60), DEFAULT_DEADLINE);

    public PublishOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(deadline, "deadline");
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requirePositive("deadline", deadline);
        if (initialBackoff.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("Waits cannot be negative: initialBackoff=" + initialBackoff
                    + ", maxWait=" + maxWait);
        }
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("Invalid maxRetries " + maxRetries + ": use 0 to 10");
        }
    }

    private static void requirePositive(String name, Duration d) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("Invalid " + name + " " + d + ": use a positive duration such as 10s");
        }
    }

    public PublishOptions withTimeouts(Duration connect, Duration read) {
        return new PublishOptions(connect, read, maxRetries, initialBackoff, maxWait, deadline);
    }

    public PublishOptions withRetries(int retries, Duration firstBackoff, Duration longestWait) {
        return new PublishOptions(connectTimeout, readTimeout, retries, firstBackoff, longestWait, deadline);
    }

    /** These options with a total deadline of {@code total}. */
    public PublishOptions withDeadline(Duration total) {
        return new PublishOptions(connectTimeout, readTimeout, maxRetries, initialBackoff, maxWait, total);
    }
}
