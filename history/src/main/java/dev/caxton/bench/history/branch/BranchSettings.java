package dev.caxton.bench.history.branch;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Where the history lives: the remote, the branch, the CSV's path on the branch (its histogram logs in
 * {@code histograms/} beside it), and how many push attempts a push makes, waiting a growing, jittered
 * delay from {@code backoff} between them.
 *
 * @param remote a remote of the repository, such as {@code origin}
 * @param branch the branch, such as {@value #DEFAULT_BRANCH}
 * @param path the CSV's relative path on the branch, such as {@value #DEFAULT_PATH}
 * @param attempts at least 1
 * @param backoff the first wait after a rejected push; later ones double, each times a random factor in [0.5, 1.5)
 */
public record BranchSettings(String remote, String branch, String path, int attempts, Duration backoff) {
    /** The default branch name. */
    public static final String DEFAULT_BRANCH = "caxton-bench-history";
    /** The default path of the CSV on the branch. */
    public static final String DEFAULT_PATH = "history.csv";
    /** The default remote. */
    public static final String DEFAULT_REMOTE = "origin";
    /** The default number of push attempts. */
    public static final int DEFAULT_ATTEMPTS = 5;
    /** The default first backoff. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
    private static final String HISTOGRAMS = "histograms";

    /**
     * @throws IllegalArgumentException naming the bad value and a good one
     */
    public BranchSettings {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(backoff, "backoff");
        if (remote.isBlank() || remote.startsWith("-")) {
            throw new IllegalArgumentException("The remote '" + remote + "' is not a remote name; give one such as "
                    + "origin (see 'git remote')");
        }
        if (branch.isBlank() || branch.startsWith("-") || branch.contains("..") || branch.matches(".*[\\s~^:?*\\[\\\\].*")) {
            throw new IllegalArgumentException("The branch '" + branch + "' is not a valid branch name; give one such "
                    + "as " + DEFAULT_BRANCH);
        }
        if (path.isBlank() || path.startsWith("/") || path.contains("\\") || Stream.of(path.split("/"))
                .anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals("..") || s.equals(".git"))) {
            throw new IllegalArgumentException("The path '" + path + "' is not a relative path on the branch; give "
                    + "one such as " + DEFAULT_PATH);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("The push needs at least 1 attempt, got " + attempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("The backoff must not be negative, got " + backoff);
        }
    }

    /** origin, {@value #DEFAULT_BRANCH}, {@value #DEFAULT_PATH}, {@value #DEFAULT_ATTEMPTS} attempts, 500 ms. */
    public static BranchSettings defaults() {
        return new BranchSettings(DEFAULT_REMOTE, DEFAULT_BRANCH, DEFAULT_PATH, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF);
    }

    /** {@code remote/branch}, as messages name it. */
    public String display() {
        return remote + "/" + branch;
    }

    /** The CSV's folder on the branch, "" for the root. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** The histogram logs' folder on the branch. */
    String histograms() {
        return folder() + HISTOGRAMS;
    }
}
