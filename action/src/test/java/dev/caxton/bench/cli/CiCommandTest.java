package dev.caxton.bench.cli;

import static dev.caxton.bench.cli.ActionsFixture.BASE_SHA;
import static dev.caxton.bench.cli.ActionsFixture.HEAD_SHA;
import static dev.caxton.bench.cli.ActionsFixture.MERGE_SHA;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.caxton.bench.report.github.FakeGitHub;

/** {@code ci} and {@code publish} in-process: the Actions environment, option errors, the offline path. */
class CiCommandTest {
    static final String TOKEN = "ghs_InProcessT0kenThatMustNeverLeak0987";

    @TempDir
    Path dir;

    ActionsEnvironment parse(String eventName, String payload, Map<String, String> extra) throws Exception {
        Map<String, String> env = ActionsFixture.env(dir, eventName, payload, "http://127.0.0.1:1", null, MERGE_SHA,
                "refs/pull/7/merge");
        env.putAll(extra);
        return ActionsEnvironment.read(invocation(env));
    }

    Invocation invocation(Map<String, String> env) {
        return new Invocation(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), env, dir, false);
    }

    @Test
    void aPullRequestEventGivesThePrItsBaseAndItsHeadNeverTheMergeCommit() throws Exception {
        ActionsEnvironment a = parse("pull_request", ActionsFixture.pullRequestEvent("opened", 7), Map.of());

        assertThat(a.pullRequestEvent()).isTrue();
        assertThat(a.pullRequest()).hasValue(7);
        assertThat(a.baseBranch()).hasValue("main");
        assertThat(a.baseSha()).hasValue(BASE_SHA);
        assertThat(a.headSha()).hasValue(HEAD_SHA);
        assertThat(a.headBranch()).hasValue("feature");
        assertThat(a.repository()).hasValue(FakeGitHub.FULL_NAME);
        assertThat(a.runUrl()).hasValueSatisfying(u -> assertThat(u.toString())
                .isEqualTo("https://github.com/octo-org/octo-repo/actions/runs/30433642"));
        assertThat(a.stepSummary()).hasValue(dir.resolve("summary.md"));
        assertThat(a.output()).hasValue(dir.resolve("output.txt"));
    }

    @Test
    void aPullRequestTargetEventIsReadLikeAPullRequest() throws Exception {
        ActionsEnvironment a = parse("pull_request_target", ActionsFixture.pullRequestEvent("synchronize", 9), Map.of());

        assertThat(a.pullRequestEvent()).isTrue();
        assertThat(a.pullRequest()).hasValue(9);
        assertThat(a.headSha()).hasValue(HEAD_SHA);
    }

    @Test
    void aPushEventGivesTheCommitAfterThePushAndTheBranch() throws Exception {
        ActionsEnvironment a = parse("push", ActionsFixture.pushEvent(BASE_SHA),
                Map.of("GITHUB_REF", "refs/heads/main", "GITHUB_SHA", BASE_SHA));

        assertThat(a.pullRequestEvent()).isFalse();
        assertThat(a.pullRequest()).isEmpty();
        assertThat(a.headSha()).hasValue(BASE_SHA);
        assertThat(a.headBranch()).hasValue("main");
        assertThat(a.baseBranch()).isEmpty();
    }

    @Test
    void aWorkflowRunEventGivesItsHeadShaBranchAndFirstPullRequest() throws Exception {
        ActionsEnvironment a = parse("workflow_run", ActionsFixture.workflowRunEvent(HEAD_SHA, true, 7),
                Map.of("GITHUB_SHA", BASE_SHA, "GITHUB_REF", "refs/heads/main"));

        assertThat(a.headSha()).hasValue(HEAD_SHA);
        assertThat(a.headBranch()).hasValue("feature");
        assertThat(a.pullRequest()).hasValue(7);
        assertThat(a.baseBranch()).hasValue("main");
    }

    @Test
    void aForksWorkflowRunHasNoPullRequest() throws Exception {
        ActionsEnvironment a = parse("workflow_run", ActionsFixture.workflowRunEvent(HEAD_SHA, false, 7),
                Map.of("GITHUB_SHA", BASE_SHA, "GITHUB_REF", "refs/heads/main"));

        assertThat(a.pullRequest()).isEmpty();
        assertThat(a.headSha()).hasValue(HEAD_SHA);
    }

    @Test
    void outsideActionsEverythingIsEmptyAndTheEndpointsAreGithubComs() {
        ActionsEnvironment a = ActionsEnvironment.read(invocation(Map.of()));

        assertThat(a.inActions()).isFalse();
        assertThat(a.apiUrl()).isEqualTo("https://api.github.com");
        assertThat(a.serverUrl()).isEqualTo("https://github.com");
        assertThat(a.pullRequest()).isEmpty();
        assertThat(a.headSha()).isEmpty();
        assertThat(a.runUrl()).isEmpty();
    }

    @Test
    void aPullRequestRefGivesTheNumberWithoutAnEventFile() {
        ActionsEnvironment a = ActionsEnvironment.read(invocation(Map.of("GITHUB_REF", "refs/pull/12/merge",
                "GITHUB_SHA", MERGE_SHA, "GITHUB_API_URL", "https://ghe.example.com/api/v3")));

        assertThat(a.pullRequest()).hasValue(12);
        assertThat(a.headSha()).hasValue(MERGE_SHA);
        assertThat(a.apiUrl()).isEqualTo("https://ghe.example.com/api/v3");
    }

    @Test
    void aMalformedEventFileIsAUsageErrorNamingTheVariable() throws Exception {
        Map<String, String> env = ActionsFixture.env(dir, "pull_request", "{not json", "http://127.0.0.1:1", TOKEN,
                MERGE_SHA, "refs/pull/7/merge");
        writeJmh("a.json", 1.0);

        Cli.Result r = Cli.run(dir, env, "ci", "--mode", "import", "--results", "a.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("GITHUB_EVENT_PATH").contains("event payload");
        assertThat(r.out()).startsWith("::add-mask::" + TOKEN + "\n");
        assertNoToken(r);
    }

    @Test
    void optionErrorsAreUsageErrors() throws Exception {
        writeJmh("a.json", 1.0);
        Map<String, String> env = Map.of();

        assertThat(Cli.run(dir, env, "ci", "--mode", "frobnicate").err()).contains("Unknown mode 'frobnicate'")
                .contains("run, import");
        assertThat(Cli.run(dir, env, "ci", "--mode", "import", "--results", "a.json", "--threshold", "150%").err())
                .contains("Invalid threshold '150%'").contains("such as 5%");
        assertThat(Cli.run(dir, env, "ci", "--mode", "import", "--results", "a.json", "--comment", "sometimes").err())
                .contains("Unknown comment mode 'sometimes'").contains("on-change");
        Cli.Result noMatch = Cli.run(dir, env, "ci", "--mode", "import", "--results", "build/**/jmh-result.json");
        assertThat(noMatch.exitCode()).isEqualTo(2);
        assertThat(noMatch.err()).contains("--results 'build/**/jmh-result.json' matches no file");
        Cli.Result noResults = Cli.run(dir, env, "ci", "--mode", "import");
        assertThat(noResults.exitCode()).isEqualTo(2);
        assertThat(noResults.err()).contains("--mode import needs --results");
        Cli.Result runWithResults = Cli.run(dir, env, "ci", "--results", "a.json");
        assertThat(runWithResults.exitCode()).isEqualTo(2);
        assertThat(runWithResults.err()).contains("--results is for --mode import");
        Cli.Result badTokenEnv = Cli.run(dir, env, "ci", "--mode", "import", "--results", "a.json", "--token-env", "A B");
        assertThat(badTokenEnv.exitCode()).isEqualTo(2);
        assertThat(badTokenEnv.err()).contains("--token-env 'A B' is not an environment variable's name");
        Cli.Result badTimeout = Cli.run(dir, env, "ci", "--mode", "import", "--results", "a.json", "--http-timeout", "soon");
        assertThat(badTimeout.exitCode()).isEqualTo(2);
        assertThat(badTimeout.err()).contains("Invalid duration 'soon'");
    }

    /** picocli warns on System.err about an unescaped '%' in a description; the test listens there. */
    @Test
    void theHelpOfCiAndPublishFormatsCleanly() {
        PrintStream saved = System.err;
        ByteArrayOutputStream picocli = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocli, true, StandardCharsets.UTF_8));
        try {
            for (String command : new String[] {"ci", "publish"}) {
                Cli.Result r = Cli.run(dir, Map.of(), command, "--help");
                assertThat(r.exitCode()).isZero();
                assertThat(r.out()).contains("Exit codes:").doesNotContain("%%");
                assertThat(r.err()).as(command).isEmpty();
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(picocli.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    @Test
    void whenNothingIsImportedTheJobSummarySaysWhyAndTheExitIsOne() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "[{\"benchmark\": ");
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(BASE_SHA),
                "http://127.0.0.1:1", null, BASE_SHA, "refs/heads/main");

        Cli.Result r = Cli.run(dir, push, "ci", "--mode", "import", "--results", "broken.json", "--format", "jmh-json");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("::warning title=Caxton Bench%3A result file::broken.json");
        assertThat(Files.readString(dir.resolve("summary.md"))).startsWith("### Caxton Bench: nothing was imported\n")
                .contains("- broken.json");
    }

    @Test
    void aGlobFindsResultFilesInEveryFolderAndTheRootToo() throws Exception {
        writeJmh("jmh-result.json", 1.0);
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/jmh-result.json"), "[]");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/jmh-result.json"), "[]");

        assertThat(ResultGlobs.expandOne(dir, "**/jmh-result.json"))
                .containsExactly(dir.resolve("a/b/jmh-result.json"), dir.resolve("jmh-result.json"));
        assertThat(ResultGlobs.expandOne(dir, "a/*/jmh-result.json")).containsExactly(dir.resolve("a/b/jmh-result.json"));
        assertThat(ResultGlobs.expandOne(dir, "jmh-result.json")).containsExactly(dir.resolve("jmh-result.json"));
        assertThat(ResultGlobs.expandOne(dir, "missing/*.json")).isEmpty();
    }

    @Test
    void withoutATokenTheReportGoesToTheFileTheSummaryAndTheOutputsAndTheExitFollowsThePolicy() throws Exception {
        writeJmh("base.json", 1.0);
        writeJmh("pr.json", 1.5);
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(BASE_SHA),
                "http://127.0.0.1:1", null, BASE_SHA, "refs/heads/main");
        Cli.Result first = Cli.run(dir, push, "ci", "--mode", "import", "--results", "base.json", "--format", "jmh-json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Note: no GitHub token in GITHUB_TOKEN");
        Files.delete(dir.resolve("summary.md"));
        Files.delete(dir.resolve("output.txt"));

        Map<String, String> pr = ActionsFixture.env(dir, "pull_request", ActionsFixture.pullRequestEvent("opened", 7),
                "http://127.0.0.1:1", null, MERGE_SHA, "refs/pull/7/merge");
        Cli.Result second = Cli.run(dir, pr, "ci", "--mode", "import", "--results", "pr.json", "--fail-on", "regression");

        assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(1);
        assertThat(second.err()).contains("--fail-on=regression and the comparison found 3 regression(s)");
        assertThat(second.out()).contains("::error title=Performance regression%3A jmh/org.example.Bench.b000");
        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(summary).startsWith("<!-- caxton-bench:report suite=jmh -->").contains("of base commit 1111111");
        assertThat(Files.readString(dir.resolve(".caxton-bench/report.md"))).isEqualTo(summary);
        assertThat(Files.readString(dir.resolve("output.txt"))).isEqualTo("verdict=regression\nregressions=3\n"
                + "improvements=0\nfailed=true\nreport_path=.caxton-bench/report.md\ncomment_url=\npublished=pending\n"
                + "comment_url=\npublished=skipped\n");
        assertThat(Files.readString(dir.resolve(".caxton-bench/publish.properties"))).isEqualTo(
                "# caxton-bench ci: what 'caxton-bench publish' needs beside report.md\n"
                        + "version=1\nname=jmh\npull_request=7\nhead_sha=" + HEAD_SHA + "\nregressions=3\nimprovements=0\n"
                        + "critical=3\nfailed=true\nno_baseline=false\n"
                        + "summary=3 regressions, 0 improvements in 5 metrics (fails the policy)\n"
                        + "run_url=https://github.com/octo-org/octo-repo/actions/runs/30433642\n");
        assertThat(Files.readString(dir.resolve(".caxton-bench/history.csv"))).contains(HEAD_SHA).doesNotContain(MERGE_SHA);
    }

    @Test
    void aThresholdForAllMetricsTurnsASlowdownWithinItIntoNoChange() throws Exception {
        writeJmh("base.json", 1.0);
        writeJmh("pr.json", 1.5);
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(BASE_SHA),
                "http://127.0.0.1:1", null, BASE_SHA, "refs/heads/main");
        assertThat(Cli.run(dir, push, "ci", "--mode", "import", "--results", "base.json").exitCode()).isZero();
        Map<String, String> pr = ActionsFixture.env(dir, "pull_request", ActionsFixture.pullRequestEvent("opened", 7),
                "http://127.0.0.1:1", null, MERGE_SHA, "refs/pull/7/merge");

        Cli.Result r = Cli.run(dir, pr, "ci", "--mode", "import", "--results", "pr.json", "--fail-on", "regression",
                "--threshold", "60%");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Files.readString(dir.resolve("output.txt"))).endsWith("verdict=no-change\nregressions=0\n"
                + "improvements=0\nfailed=false\nreport_path=.caxton-bench/report.md\ncomment_url=\npublished=pending\n"
                + "comment_url=\npublished=skipped\n");
    }

    @Test
    void modeRunRunsTheSuiteAndWritesTheReport() throws Exception {
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(BASE_SHA),
                "http://127.0.0.1:1", null, BASE_SHA, "refs/heads/main");

        Cli.Result r = Cli.run(dir, push, new FakeEngine(), "ci", "--suite", "tiny", "--system", "naive",
                "--comment", "never");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Run file: .caxton-bench/runs/run-1-naive.json")
                .contains("Report: .caxton-bench/report.md").contains("nothing to publish to GitHub")
                .doesNotContain("GitHub token");
        assertThat(Files.readString(dir.resolve("summary.md"))).startsWith("<!-- caxton-bench:report suite=agent -->");
        assertThat(Files.readString(dir.resolve("output.txt"))).startsWith("verdict=no-baseline\n");
    }

    @Test
    void formatRunTakesOneCaxtonBenchRunFileAsItIs() throws Exception {
        writeJmh("a.json", 1.0);
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(BASE_SHA),
                "http://127.0.0.1:1", null, BASE_SHA, "refs/heads/main");
        assertThat(Cli.run(dir, push, "import", "a.json", "--output", "merged", "--no-history").exitCode()).isZero();
        String runFile;
        try (var files = Files.list(dir.resolve("merged/runs"))) {
            runFile = dir.relativize(files.findFirst().orElseThrow()).toString();
        }

        Cli.Result r = Cli.run(dir, push, "ci", "--mode", "import", "--format", "run", "--results", runFile,
                "--comment", "never");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Read: 5 values from " + runFile);
        assertThat(Files.readString(dir.resolve(".caxton-bench/history.csv"))).contains(BASE_SHA);
        Cli.Result unknown = Cli.run(dir, push, "ci", "--mode", "import", "--format", "xml", "--results", runFile);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown import format 'xml'").contains("or run (a Caxton Bench run file)");
    }

    @Test
    void publishRefusesAnArtifactOfAnotherCommitThanTheWorkflowRun() throws Exception {
        Files.createDirectories(dir.resolve("artifact"));
        Files.writeString(dir.resolve("artifact/report.md"), "<!-- caxton-bench:report suite=jmh -->\n# Benchmarks\n");
        Files.writeString(dir.resolve("artifact/publish.properties"), "name=jmh\npull_request=7\nhead_sha=" + BASE_SHA + "\n");
        Map<String, String> env = ActionsFixture.env(dir, "workflow_run",
                ActionsFixture.workflowRunEvent(HEAD_SHA, false, 7), "http://127.0.0.1:1", TOKEN, BASE_SHA,
                "refs/heads/main");

        Cli.Result r = Cli.run(dir, env, "publish", "--report", "artifact/report.md");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is of commit " + BASE_SHA + " but the workflow run is of " + HEAD_SHA);
        assertNoToken(r);
    }

    @Test
    void publishRefusesAnArtifactWhosePublishFileIsForeignOrOfANewerVersion() throws Exception {
        Files.createDirectories(dir.resolve("artifact"));
        Files.writeString(dir.resolve("artifact/report.md"), "<!-- caxton-bench:report suite=jmh -->\n# Benchmarks\n");
        Map<String, String> env = ActionsFixture.env(dir, "workflow_run",
                ActionsFixture.workflowRunEvent(HEAD_SHA, false, 7), "http://127.0.0.1:1", TOKEN, BASE_SHA,
                "refs/heads/main");

        Files.writeString(dir.resolve("artifact/publish.properties"), "name=jmh\nregressions=0\nextra_body=hello\n");
        Cli.Result foreign = Cli.run(dir, env, "publish", "--report", "artifact/report.md");
        Files.writeString(dir.resolve("artifact/publish.properties"), "version=9\nname=jmh\n");
        Cli.Result newer = Cli.run(dir, env, "publish", "--report", "artifact/report.md");

        assertThat(foreign.exitCode()).isEqualTo(2);
        assertThat(foreign.err()).contains("line 3: unknown key 'extra_body'");
        assertNoToken(foreign);
        assertThat(newer.exitCode()).isEqualTo(2);
        assertThat(newer.err()).contains("version '9', but this caxton-bench reads version 1");
        assertNoToken(newer);
    }

    @Test
    void publishRendersTheReportAgainFromARunFileAndItsOwnHistory() throws Exception {
        writeJmh("base.json", 1.0);
        writeJmh("pr.json", 1.5);
        Map<String, String> push = ActionsFixture.env(dir, "push", ActionsFixture.pushEvent(BASE_SHA),
                "http://127.0.0.1:1", null, BASE_SHA, "refs/heads/main");
        assertThat(Cli.run(dir, push, "ci", "--mode", "import", "--results", "base.json").exitCode()).isZero();
        Map<String, String> pr = ActionsFixture.env(dir, "pull_request", ActionsFixture.pullRequestEvent("opened", 7),
                "http://127.0.0.1:1", null, MERGE_SHA, "refs/pull/7/merge");
        assertThat(Cli.run(dir, pr, "ci", "--mode", "import", "--results", "pr.json", "--output", "pr-job",
                "--history", "pr-job/history.csv", "--fail-on", "never").exitCode()).isZero();
        String prRun;
        try (var files = Files.list(dir.resolve("pr-job/runs"))) {
            prRun = dir.relativize(files.findFirst().orElseThrow()).toString();
        }

        Cli.Result r = Cli.run(dir, Map.of(), "publish", "--run", prRun, "--base-branch", "main", "--report",
                "rendered.md", "--comment", "never", "--fail-on", "regression");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Compared: 3 regressions, 0 improvements")
                .contains("baseline newest main run").contains("Report: rendered.md");
        assertThat(Files.readString(dir.resolve("rendered.md"))).startsWith("<!-- caxton-bench:report suite=jmh -->");
        assertThat(r.err()).contains("--fail-on=regression and the report has 3 regression(s), 3 critical");
    }

    @Test
    void publishNeedsTheReportAndItsMarker() throws Exception {
        Cli.Result missing = Cli.run(dir, Map.of(), "publish", "--report", "nowhere.md");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("The report nowhere.md does not exist").contains("download-artifact");

        Files.writeString(dir.resolve("plain.md"), "# Not ours\n");
        Cli.Result unmarked = Cli.run(dir, Map.of(), "publish", "--report", "plain.md");
        assertThat(unmarked.exitCode()).isEqualTo(2);
        assertThat(unmarked.err()).contains("has no caxton-bench marker");

        Files.writeString(dir.resolve("pr.txt"), "seven\n");
        Files.writeString(dir.resolve("ours.md"), "<!-- caxton-bench:report suite=my%20suite -->\n# x\n");
        Cli.Result badPr = Cli.run(dir, Map.of(), "publish", "--report", "ours.md", "--pr-file", "pr.txt");
        assertThat(badPr.exitCode()).isEqualTo(2);
        assertThat(badPr.err()).contains("holds 'seven', not a pull request number");
    }

    @Test
    void theMarkersNameIsDecoded() {
        assertThat(PublishCommand.nameOfMarker("<!-- caxton-bench:report suite=my%20suite%2Bx -->\n"))
                .hasValue("my suite+x");
        assertThat(PublishCommand.nameOfMarker("# no marker\n")).isEqualTo(Optional.empty());
    }

    void writeJmh(String name, double factor) throws Exception {
        Files.writeString(dir.resolve(name), ActionsFixture.jmhJson(5, 3, factor));
    }

    static void assertNoToken(Cli.Result r) {
        String out = r.out().startsWith("::add-mask::") ? r.out().substring(r.out().indexOf('\n') + 1) : r.out();
        assertThat(out).doesNotContain(TOKEN);
        assertThat(r.err()).doesNotContain(TOKEN);
    }
}
