package dev.caxton.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import dev.caxton.bench.report.github.FakeGitHub;

/**
 * A faked GitHub Actions job for {@code ci} and {@code publish}: event payloads shaped like GitHub's (trimmed to
 * the fields the commands read, plus a few they must ignore), the environment the runner sets, and JMH JSON
 * result files.
 */
final class ActionsFixture {
    /** The hidden marker of the reports these tests publish: their runs are of suite jmh. */
    static final String MARKER = dev.caxton.bench.report.markdown.MarkdownReport.marker("jmh");
    static final String BASE_SHA = "1111111111111111111111111111111111111111";
    static final String HEAD_SHA = "2222222222222222222222222222222222222222";
    /** What GITHUB_SHA is on a pull_request event: a temporary merge commit, never to be reported on. */
    static final String MERGE_SHA = "3333333333333333333333333333333333333333";

    private ActionsFixture() {}

    static String pullRequestEvent(String action, int number) {
        return "{\"action\":\"" + action + "\",\"number\":" + number + ",\"pull_request\":{\"number\":" + number
                + ",\"state\":\"open\",\"title\":\"Faster routing\",\"merge_commit_sha\":\"" + MERGE_SHA + "\","
                + "\"head\":{\"label\":\"octocat:feature\",\"ref\":\"feature\",\"sha\":\"" + HEAD_SHA + "\","
                + "\"repo\":{\"full_name\":\"octocat/octo-repo\",\"fork\":true}},"
                + "\"base\":{\"label\":\"octo-org:main\",\"ref\":\"main\",\"sha\":\"" + BASE_SHA + "\","
                + "\"repo\":{\"full_name\":\"octo-org/octo-repo\",\"fork\":false}}},"
                + "\"repository\":{\"full_name\":\"octo-org/octo-repo\"},\"sender\":{\"login\":\"octocat\"}}";
    }

    static String pushEvent(String sha) {
        return "{\"ref\":\"refs/heads/main\",\"before\":\"0000000000000000000000000000000000000000\",\"after\":\""
                + sha + "\",\"created\":false,\"deleted\":false,\"forced\":false,"
                + "\"head_commit\":{\"id\":\"" + sha + "\",\"message\":\"Merge pull request #6\"},"
                + "\"repository\":{\"full_name\":\"octo-org/octo-repo\"},\"pusher\":{\"name\":\"octocat\"}}";
    }

    /** A workflow_run event as GitHub sends it for a fork's pull request: {@code pull_requests} is empty. */
    static String workflowRunEvent(String headSha, boolean withPullRequest, int number) {
        String prs = withPullRequest ? "[{\"url\":\"https://api.github.com/repos/octo-org/octo-repo/pulls/" + number
                + "\",\"id\":1,\"number\":" + number + ",\"head\":{\"ref\":\"feature\",\"sha\":\"" + headSha + "\"},"
                + "\"base\":{\"ref\":\"main\",\"sha\":\"" + BASE_SHA + "\"}}]" : "[]";
        return "{\"action\":\"completed\",\"workflow_run\":{\"id\":30433642,\"name\":\"Benchmarks\","
                + "\"event\":\"pull_request\",\"status\":\"completed\",\"conclusion\":\"success\","
                + "\"head_branch\":\"feature\",\"head_sha\":\"" + headSha + "\",\"run_number\":562,"
                + "\"pull_requests\":" + prs + "},\"repository\":{\"full_name\":\"octo-org/octo-repo\"}}";
    }

    /** The runner's variables for {@code event}, with fresh summary and output files in {@code dir}. */
    static Map<String, String> env(Path dir, String eventName, String payload, String apiUrl, String token,
                                   String githubSha, String ref) throws IOException {
        Path event = dir.resolve("event-" + eventName + ".json");
        Files.writeString(event, payload, StandardCharsets.UTF_8);
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_EVENT_NAME", eventName);
        env.put("GITHUB_EVENT_PATH", event.toString());
        env.put("GITHUB_REPOSITORY", FakeGitHub.FULL_NAME);
        env.put("GITHUB_SHA", githubSha);
        env.put("GITHUB_REF", ref);
        env.put("GITHUB_API_URL", apiUrl);
        env.put("GITHUB_SERVER_URL", "https://github.com");
        env.put("GITHUB_RUN_ID", "30433642");
        env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
        env.put("GITHUB_OUTPUT", dir.resolve("output.txt").toString());
        if (token != null) {
            env.put("GITHUB_TOKEN", token);
        }
        return env;
    }

    /**
     * JMH JSON (-rf json) of {@code count} average-time benchmarks, each with two forks of three iterations; the
     * first {@code slower} benchmarks take {@code factor} times as long.
     */
    static String jmhJson(int count, int slower, double factor) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < count; i++) {
            double s = (100 + i) * (i < slower ? factor : 1.0);
            if (i > 0) {
                sb.append(",\n");
            }
            sb.append(String.format(Locale.ROOT, "{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.example.Bench.b%03d\","
                    + "\"mode\":\"avgt\",\"threads\":1,\"forks\":2,\"jvm\":\"/usr/bin/java\",\"jdkVersion\":\"17.0.9\","
                    + "\"warmupIterations\":1,\"warmupTime\":\"1 s\",\"measurementIterations\":3,"
                    + "\"measurementTime\":\"1 s\",\"primaryMetric\":{\"score\":%.3f,\"scoreError\":%.3f,"
                    + "\"scoreConfidence\":[%.3f,%.3f],\"scorePercentiles\":{\"0.0\":%.3f,\"50.0\":%.3f,\"100.0\":%.3f},"
                    + "\"scoreUnit\":\"ns/op\",\"rawData\":[[%.3f,%.3f,%.3f],[%.3f,%.3f,%.3f]]},\"secondaryMetrics\":{}}",
                    i, s, s * 0.01, s * 0.99, s * 1.01, s * 0.98, s, s * 1.02,
                    s * 0.99, s, s * 1.01, s * 1.005, s * 0.995, s));
        }
        return sb.append("\n]\n").toString();
    }
}
