package dev.caxton.bench.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.caxton.bench.report.github.CommentMode;
import dev.caxton.bench.report.github.PublishOptions;
import dev.caxton.bench.report.github.Secret;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The publishing options {@code ci} and {@code publish} share: the comment mode, the check run and commit
 * status switches, where the token is, whether a publishing problem fails the job, and (hidden, for tests and
 * slow proxies) the HTTP timeouts and retries.
 */
final class PublishFlags {
    /** The comment mode without {@code --comment}: create when there is something to say, then keep it current. */
    static final CommentMode DEFAULT_COMMENT = CommentMode.ON_CHANGE;
    static final String DEFAULT_TOKEN_ENV = "GITHUB_TOKEN";

    @Option(names = "--comment", paramLabel = "MODE", converter = CommentModeConverter.class,
            description = "The sticky pull-request comment: always; on-change (create it when something regressed or "
                    + "improved, then keep it current); on-regression; never (default: on-change).")
    CommentMode comment = DEFAULT_COMMENT;

    @Option(names = "--check-run", description = "Also creates a completed check run whose conclusion follows --fail-on "
            + "(needs 'checks: write').")
    boolean checkRun;

    @Option(names = "--commit-status", description = "Also sets a commit status whose state follows --fail-on "
            + "(needs 'statuses: write').")
    boolean commitStatus;

    @Option(names = "--token-env", paramLabel = "NAME",
            description = "The environment variable that holds the GitHub token (default: GITHUB_TOKEN). The token is "
                    + "masked in the log and never printed or written.")
    String tokenEnv = DEFAULT_TOKEN_ENV;

    @Option(names = "--fail-on-publish-error",
            description = "Exits with 1 when publishing to GitHub fails (default: a warning; the report is still in the "
                    + "report file and the job summary).")
    boolean failOnPublishError;

    @Option(names = "--publish-deadline", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The most publishing to GitHub may take in all, every request, retry and wait included "
                    + "(default: 45s). Past it the rest is skipped with a warning; the report is already in its file, "
                    + "the job summary and the step outputs.")
    Duration deadline = PublishOptions.DEFAULTS.deadline();

    @Option(names = "--http-timeout", hidden = true, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for each whole answer of GitHub's API (default: 30s).")
    Duration httpTimeout = PublishOptions.DEFAULTS.readTimeout();

    @Option(names = "--http-retries", hidden = true, paramLabel = "N",
            description = "How many times a step is retried after a 5xx, a timeout or a rate limit (default: 3).")
    int httpRetries = PublishOptions.DEFAULTS.maxRetries();

    @Option(names = "--http-backoff", hidden = true, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The first wait before a retry, doubled each time (default: 1s).")
    Duration httpBackoff = PublishOptions.DEFAULTS.initialBackoff();

    @Option(names = "--http-max-wait", hidden = true, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The longest single wait; a rate limit asking for more fails at once (default: 60s).")
    Duration httpMaxWait = PublishOptions.DEFAULTS.maxWait();

    PublishOptions publishOptions() {
        try {
            return PublishOptions.DEFAULTS.withTimeouts(PublishOptions.DEFAULTS.connectTimeout(), httpTimeout)
                    .withRetries(httpRetries, httpBackoff, httpMaxWait).withDeadline(deadline);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The raw token from the environment, unvalidated (for masking first), when the variable is set. */
    Optional<String> rawToken(Invocation invocation) {
        if (!tokenEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new UsageException("--token-env '" + TerminalText.sanitize(tokenEnv) + "' is not an environment "
                    + "variable's name: give a name such as GITHUB_TOKEN");
        }
        String value = invocation.env().get(tokenEnv);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The token as a secret; empty (with the reason on {@code notes}) when unset or malformed. */
    Optional<Secret> token(Invocation invocation, java.util.function.Consumer<String> notes) {
        Optional<String> raw = rawToken(invocation);
        if (raw.isEmpty()) {
            notes.accept("no GitHub token in " + tokenEnv + ", so nothing is published to GitHub (the report is in "
                    + "the report file and the job summary). Pass 'github-token' to the action, set "
                    + tokenEnv + ": ${{ github.token }}, or name another variable with --token-env");
            return Optional.empty();
        }
        try {
            return Optional.of(Secret.of(raw.get().strip()));
        } catch (IllegalArgumentException e) {
            notes.accept("the token in " + tokenEnv + " is unusable, so nothing is published: " + e.getMessage());
            return Optional.empty();
        }
    }

    static final class CommentModeConverter implements CommandLine.ITypeConverter<CommentMode> {
        @Override
        public CommentMode convert(String value) {
            try {
                return CommentMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code 500ms}, {@code 2s}, {@code 1m}, or an ISO-8601 duration such as {@code PT2S}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    default -> Duration.ofMinutes(n);
                };
            }
            try {
                return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("Invalid duration '" + value
                        + "': use a number with ms, s or m, such as 500ms or 2s");
            }
        }
    }
}
