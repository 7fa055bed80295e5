package dev.caxton.bench.report.github;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * The rate-limit and secondary-limit handlers given to github-api. On a limited answer each waits as long as
 * GitHub asks ({@code Retry-After}, else until {@code x-ratelimit-reset}, else one minute as GitHub's docs say)
 * and returns, which makes github-api send the request again; after {@code maxRetries} waits in one step, or
 * when the wait asked for is longer than {@code maxWait}, it throws {@link RateLimited} instead; a wait that would
 * end past the publisher's {@link Deadline} throws {@link Deadline.Exceeded}.
 */
final class LimitHandlers {
    /** GitHub's advice when a secondary limit gives no header: wait at least a minute. */
    static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

    private final PublishOptions options;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Deadline deadline;
    private int waits;

    LimitHandlers(PublishOptions options, Sleeper sleeper, Clock clock, Deadline deadline) {
        this.options = options;
        this.sleeper = sleeper;
        this.clock = clock;
        this.deadline = deadline;
    }

    /** Starts a step: its waits are counted from zero. */
    void reset() {
        waits = 0;
    }

    GitHubRateLimitHandler rateLimitHandler() {
        return new GitHubRateLimitHandler() {
            @Override
            public void onError(GitHubConnectorResponse response) throws IOException {
                waitOrFail(response, "rate limit");
            }
        };
    }

    GitHubAbuseLimitHandler abuseLimitHandler() {
        return new GitHubAbuseLimitHandler() {
            @Override
            public void onError(GitHubConnectorResponse response) throws IOException {
                waitOrFail(response, "secondary rate limit");
            }
        };
    }

    private void waitOrFail(GitHubConnectorResponse response, String limit) throws IOException {
        Duration asked = askedWait(response);
        if (waits >= options.maxRetries()) {
            throw new RateLimited(limit, response.statusCode(), asked, waits, false);
        }
        if (asked.compareTo(options.maxWait()) > 0) {
            throw new RateLimited(limit, response.statusCode(), asked, waits, true);
        }
        Duration left = deadline.remaining();
        if (asked.compareTo(left) >= 0) {
            throw deadline.exceeded("GitHub's " + limit + " (" + response.statusCode() + ") asks to wait "
                    + Failures.seconds(asked) + ", and " + Failures.seconds(left) + " were left");
        }
        waits++;
        sleeper.sleep(asked);
    }

    Duration askedWait(GitHubConnectorResponse response) {
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
            } catch (NumberFormatException e) {
                try {
                    Instant at = ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return nonNegative(Duration.between(now(response), at));
                } catch (DateTimeParseException ignored) {
                    // GitHub sends seconds; anything else counts as no header
                }
            }
        }
        String reset = response.header("x-ratelimit-reset");
        if (reset != null) {
            try {
                Instant at = Instant.ofEpochSecond(Long.parseLong(reset.strip()));
                return nonNegative(Duration.between(now(response), at));
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return DEFAULT_WAIT;
    }

    /** GitHub's clock (the Date header) when it sent one, so that a skewed local clock does not matter. */
    private Instant now(GitHubConnectorResponse response) {
        String date = response.header("Date");
        if (date != null) {
            try {
                return ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                // use our clock
            }
        }
        return clock.instant();
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Thrown from a handler to stop retrying; github-api wraps it, and {@link Failures} finds it in the causes. */
    static final class RateLimited extends IOException {
        private static final long serialVersionUID = 1L;

        final String limit;
        final int status;
        final transient Duration asked;
        final int waits;
        final boolean tooLong;

        RateLimited(String limit, int status, Duration asked, int waits, boolean tooLong) {
            super("GitHub's " + limit + " (" + status + "), asked to wait " + asked.toSeconds() + " s");
            this.limit = limit;
            this.status = status;
            this.asked = asked;
            this.waits = waits;
            this.tooLong = tooLong;
        }
    }
}
