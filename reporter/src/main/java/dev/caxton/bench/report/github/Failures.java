package dev.caxton.bench.report.github;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.kohsuke.github.GHIOException;
import org.kohsuke.github.HttpException;

/**
 * Turns what github-api throws into a {@link PublishException}: the kind, GitHub's own message, a message that
 * names the problem and the fix, and a cause chain with the token scrubbed out.
 */
final class Failures {
    /** GitHub's message when a token may not write (a fork's read-only token, or a missing permission). */
    static final String NOT_ACCESSIBLE = "Resource not accessible by integration";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Failures() {}

    /** One failure, classified. */
    record Failure(PublishException.Kind kind, int status, String gitHubMessage, Throwable cause) {
        /** True when trying again may help: a 5xx, a timeout or a broken connection. */
        boolean transientFailure() {
            return switch (kind) {
                case SERVER_ERROR, TIMEOUT, CONNECTION_FAILED -> true;
                default -> false;
            };
        }

        boolean notAccessible() {
            return kind == PublishException.Kind.FORBIDDEN && gitHubMessage != null
                    && gitHubMessage.contains(NOT_ACCESSIBLE);
        }
    }

    static Failure classify(Throwable e) {
        if (find(e, Deadline.Exceeded.class) != null) {
            return new Failure(PublishException.Kind.DEADLINE_EXCEEDED, -1, null, e);
        }
        LimitHandlers.RateLimited limited = find(e, LimitHandlers.RateLimited.class);
        if (limited != null) {
            return new Failure(PublishException.Kind.RATE_LIMITED, limited.status, null, e);
        }
        if (find(e, HttpTimeoutException.class) != null || find(e, SocketTimeoutException.class) != null) {
            return new Failure(PublishException.Kind.TIMEOUT, -1, null, e);
        }
        HttpException http = find(e, HttpException.class);
        if (http != null && http.getResponseCode() > 0) {
            int status = http.getResponseCode();
            String message = gitHubMessage(http.getMessage());
            PublishException.Kind kind = switch (status) {
                case 401 -> PublishException.Kind.UNAUTHORIZED;
                case 403 -> isRateLimit(http) ? PublishException.Kind.RATE_LIMITED : PublishException.Kind.FORBIDDEN;
                case 404 -> PublishException.Kind.NOT_FOUND;
                case 422 -> PublishException.Kind.VALIDATION_FAILED;
                case 429 -> PublishException.Kind.RATE_LIMITED;
                default -> status >= 500 ? PublishException.Kind.SERVER_ERROR : PublishException.Kind.UNEXPECTED;
            };
            return new Failure(kind, status, message, e);
        }
        FileNotFoundException notFound = find(e, FileNotFoundException.class);
        if (notFound != null) {
            return new Failure(PublishException.Kind.NOT_FOUND, 404, gitHubMessage(notFound.getMessage()), e);
        }
        GHIOException gh = find(e, GHIOException.class);
        if (gh != null && gh.getMessage() != null && gh.getMessage().startsWith("Ran out of retries")) {
            return new Failure(PublishException.Kind.RATE_LIMITED, -1, null, e);
        }
        if (find(e, IOException.class) != null) {
            return new Failure(PublishException.Kind.CONNECTION_FAILED, -1, null, e);
        }
        return new Failure(PublishException.Kind.UNEXPECTED, -1, null, e);
    }

    private static boolean isRateLimit(HttpException http) {
        Map<String, List<String>> headers = http.getResponseHeaderFields();
        if (headers == null) {
            return false;
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase("x-ratelimit-remaining")
                    && h.getValue().contains("0")) {
                return true;
            }
        }
        return false;
    }

    /** GitHub's JSON error body reduced to its message and its errors' messages; null when there is none. */
    static String gitHubMessage(String text) {
        if (text == null) {
            return null;
        }
        int start = text.indexOf('{');
        if (start < 0) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(text.substring(start));
            if (body == null || !body.hasNonNull("message")) {
                return null;
            }
            StringBuilder out = new StringBuilder(body.get("message").asText());
            List<String> details = new ArrayList<>();
            for (JsonNode error : body.path("errors")) {
                if (error.isTextual()) {
                    details.add(error.asText());
                } else if (error.hasNonNull("message")) {
                    details.add(error.get("message").asText());
                } else if (error.hasNonNull("code")) {
                    details.add(error.path("resource").asText("") + " " + error.path("field").asText("") + " "
                            + error.get("code").asText());
                }
            }
            if (!details.isEmpty()) {
                out.append(": ").append(String.join("; ", details.stream().map(String::strip).toList()));
            }
            return out.toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** The exception for {@code failure} while doing {@code what}, its message naming the problem and the fix. */
    static PublishException toException(Failure failure, String what, GitHubTarget target, PublishOptions options,
                                        int attempts) {
        String gh = failure.gitHubMessage() == null ? "" : ": \"" + failure.gitHubMessage() + "\"";
        String api = target.apiUrl().toString();
        String message = switch (failure.kind()) {
            case UNAUTHORIZED -> "GitHub rejected the token while " + what + " (401" + gh + "): the token is invalid "
                    + "or expired. Pass a valid token: in a workflow the default github-token: ${{ github.token }}, "
                    + "or a fresh personal access or app installation token for " + api + ".";
            case FORBIDDEN -> "GitHub refused " + what + " (403" + gh + "). The token lacks a permission: give the "
                    + "job 'permissions: pull-requests: write' for comments, 'checks: write' for check runs and "
                    + "'statuses: write' for commit statuses.";
            case NOT_FOUND -> "GitHub found nothing while " + what + " (404" + gh + "). Check the repository '"
                    + target.repository() + "' (GITHUB_REPOSITORY), the pull request number or commit, and that the "
                    + "token can see the repository (a token without access to a private repository gets 404 too).";
            case VALIDATION_FAILED -> "GitHub rejected the request while " + what + " as invalid (422" + gh + "). "
                    + "Fix what GitHub names and publish again.";
            case RATE_LIMITED -> rateLimitMessage(failure, what, options);
            case SERVER_ERROR -> "GitHub answered " + failure.status() + gh + " while " + what + ", " + attempts
                    + " attempt(s). GitHub may be having trouble (see githubstatus.com); run the job again later.";
            case DEADLINE_EXCEEDED -> "Publishing to " + api + " stopped at its deadline of "
                + seconds(options.deadline()) + " while " + what + ": " + deadlineReason(failure.cause()) + ", "
                + attempts + " attempt(s). GitHub answered too slowly or not at all; the report is complete in its "
                + "file and the job summary. Run again later, or allow more time (--publish-deadline, the action's "
                + "publish-deadline input).";
            case TIMEOUT -> "No answer from " + api + " within the read timeout of " + seconds(options.readTimeout())
                    + " while " + what + ", " + attempts + " attempt(s). Run again, or raise the read timeout.";
            case CONNECTION_FAILED -> "Cannot reach GitHub at " + api + " while " + what + ": "
                    + connectionProblem(failure.cause(), target.apiUrl()) + ", " + attempts + " attempt(s). Check "
                    + "GITHUB_API_URL, the network and any proxy, then run again.";
            case UNEXPECTED -> "Unexpected answer from GitHub while " + what
                    + (failure.status() > 0 ? " (" + failure.status() + gh + ")" : " (" + describe(failure.cause()) + ")")
                    + ". Run again; if it persists, report it with this message.";
        };
        Secret token = target.token();
        return new PublishException(failure.kind(), failure.status(), token.scrub(failure.gitHubMessage()),
                token.scrub(message), scrubbed(failure.cause(), token));
    }

    private static String deadlineReason(Throwable cause) {
        Deadline.Exceeded exceeded = find(cause, Deadline.Exceeded.class);
        return exceeded != null && exceeded.getMessage() != null ? exceeded.getMessage() : "its time ran out";
    }

    private static String rateLimitMessage(Failure failure, String what, PublishOptions options) {
        LimitHandlers.RateLimited limited = find(failure.cause(), LimitHandlers.RateLimited.class);
        if (limited != null && limited.tooLong) {
            return "GitHub's " + limited.limit + " stopped " + what + ": GitHub asks to wait "
                    + seconds(limited.asked) + ", longer than the longest wait allowed (" + seconds(options.maxWait())
                    + "). Run the job again later, or allow a longer wait.";
        }
        return "GitHub's rate limit stopped " + what + " after " + (limited != null ? limited.waits : "several")
                + " wait(s) as GitHub asked. Run the job again later; a busy repository can use a GitHub App "
                + "token, whose limit is higher.";
    }

    /** A duration as people read a wait: whole seconds, else tenths of a second from 1 s, else milliseconds. */
    static String seconds(java.time.Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) {
            return d.toSeconds() + " s";
        }
        return ms >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms";
    }

    /** What went wrong with the connection, in words and naming the host: the JDK's exceptions often have no message. */
    private static String connectionProblem(Throwable e, java.net.URI api) {
        String host = api.getHost() + (api.getPort() > 0 ? ":" + api.getPort() : "");
        if (find(e, java.net.UnknownHostException.class) != null) {
            return "the host name " + api.getHost() + " is not known";
        }
        if (find(e, java.net.ConnectException.class) != null) {
            return "nothing accepts connections at " + host + " (the connection was refused)";
        }
        if (find(e, javax.net.ssl.SSLException.class) != null) {
            return "the TLS handshake with " + host + " failed";
        }
        if (find(e, java.nio.channels.ClosedChannelException.class) != null || find(e, java.io.EOFException.class) != null) {
            return host + " closed the connection";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return "the connection to " + host + " broke" + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    /** A retried failure in a few words, for the message of a deadline that cut the retries short. */
    static String describe(Failure failure) {
        return switch (failure.kind()) {
            case SERVER_ERROR -> "a " + failure.status() + " answer";
            case TIMEOUT -> "no whole answer within the read timeout";
            case CONNECTION_FAILED -> "a failed connection";
            default -> failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A copy of {@code e}'s chain with the token removed from every message; class names and stack traces kept. */
    static Throwable scrubbed(Throwable e, Secret token) {
        return scrubbed(e, token, new IdentityHashMap<>());
    }

    private static Throwable scrubbed(Throwable e, Secret token, Map<Throwable, Boolean> seen) {
        if (e == null || seen.put(e, Boolean.TRUE) != null) {
            return null;
        }
        ScrubbedCause copy = new ScrubbedCause(e.getClass().getName() + ": " + token.scrub(String.valueOf(e.getMessage())),
                scrubbed(e.getCause(), token, seen));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** A scrubbed stand-in for a cause; its message starts with the original class's name. */
    static final class ScrubbedCause extends Exception {
        private static final long serialVersionUID = 1L;

        ScrubbedCause(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
