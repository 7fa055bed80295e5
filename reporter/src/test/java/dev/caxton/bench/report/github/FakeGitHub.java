package dev.caxton.bench.report.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A WireMock server on loopback and JSON shaped like GitHub's REST API answers (the documented payloads of
 * repositories, issues, issue comments, users, check runs and statuses, with GitHub's headers). The fixtures are
 * our own, trimmed to the fields GitHub always sends. Shared with the action module's tests through the
 * reporter test-jar.
 */
public final class FakeGitHub {
    public static final String OWNER = "octo-org";
    public static final String REPO = "octo-repo";
    public static final String FULL_NAME = OWNER + "/" + REPO;
    public static final int PR = 7;
    public static final String TOKEN = "ghs_T0kenThatMustNeverLeak1234567890";
    public static final String BOT = "github-actions[bot]";
    public static final String SHA = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
    public static final String MARKER = "<!-- caxton-bench:report suite=agent -->";
    public static final String DATE = "Thu, 26 Nov 2026 12:00:00 GMT";
    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC);

    public final WireMockServer server;

    public FakeGitHub() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false)));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** GitHub's usual headers on a successful answer. */
    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Date", DATE)
                .withHeader("X-GitHub-Media-Type", "github.v3; format=json")
                .withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-remaining", "4999")
                .withHeader("x-ratelimit-reset", Long.toString(NOW.toEpochSecond() + 3600))
                .withHeader("x-ratelimit-resource", "core")
                .withBody(body);
    }

    /** GitHub's error body: {@code {"message": ..., "documentation_url": ...}}. */
    public static String error(String message, String docs) {
        return "{\"message\":" + quote(message) + ",\"documentation_url\":" + quote(docs) + ",\"status\":\"0\"}";
    }

    public static String user(String login, long id, String type) {
        return "{\"login\":" + quote(login) + ",\"id\":" + id + ",\"node_id\":\"MDQ6VXNlcj" + id + "\","
                + "\"avatar_url\":\"https://avatars.githubusercontent.com/u/" + id + "?v=4\","
                + "\"url\":\"https://api.github.com/users/" + login + "\","
                + "\"html_url\":\"https://github.com/" + login + "\",\"type\":" + quote(type) + ",\"site_admin\":false}";
    }

    public String repository() {
        return "{\"id\":1296269,\"node_id\":\"MDEwOlJlcG9zaXRvcnkxMjk2MjY5\",\"name\":" + quote(REPO)
                + ",\"full_name\":" + quote(FULL_NAME) + ",\"owner\":" + user(OWNER, 9919, "Organization")
                + ",\"private\":false,\"html_url\":\"https://github.com/" + FULL_NAME + "\","
                + "\"description\":\"Benchmarks\",\"fork\":false,\"url\":\"" + base() + "/repos/" + FULL_NAME + "\","
                + "\"default_branch\":\"main\",\"visibility\":\"public\","
                + "\"permissions\":{\"admin\":false,\"push\":false,\"pull\":true},"
                + "\"created_at\":\"2026-01-26T19:01:12Z\",\"updated_at\":\"2026-11-26T10:00:00Z\","
                + "\"pushed_at\":\"2026-11-26T10:00:00Z\"}";
    }

    public String issue(int number) {
        String api = base() + "/repos/" + FULL_NAME + "/issues/" + number;
        return "{\"id\":1,\"node_id\":\"MDU6SXNzdWUx\",\"url\":\"" + api + "\","
                + "\"repository_url\":\"" + base() + "/repos/" + FULL_NAME + "\","
                + "\"comments_url\":\"" + api + "/comments\",\"html_url\":\"https://github.com/" + FULL_NAME
                + "/pull/" + number + "\",\"number\":" + number + ",\"state\":\"open\",\"title\":\"Faster routing\","
                + "\"body\":\"Please review\",\"user\":" + user("octocat", 1, "User") + ",\"labels\":[],"
                + "\"locked\":false,\"comments\":0,\"pull_request\":{\"url\":\"" + base() + "/repos/" + FULL_NAME
                + "/pulls/" + number + "\",\"html_url\":\"https://github.com/" + FULL_NAME + "/pull/" + number
                + "\"},\"created_at\":\"2026-11-25T19:01:12Z\",\"updated_at\":\"2026-11-26T10:00:00Z\","
                + "\"author_association\":\"CONTRIBUTOR\"}";
    }

    public String comment(long id, String body, String login) {
        return "{\"id\":" + id + ",\"node_id\":\"MDEyOklzc3VlQ29tbWVudD" + id + "\","
                + "\"url\":\"" + base() + "/repos/" + FULL_NAME + "/issues/comments/" + id + "\","
                + "\"html_url\":\"https://github.com/" + FULL_NAME + "/pull/" + PR + "#issuecomment-" + id + "\","
                + "\"body\":" + quote(body) + ",\"user\":" + user(login, login.equals(BOT) ? 41898282 : 583231,
                login.equals(BOT) ? "Bot" : "User")
                + ",\"created_at\":\"2026-11-26T1" + (id % 10) + ":00:00Z\",\"updated_at\":\"2026-11-26T1"
                + (id % 10) + ":00:00Z\",\"issue_url\":\"" + base() + "/repos/" + FULL_NAME + "/issues/" + PR + "\","
                + "\"author_association\":\"" + (login.equals(BOT) ? "NONE" : "MEMBER") + "\"}";
    }

    public static String array(List<String> items) {
        return items.stream().collect(Collectors.joining(",", "[", "]"));
    }

    public String commentsPath() {
        return "/repos/" + FULL_NAME + "/issues/" + PR + "/comments";
    }

    /** GitHub's pagination header for page {@code page} of {@code last}. */
    public String link(int page, int last) {
        String url = base() + "/repositories/1296269/issues/" + PR + "/comments?per_page=100&page=";
        StringBuilder out = new StringBuilder();
        if (page < last) {
            out.append('<').append(url).append(page + 1).append(">; rel=\"next\", <").append(url).append(last)
                    .append(">; rel=\"last\"");
        }
        if (page > 1) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('<').append(url).append(1).append(">; rel=\"first\", <").append(url).append(page - 1)
                    .append(">; rel=\"prev\"");
        }
        return out.toString();
    }

    public String checkRun(long id, String name, String conclusion) {
        return "{\"id\":" + id + ",\"head_sha\":\"" + SHA + "\",\"node_id\":\"MDg6Q2hlY2tSdW40\","
                + "\"external_id\":\"\",\"url\":\"" + base() + "/repos/" + FULL_NAME + "/check-runs/" + id + "\","
                + "\"html_url\":\"https://github.com/" + FULL_NAME + "/runs/" + id + "\","
                + "\"details_url\":\"https://example.com\",\"status\":\"completed\",\"conclusion\":" + quote(conclusion)
                + ",\"started_at\":\"2026-11-26T12:00:00Z\",\"completed_at\":\"2026-11-26T12:00:00Z\","
                + "\"output\":{\"title\":\"Benchmarks\",\"summary\":\"...\",\"text\":null,\"annotations_count\":0,"
                + "\"annotations_url\":\"" + base() + "/repos/" + FULL_NAME + "/check-runs/" + id + "/annotations\"},"
                + "\"name\":" + quote(name) + ",\"check_suite\":{\"id\":5},"
                + "\"app\":{\"id\":15368,\"slug\":\"github-actions\",\"name\":\"GitHub Actions\"},\"pull_requests\":[]}";
    }

    public String status(long id, String state, String description, String context) {
        return "{\"url\":\"" + base() + "/repos/" + FULL_NAME + "/statuses/" + SHA + "\",\"avatar_url\":null,"
                + "\"id\":" + id + ",\"node_id\":\"MDY6U3RhdHVzMQ==\",\"state\":" + quote(state) + ","
                + "\"description\":" + quote(description) + ",\"target_url\":\"https://ci.example.com/1\","
                + "\"context\":" + quote(context) + ",\"created_at\":\"2026-11-26T12:00:00Z\","
                + "\"updated_at\":\"2026-11-26T12:00:00Z\",\"creator\":" + user(BOT, 41898282, "Bot") + "}";
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public static String rfc1123(ZonedDateTime t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
    }
}
