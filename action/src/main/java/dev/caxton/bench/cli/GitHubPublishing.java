package dev.caxton.bench.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.report.actions.Annotation;
import dev.caxton.bench.report.actions.WorkflowCommands;
import dev.caxton.bench.report.github.CheckConclusion;
import dev.caxton.bench.report.github.CheckRunRequest;
import dev.caxton.bench.report.github.CommentMode;
import dev.caxton.bench.report.github.CommentRequest;
import dev.caxton.bench.report.github.CommitState;
import dev.caxton.bench.report.github.CommitStatusRequest;
import dev.caxton.bench.report.github.GitHubPublisher;
import dev.caxton.bench.report.github.GitHubTarget;
import dev.caxton.bench.report.github.PublishException;
import dev.caxton.bench.report.github.PublishResult;
import dev.caxton.bench.report.github.Secret;

/**
 * The GitHub side of {@code ci} and {@code publish}: the sticky comment, the check run and the commit status of
 * one report, each reported on stdout as a line (and a {@code ::warning} when it could not be done). A publishing
 * problem never throws: it is a warning, and {@link Outcome#failed()} says whether one happened, for
 * {@code --fail-on-publish-error}. Every message is scrubbed of the token.
 */
final class GitHubPublishing {
    /** What one report's publishing did. */
    record Outcome(Optional<URI> commentUrl, boolean failed, boolean published) {
        /**
         * The step output saying how publishing went: {@code pending} (written before it starts), then {@code ok}
         * (something was published and nothing failed), {@code skipped} (nothing to publish, no token, a fork's
         * read-only token) or {@code failed}.
         */
        static final String PUBLISHED = "published";
        static final String PENDING = "pending";

        /**
         * The step outputs publishing sets (appended after the others, whose later lines win): the comment's
         * address and {@value #PUBLISHED}.
         */
        Map<String, String> outputs() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("comment_url", commentUrl.map(URI::toString).orElse(""));
            out.put(PUBLISHED, failed ? "failed" : published ? "ok" : "skipped");
            return out;
        }
    }

    /**
     * What to publish.
     *
     * @param name        the report's name: the suite, or {@code --name}
     * @param marker      the report's hidden first line
     * @param body        the Markdown report
     * @param regressions the report's regression count
     * @param improvements its improvement count
     * @param failed      whether the fail policy fails the job (the check's conclusion, the status's state)
     * @param noBaseline  whether there was nothing to compare with (a neutral check run)
     * @param summary     one line: the title of the check run and the status's description
     * @param pullRequest the pull request to comment on, when there is one
     * @param sha         the commit of the check run and status: on a pull request its head, never the merge commit
     * @param detailsUrl  the workflow run's page
     */
    record Report(String name, String marker, String body, int regressions, int improvements, boolean failed,
                  boolean noBaseline, String summary, Optional<Integer> pullRequest, Optional<String> sha,
                  Optional<URI> detailsUrl) {}

    private final Invocation invocation;
    private final PublishFlags flags;
    /** Whether GitHub took (or already had) at least one of the comment, check run and status. */
    private boolean published;

    GitHubPublishing(Invocation invocation, PublishFlags flags) {
        this.invocation = invocation;
        this.flags = flags;
    }

    /**
     * Publishes {@code report} to {@code repository} at {@code apiUrl} with the token, as the flags say. Whatever
     * goes wrong becomes a warning (a bug included, its text scrubbed of the token): the report is already in
     * its file and the job summary.
     */
    Outcome publish(Report report, Optional<String> repository, String apiUrl,
                    java.util.function.Supplier<Optional<Secret>> tokens) {
        if (flags.comment == CommentMode.NEVER && !flags.checkRun && !flags.commitStatus) {
            note("--comment never and no --check-run or --commit-status: nothing to publish to GitHub.");
            return outcome(Optional.empty(), false);
        }
        Optional<Secret> token = tokens.get();
        try {
            return publishWith(report, repository, apiUrl, token);
        } catch (RuntimeException e) {
            String text = "publishing stopped on an unexpected error: " + e
                    + ". Please report it; the report is in the report file and the job summary.";
            warn(token.orElse(null), text);
            return outcome(Optional.empty(), true);
        }
    }

    private Outcome publishWith(Report report, Optional<String> repository, String apiUrl, Optional<Secret> token) {
        boolean wantsComment = flags.comment != CommentMode.NEVER;
        if (token.isEmpty()) {
            return outcome(Optional.empty(), false); // the reason was given when the token was read
        }
        if (repository.isEmpty()) {
            note("GITHUB_REPOSITORY is not set, so nothing is published to GitHub; set it to owner/name.");
            return outcome(Optional.empty(), false);
        }
        Secret secret = token.get();
        GitHubTarget target;
        GitHubPublisher publisher;
        try {
            target = GitHubTarget.of(apiUrl, repository.get(), secret);
            publisher = GitHubPublisher.create(target, flags.publishOptions());
        } catch (IllegalArgumentException e) {
            return failure(secret, "nothing was published: " + e.getMessage());
        } catch (PublishException e) {
            return failure(secret, e.getMessage());
        }
        Optional<URI> commentUrl = Optional.empty();
        boolean failed = false;
        // 1. the comment
        if (wantsComment) {
            if (report.pullRequest().isEmpty()) {
                note("not a pull request, so no comment (the report is in the job summary).");
            } else {
                try {
                    PublishResult r = publisher.publishComment(new CommentRequest(report.pullRequest().get(),
                            report.marker(), report.body(), flags.comment, report.regressions(),
                            report.improvements(), Optional.of(CommentRequest.GITHUB_ACTIONS_BOT)));
                    commentUrl = r.url();
                    said(secret, "Comment", r, "on pull request #" + report.pullRequest().get());
                    if (r.action() == PublishResult.Action.NOT_PERMITTED) {
                        skipped(report, true); // a read-only token can write none of them
                        return outcome(Optional.empty(), false);
                    }
                } catch (PublishException e) {
                    failed = true;
                    warn(secret, e.getMessage());
                    if (stops(e)) {
                        skipped(report, true);
                        return outcome(commentUrl, true);
                    }
                } catch (IllegalArgumentException e) {
                    failed = true;
                    warn(secret, "the comment was not published: " + e.getMessage());
                }
            }
        }
        // 2. the check run, 3. the commit status: on the head commit
        if ((flags.checkRun || flags.commitStatus) && report.sha().isEmpty()) {
            note("no commit is known (GITHUB_SHA or the event's head sha), so no check run or commit status.");
            return outcome(commentUrl, failed);
        }
        if (flags.checkRun) {
            CheckConclusion conclusion = report.failed() ? CheckConclusion.FAILURE
                    : report.noBaseline() ? CheckConclusion.NEUTRAL : CheckConclusion.SUCCESS;
            try {
                PublishResult r = publisher.publishCheckRun(new CheckRunRequest("caxton-bench / " + report.name(),
                        report.sha().get(), conclusion, report.summary(), report.body(), report.detailsUrl()));
                said(secret, "Check run", r, conclusion.label() + " on " + shortSha(report.sha().get()));
                if (r.action() == PublishResult.Action.NOT_PERMITTED) {
                    skipped(report, false);
                    return outcome(commentUrl, failed);
                }
            } catch (PublishException e) {
                failed = true;
                warn(secret, e.getMessage());
                if (stops(e)) {
                    skipped(report, false);
                    return outcome(commentUrl, true);
                }
            } catch (IllegalArgumentException e) {
                failed = true;
                warn(secret, "the check run was not created: " + e.getMessage());
            }
        }
        if (flags.commitStatus) {
            CommitState state = report.failed() ? CommitState.FAILURE : CommitState.SUCCESS;
            try {
                PublishResult r = publisher.publishCommitStatus(new CommitStatusRequest(report.sha().get(), state,
                        report.summary(), report.detailsUrl(), "caxton-bench/" + report.name()));
                said(secret, "Commit status", r, state.label() + " on " + shortSha(report.sha().get()));
            } catch (PublishException e) {
                failed = true;
                warn(secret, e.getMessage());
            } catch (IllegalArgumentException e) {
                failed = true;
                warn(secret, "the commit status was not set: " + e.getMessage());
            }
        }
        return outcome(commentUrl, failed);
    }

    /**
     * After an invalid token, a rate limit, GitHub or the network failing through every retry, or the deadline,
     * the later steps would fail the same way, only slower: they are skipped.
     */
    private static boolean stops(PublishException e) {
        return switch (e.kind()) {
            case UNAUTHORIZED, RATE_LIMITED, SERVER_ERROR, TIMEOUT, CONNECTION_FAILED, DEADLINE_EXCEEDED -> true;
            default -> false;
        };
    }

    private void skipped(Report report, boolean checkToo) {
        List<String> left = new ArrayList<>();
        if (checkToo && flags.checkRun) {
            left.add("check run");
        }
        if (flags.commitStatus) {
            left.add("commit status");
        }
        if (!left.isEmpty()) {
            note("the " + String.join(" and ", left) + (left.size() == 1 ? " was" : " were")
                    + " skipped after that.");
        }
    }

    private void said(Secret secret, String what, PublishResult r, String where) {
        if (r.action() != PublishResult.Action.SKIPPED && r.action() != PublishResult.Action.NOT_PERMITTED) {
            published = true;
        }
        invocation.out().println(secret.scrub(what + " " + r.action().label() + " " + where
                + r.url().map(u -> ": " + u).orElse("")));
        for (String w : r.warnings()) {
            // advice (a fork's read-only token, duplicate comments, a cut summary): never an error
            invocation.out().println(WorkflowCommands.annotation(new Annotation(Annotation.Level.WARNING,
                    "Caxton Bench", secret.scrub(w))));
        }
    }

    private Outcome outcome(Optional<URI> commentUrl, boolean failed) {
        return new Outcome(commentUrl, failed, published);
    }

    private Outcome failure(Secret secret, String message) {
        warn(secret, message);
        return outcome(Optional.empty(), true);
    }

    /** A problem: a {@code ::warning} (or {@code ::error} with --fail-on-publish-error) line on stdout. */
    private void warn(Secret secret, String message) {
        String text = (secret == null ? message : secret.scrub(message)) + (flags.failOnPublishError ? ""
                : " The job does not fail for this (--fail-on-publish-error would make it).");
        invocation.out().println(WorkflowCommands.annotation(new Annotation(
                flags.failOnPublishError ? Annotation.Level.ERROR : Annotation.Level.WARNING,
                "Caxton Bench could not publish to GitHub", text)));
    }

    private void note(String message) {
        invocation.out().println("Note: " + message);
    }

    static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
