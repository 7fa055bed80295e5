package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The composite action {@code action/action.yml}: every input reaches a flag (or its one other use),
 * every output comes from the {@code ci} step, no input is pasted into a script, and the flags it
 * passes to {@code history pull/push} and to {@code ci} are the CLI's.
 * No YAML library is on the class path, so this reads the file's structure by its indentation.
 */
class ActionYmlTest {
    /** Each input and the line of action.yml that uses it. */
    private static final Map<String, String> USES = new LinkedHashMap<>();

    static {
        USES.put("mode", "opt --mode \"$INPUT_MODE\"");
        USES.put("suite", "opt --suite \"$INPUT_SUITE\"");
        USES.put("profile", "opt --profile \"$INPUT_PROFILE\"");
        USES.put("results", "opt --results \"$INPUT_RESULTS\"");
        USES.put("format", "opt --format \"$INPUT_FORMAT\"");
        USES.put("name", "opt --name \"$INPUT_NAME\"");
        USES.put("history-branch", "history push --branch \"$INPUT_HISTORY_BRANCH\" --history \"$INPUT_HISTORY_PATH\"");
        USES.put("history-path", "opt --history \"$INPUT_HISTORY_PATH\"");
        USES.put("push-history", "inputs.push-history == 'auto'");
        USES.put("baseline", "opt --baseline \"$INPUT_BASELINE\"");
        USES.put("force-baseline", "if [ \"$INPUT_FORCE_BASELINE\" = true ]; then args+=(--force-baseline); fi");
        USES.put("any-environment", "if [ \"$INPUT_ANY_ENVIRONMENT\" = true ]; then args+=(--any-environment); fi");
        USES.put("threshold", "opt --threshold \"$INPUT_THRESHOLD\"");
        USES.put("fail-on", "opt --fail-on \"$INPUT_FAIL_ON\"");
        USES.put("comment", "opt --comment \"$INPUT_COMMENT\"");
        USES.put("check-run", "if [ \"$INPUT_CHECK_RUN\" = true ]; then args+=(--check-run); fi");
        USES.put("commit-status", "if [ \"$INPUT_COMMIT_STATUS\" = true ]; then args+=(--commit-status); fi");
        USES.put("publish-deadline", "opt --publish-deadline \"$INPUT_PUBLISH_DEADLINE\"");
        USES.put("github-token", "GITHUB_TOKEN: ${{ inputs.github-token }}");
        USES.put("java-version", "java-version: ${{ inputs.java-version }}");
    }

    private static final List<String> CI_FLAGS = List.of("--mode", "--suite", "--profile", "--results", "--format",
            "--name", "--history", "--baseline", "--force-baseline", "--any-environment", "--threshold", "--fail-on", "--comment", "--check-run", "--commit-status");

    private final List<String> lines = read();

    private static List<String> read() {
        try {
            return Files.readAllLines(Path.of("action.yml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The keys two spaces under a top-level section. */
    private List<String> keys(String section) {
        List<String> keys = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (!l.startsWith(" ") && !l.isBlank() && !l.startsWith("#")) {
                in = l.equals(section + ":");
                continue;
            }
            if (in && l.matches("  [a-z][a-z-]*:\\s*")) {
                keys.add(l.strip().replace(":", ""));
            }
        }
        return keys;
    }

    private String text() {
        return String.join("\n", lines);
    }

    @Test
    void isACompositeActionWithTheStepsInOrder() {
        String t = text();
        assertThat(t).contains("\nruns:\n  using: composite\n");
        assertThat(t.indexOf("uses: actions/setup-java@v4")).isPositive()
                .isLessThan(t.indexOf("id: jar"));
        assertThat(t.indexOf("id: jar")).isLessThan(t.indexOf("\"$CLI\" history pull"));
        assertThat(t.indexOf("\"$CLI\" history pull")).isLessThan(t.indexOf("id: ci"));
        assertThat(t.indexOf("id: ci")).isLessThan(t.indexOf("\"$CLI\" history push"));
        assertThat(t).contains("default: ${{ github.token }}");
    }

    @Test
    void everyInputIsMappedAndEveryMappedInputExists() {
        assertThat(keys("inputs")).containsExactlyInAnyOrderElementsOf(USES.keySet());
        String t = text();
        USES.forEach((input, use) -> assertThat(t).as("input %s", input).contains(use));
        for (String input : USES.keySet()) {
            String env = "INPUT_" + input.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            if (t.contains("$" + env)) {
                assertThat(t).as("the env of %s", input).contains(env + ": ${{ inputs." + input + " }}");
            }
        }
    }

    /** Each output of the action and the step output of {@code ci} (BenchOutputs) it passes on. */
    private static final Map<String, String> OUTPUTS = new LinkedHashMap<>();

    static {
        OUTPUTS.put("verdict", "verdict");
        OUTPUTS.put("regressions", "regressions");
        OUTPUTS.put("improvements", "improvements");
        OUTPUTS.put("failed", "failed");
        OUTPUTS.put("report-path", "report_path");
        OUTPUTS.put("comment-url", "comment_url");
        OUTPUTS.put("published", "published");
    }

    @Test
    void everyOutputComesFromTheCiStep() {
        assertThat(keys("outputs")).containsExactlyElementsOf(OUTPUTS.keySet());
        OUTPUTS.forEach((out, step) -> assertThat(text()).contains("  " + out + ":\n")
                .contains("value: ${{ steps.ci.outputs." + step + " }}"));
        // the names ci writes to GITHUB_OUTPUT
        assertThat(new dev.caxton.bench.report.actions.BenchOutputs(
                dev.caxton.bench.report.actions.BenchOutputs.Outcome.NO_CHANGE, 0, 0, false, Path.of("r.md"),
                java.util.Optional.empty()).asMap().keySet()).containsExactlyElementsOf(
                        OUTPUTS.values().stream().filter(v -> !v.equals("published")).toList());
        // and the one publishing adds (GitHubPublishing.Outcome)
        assertThat(new GitHubPublishing.Outcome(java.util.Optional.empty(), false, false).outputs().keySet())
                .containsExactly("comment_url", "published");
    }

    @Test
    void noExpressionIsPastedIntoAScript() {
        int runIndent = -1;
        for (String l : lines) {
            int indent = l.length() - l.stripLeading().length();
            if (runIndent >= 0 && (l.isBlank() || indent > runIndent)) {
                assertThat(l).as("a line of a run script").doesNotContain("${{");
                continue;
            }
            runIndent = l.strip().equals("run: |") ? indent : -1;
        }
    }

    @Test
    void theFlagsItPassesAreTheCommandLineOfCaxtonBench() {
        CommandLine cl = Main.commandLine(new Invocation(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Map.of(), Path.of("."), false), Engine.standard());
        CommandLine history = cl.getSubcommands().get("history");
        for (String sub : List.of("pull", "push")) {
            for (String flag : List.of("--branch", "--history")) {
                assertThat(history.getSubcommands().get(sub).getCommandSpec().findOption(flag)).as("history %s %s", sub, flag)
                        .isNotNull();
            }
        }
        CommandLine ci = cl.getSubcommands().get("ci");
        for (String flag : CI_FLAGS) {
            assertThat(ci.getCommandSpec().findOption(flag)).as("ci %s", flag).isNotNull();
        }
        assertThat(text()).contains("\"$CLI\" \"${args[@]}\"").contains("args=(ci)");
        CI_FLAGS.forEach(flag -> assertThat(text()).contains(flag));
    }
}
