package dev.caxton.bench.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.caxton.bench.report.github.FakeGitHub.BOT;
import static dev.caxton.bench.report.github.FakeGitHub.FULL_NAME;
import static dev.caxton.bench.cli.ActionsFixture.MARKER;
import static dev.caxton.bench.report.github.FakeGitHub.PR;
import static dev.caxton.bench.report.github.FakeGitHub.TOKEN;
import static dev.caxton.bench.report.github.FakeGitHub.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.caxton.bench.report.github.FakeGitHub;

/**
 * The wall time of {@code caxton-bench ci} in import mode, JVM start included, for a 200-benchmark JMH JSON file
 * on a pull request, against a loopback GitHub that holds the sticky comment (so each run reads the comments and
 * updates it). One untimed push run makes the base commit's run; then {@code runs} timed pull-request runs.
 * Prints each time and the median. Goal: at most 3 s. Further arguments are options for the child JVMs, such as
 * the ones action.yml passes in import mode ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}).
 *
 * <pre>
 * ./mvnw -o -B -q verify -pl action -am -DskipTests   # builds the jar and the test classes
 * java -cp action/target/test-classes:$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar \
 *     dev.caxton.bench.cli.CiBenchmark action/target/caxton-bench.jar 5 [JVM options...]
 * </pre>
 */
final class CiBenchmark {
    private CiBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "action/target/caxton-bench.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> jvm = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Path dir = Files.createTempDirectory("caxton-ci-bench");
        Files.writeString(dir.resolve("base.json"), ActionsFixture.jmhJson(200, 0, 1.0));
        Files.writeString(dir.resolve("pr.json"), ActionsFixture.jmhJson(200, 20, 1.5));
        FakeGitHub github = new FakeGitHub();
        try {
            github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME)).willReturn(json(200, github.repository())));
            github.server.stubFor(get(urlEqualTo("/repos/" + FULL_NAME + "/issues/" + PR))
                    .willReturn(json(200, github.issue(PR))));
            github.server.stubFor(get(urlPathEqualTo("/repos/" + FULL_NAME + "/issues/" + PR + "/comments"))
                    .willReturn(json(200, FakeGitHub.array(List.of(github.comment(1001, MARKER + "\nold\n", BOT))))));
            github.server.stubFor(patch(urlEqualTo("/repos/" + FULL_NAME + "/issues/comments/1001"))
                    .willReturn(json(200, github.comment(1001, MARKER + "\n", BOT))));
            github.server.stubFor(post(urlEqualTo("/repos/" + FULL_NAME + "/check-runs"))
                    .willReturn(json(201, github.checkRun(4, "caxton-bench / jmh", "failure"))));

            int push = run(jar, dir, ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(ActionsFixture.BASE_SHA),
                    github.base(), TOKEN, ActionsFixture.BASE_SHA, "refs/heads/main"), "base.json", jvm);
            if (push != 0) {
                throw new IllegalStateException("the push run exited with " + push);
            }
            long[] millis = new long[runs];
            for (int i = 0; i < runs; i++) {
                Map<String, String> env = ActionsFixture.env(dir, "pull_request",
                        ActionsFixture.pullRequestEvent("synchronize", PR), github.base(), TOKEN,
                        ActionsFixture.MERGE_SHA, "refs/pull/7/merge");
                long start = System.nanoTime();
                int code = run(jar, dir, env, "pr.json", jvm);
                millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                System.out.printf(Locale.ROOT, "run %d: %d ms (exit %d)%n", i + 1, millis[i], code);
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "ci import, 200 JMH benchmarks, loopback GitHub, JVM options %s: median %d ms "
                    + "of %d runs (goal: <= 3000 ms)%n", jvm, sorted[runs / 2], runs);
        } finally {
            github.stop();
        }
    }

    private static int run(Path jar, Path dir, Map<String, String> env, String results, List<String> jvm)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar.toString(), "ci", "--mode", "import", "--results", results, "--format",
                "jmh-json", "--comment", "always", "--check-run", "--fail-on", "never"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_"));
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }
}
