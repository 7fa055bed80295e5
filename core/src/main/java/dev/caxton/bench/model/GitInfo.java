package dev.caxton.bench.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commit and branch of a working directory, read from git when it is a repository.
 * Either is empty when it is not known: git is not installed, the folder is not a repository,
 * the repository has no commit yet (no commit, but a branch), or HEAD is detached (a commit, but no
 * branch, as in a CI checkout of a pull request).
 */
public record GitInfo(Optional<String> commit, Optional<String> branch) {
    private static final long TIMEOUT_SECONDS = 5;

    public GitInfo {
        commit = commit == null ? Optional.empty() : commit;
        branch = branch == null ? Optional.empty() : branch;
    }

    /** Nothing known. */
    public static GitInfo none() {
        return new GitInfo(Optional.empty(), Optional.empty());
    }

    /**
     * Asks git ({@code git rev-parse HEAD}, {@code git symbolic-ref --short HEAD}) in
     * {@code workingDirectory}, each with a 5 second limit. Never fails: what git cannot tell is
     * empty.
     */
    public static GitInfo detect(Path workingDirectory) {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Optional<String> commit = git(workingDirectory, "rev-parse", "--verify", "-q", "HEAD")
                .filter(s -> s.matches("[0-9a-f]{40}|[0-9a-f]{64}"));
        Optional<String> branch = git(workingDirectory, "symbolic-ref", "--short", "-q", "HEAD")
                .filter(s -> !s.isEmpty() && !s.equals("HEAD"));
        return new GitInfo(commit, branch);
    }

    /** The first line git printed, when it ran and succeeded in time. */
    private static Optional<String> git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty(); // git is not installed, or the folder does not exist
        }
        try {
            p.getOutputStream().close();
            // git's answer is one short line, far below a pipe's buffer, so waiting first cannot block git
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String first = out.lines().findFirst().orElse("").trim();
                return first.isEmpty() ? Optional.empty() : Optional.of(first);
            }
        } catch (IOException e) {
            p.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
