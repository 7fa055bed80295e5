package dev.caxton.bench.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a GitHub Actions job tells a step through its environment and event payload, read from
 * {@link Invocation#env()} (never from the process): the event and what it names (pull request, base and
 * head commits and branches), the repository, the API endpoint, the run's page, and the files for the job
 * summary and the step outputs. Outside Actions every field is empty and the endpoints are github.com's.
 *
 * @param eventName   {@code GITHUB_EVENT_NAME}: pull_request, pull_request_target, push, workflow_run, ...
 * @param repository  {@code GITHUB_REPOSITORY}, owner/name
 * @param apiUrl      {@code GITHUB_API_URL}, default {@code https://api.github.com}
 * @param serverUrl   {@code GITHUB_SERVER_URL}, default {@code https://github.com}
 * @param runId       {@code GITHUB_RUN_ID}
 * @param stepSummary {@code GITHUB_STEP_SUMMARY}
 * @param output      {@code GITHUB_OUTPUT}
 * @param pullRequest the pull request's number: {@code pull_request.number}, a workflow_run's
 *                    {@code pull_requests[0].number}, else from {@code GITHUB_REF=refs/pull/N/merge}
 * @param baseBranch  the pull request's base branch ({@code pull_request.base.ref})
 * @param baseSha     the base branch's commit when the event fired ({@code pull_request.base.sha})
 * @param headSha     the commit to report on: the PR's head ({@code pull_request.head.sha}, never the temporary
 *                    merge commit {@code GITHUB_SHA}), a push's {@code after}, a workflow_run's
 *                    {@code head_sha}, else {@code GITHUB_SHA}
 * @param headBranch  the branch measured: the PR's {@code head.ref}, the pushed branch, a workflow_run's
 *                    {@code head_branch}
 */
record ActionsEnvironment(Optional<String> eventName, Optional<String> repository, String apiUrl, String serverUrl,
                          Optional<String> runId, Optional<Path> stepSummary, Optional<Path> output,
                          Optional<Integer> pullRequest, Optional<String> baseBranch, Optional<String> baseSha,
                          Optional<String> headSha, Optional<String> headBranch) {
    static final String DEFAULT_API_URL = "https://api.github.com";
    static final String DEFAULT_SERVER_URL = "https://github.com";
    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d{1,9})/(?:merge|head)");
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** True on {@code pull_request} and {@code pull_request_target} events. */
    boolean pullRequestEvent() {
        return eventName.filter(e -> e.equals("pull_request") || e.equals("pull_request_target")).isPresent();
    }

    /** True when the step runs in GitHub Actions: the runner set {@code GITHUB_EVENT_NAME}. */
    boolean inActions() {
        return eventName.isPresent();
    }

    /** The workflow run's page, for "full report" links and the check run's details: SERVER/REPO/actions/runs/ID. */
    Optional<URI> runUrl() {
        if (repository.isEmpty() || runId.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(serverUrl.replaceAll("/+$", "") + "/" + repository.get() + "/actions/runs/"
                    + runId.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed GITHUB_SERVER_URL only loses the link
        }
    }

    /**
     * Reads the environment and the event payload that {@code GITHUB_EVENT_PATH} names.
     *
     * @throws UsageException when the payload file is named but cannot be read or is not JSON
     */
    static ActionsEnvironment read(Invocation invocation) {
        Map<String, String> env = invocation.env();
        Optional<String> eventName = value(env, "GITHUB_EVENT_NAME");
        JsonNode event = JSON.missingNode();
        Optional<String> eventPath = value(env, "GITHUB_EVENT_PATH");
        if (eventPath.isPresent()) {
            Path file = invocation.resolve(Path.of(eventPath.get()));
            try {
                event = JSON.readTree(Files.readString(file));
                if (event == null) {
                    event = JSON.missingNode();
                }
            } catch (IOException e) {
                throw new UsageException("Cannot read the event payload " + invocation.show(file)
                        + " (GITHUB_EVENT_PATH): " + TerminalText.sanitize(String.valueOf(e.getMessage()))
                        + ". The runner writes it; outside Actions, unset GITHUB_EVENT_PATH or point it at a JSON file");
            }
        }
        return of(env, eventName, event);
    }

    static ActionsEnvironment of(Map<String, String> env, Optional<String> eventName, JsonNode event) {
        Optional<String> githubSha = value(env, "GITHUB_SHA").filter(s -> SHA.matcher(s).matches());
        Optional<String> ref = value(env, "GITHUB_REF");
        Optional<Integer> pr = Optional.empty();
        Optional<String> baseBranch = Optional.empty();
        Optional<String> baseSha = Optional.empty();
        Optional<String> headSha = Optional.empty();
        Optional<String> headBranch = Optional.empty();
        String name = eventName.orElse("");
        if (name.equals("pull_request") || name.equals("pull_request_target")) {
            JsonNode p = event.path("pull_request");
            pr = number(p.path("number"));
            baseBranch = text(p.path("base").path("ref"));
            baseSha = sha(p.path("base").path("sha"));
            headSha = sha(p.path("head").path("sha"));
            headBranch = text(p.path("head").path("ref")).or(() -> value(env, "GITHUB_HEAD_REF"));
        } else if (name.equals("push")) {
            headSha = sha(event.path("after")).filter(s -> !s.matches("0{40}"));
            headBranch = text(event.path("ref")).or(() -> ref).flatMap(ActionsEnvironment::branchOf);
        } else if (name.equals("workflow_run")) {
            JsonNode run = event.path("workflow_run");
            headSha = sha(run.path("head_sha"));
            headBranch = text(run.path("head_branch"));
            JsonNode first = run.path("pull_requests").path(0);
            pr = number(first.path("number"));
            baseBranch = text(first.path("base").path("ref"));
            baseSha = sha(first.path("base").path("sha"));
        }
        if (pr.isEmpty() && !name.equals("workflow_run")) {
            pr = ref.flatMap(ActionsEnvironment::pullRequestOf);
        }
        if (headSha.isEmpty()) {
            headSha = githubSha;
        }
        if (headBranch.isEmpty()) {
            headBranch = value(env, "GITHUB_HEAD_REF").or(() -> value(env, "GITHUB_REF_NAME"))
                    .filter(b -> !PULL_REF.matcher("refs/pull/" + b).matches());
        }
        return new ActionsEnvironment(eventName, value(env, "GITHUB_REPOSITORY"),
                value(env, "GITHUB_API_URL").orElse(DEFAULT_API_URL),
                value(env, "GITHUB_SERVER_URL").orElse(DEFAULT_SERVER_URL), value(env, "GITHUB_RUN_ID"),
                value(env, "GITHUB_STEP_SUMMARY").map(Path::of), value(env, "GITHUB_OUTPUT").map(Path::of),
                pr, baseBranch, baseSha, headSha, headBranch);
    }

    static Optional<String> branchOf(String ref) {
        return ref.startsWith("refs/heads/") ? Optional.of(ref.substring("refs/heads/".length()))
                : ref.startsWith("refs/") ? Optional.empty() : Optional.of(ref);
    }

    private static Optional<Integer> pullRequestOf(String ref) {
        Matcher m = PULL_REF.matcher(ref);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }

    private static Optional<String> sha(JsonNode node) {
        return text(node).filter(s -> SHA.matcher(s).matches());
    }

    private static Optional<Integer> number(JsonNode node) {
        return node.canConvertToInt() && node.isIntegralNumber() && node.asInt() > 0 ? Optional.of(node.asInt())
                : Optional.empty();
    }
}
