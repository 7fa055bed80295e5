package dev.caxton.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.history.HistoryMerge;
import dev.caxton.bench.history.HistoryReadResult;
import dev.caxton.bench.history.HistoryRow;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.model.Run;

/**
 * The history kept on a dedicated git branch (default {@code caxton-bench-history}), so that CI jobs,
 * which start from a fresh checkout, share one history. The branch holds the history CSV at
 * {@link Settings#path()} (default {@code history.csv}), its histogram logs in {@code histograms/}
 * beside it, and a {@code .gitattributes} that merges the CSV with git's {@code union} driver.
 *
 * <p>{@link #pull} fetches the branch and merges its runs into the local history (and copies the
 * histogram logs the local folder lacks). {@link #push} fetches the branch into a temporary
 * worktree (starting the branch when the remote has none), appends the local runs the branch lacks,
 * commits naming their run ids and pushes. When the push is rejected because another job pushed
 * first, it waits a jittered, growing delay, fetches, merges (the CSV by union, which keeps both
 * sides' appended rows) and pushes again, at most {@link Settings#attempts()} times. After every
 * merge the CSV is read strictly; if the union left a second header, a duplicated row or anything
 * else malformed (as it does when two jobs start the branch at the same time), the CSV is rebuilt
 * from both sides with {@link HistoryMerge}, which keeps each (run id, metric id) row once. So
 * concurrent jobs lose no run and duplicate none.
 *
 * <p>git runs from the working directory's repository, so its remote, credentials (the token
 * {@code actions/checkout} stores) and object store are used; the user's checkout, index and
 * branches are not touched. Commits are made with the configured identity or, when there is none,
 * as {@code github-actions[bot]}; hooks and signing are skipped for them.
 */
final class HistoryBranch {
    /** The default branch name. */
    static final String DEFAULT_BRANCH = "caxton-bench-history";
    /** The default path of the CSV on the branch. */
    static final String DEFAULT_PATH = "history.csv";
    /** The default number of push attempts. */
    static final int DEFAULT_ATTEMPTS = 5;
    /** The default first backoff; later ones double, each multiplied by a random factor in [0.5, 1.5). */
    static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);
    private static final String HISTOGRAMS = "histograms";
    private static final String BOT_NAME = "github-actions[bot]";
    private static final String BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
    /** The root of every history branch: fixed, so that jobs that start the branch at once agree on it. */
    private static final String ROOT_DATE = "2000-01-01T00:00:00+0000";
    /** What the history's writers leave beside it and must not be committed: lock files and temporary files. */
    private static final String IGNORED = "# lock files of appends and merges, temporary files of writes\n*.lock\n.*.tmp\n";

    /** Where the history lives: remote, branch, the CSV's path on the branch, and the retry bound. */
    record Settings(String remote, String branch, String path, int attempts, Duration backoff) {
        Settings {
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
        }

        static Settings defaults() {
            return new Settings("origin", DEFAULT_BRANCH, DEFAULT_PATH, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF);
        }

        /** The CSV's folder on the branch, "" for the root. */
        String folder() {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? "" : path.substring(0, slash + 1);
        }

        String histograms() {
            return folder() + HISTOGRAMS;
        }

        String display() {
            return remote + "/" + branch;
        }
    }

    /** What a pull did: whether the branch exists, runs and histogram logs new to the local history. */
    record PullResult(boolean branchExists, List<String> newRuns, int histogramsCopied) {
        PullResult {
            newRuns = List.copyOf(newRuns);
        }
    }

    /**
     * What a push did: the runs it added (empty when the branch held every local run), the commit
     * pushed, how many push attempts and merges it took, and how many of those merges rebuilt the CSV
     * from both sides because the union alone was not a valid history.
     */
    record PushResult(List<String> pushedRuns, Optional<String> commit, int attempts, int merges, int rebuilds,
                      boolean createdBranch) {
        PushResult {
            pushedRuns = List.copyOf(pushedRuns);
        }
    }

    private final HistoryBranchGit git;
    private final Path workDir;
    private final Settings settings;

    /**
     * @param workDir a folder inside the repository whose remote holds the branch
     * @param gitEnv variables set for git on top of the process environment (tests set HOME and identities)
     */
    HistoryBranch(Path workDir, Map<String, String> gitEnv, Settings settings) {
        this.git = new HistoryBranchGit(gitEnv);
        this.workDir = workDir.toAbsolutePath();
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The ref the branch is fetched into: private to Caxton Bench, so no user ref is moved. */
    private String trackingRef() {
        return "refs/caxton-bench/" + settings.remote() + "/" + settings.branch();
    }

    /**
     * Fetches the branch and merges its runs into {@code localHistory} (by union on run id and metric id)
     * and copies its histogram logs that {@code localHistograms} lacks.
     *
     * @throws HistoryBranchException when git is missing, this is no repository, or the fetch fails
     * @throws HistoryFormatException when a history is malformed or the two hold different rows for one key
     */
    PullResult pull(Path localHistory, Path localHistograms) {
        Path repo = checkRepository();
        if (!fetch(repo)) {
            return new PullResult(false, List.of(), 0);
        }
        return withWorktree(repo, trackingRef(), wt -> {
            Path branchCsv = wt.resolve(settings.path());
            Set<String> before = runIds(localHistory);
            Set<String> logsBefore = histogramLogs(localHistograms);
            // the merge carries the logs beside the branch's CSV to beside ours; copy what it left (another layout)
            HistoryMerge.merge(localHistory, branchCsv, localHistory);
            List<String> added = History.open(localHistory).runs().stream().map(r -> r.info().runId().value())
                    .filter(id -> !before.contains(id)).toList();
            copyHistograms(wt.resolve(settings.histograms()), localHistograms);
            Set<String> logsAfter = histogramLogs(localHistograms);
            logsAfter.removeAll(logsBefore);
            return new PullResult(true, added, logsAfter.size());
        });
    }

    /**
     * Adds the runs of {@code localHistory} that the branch lacks, with their histogram logs from
     * {@code localHistograms}, and pushes; retries a rejected push after a merge, a bounded number of times.
     *
     * @throws HistoryBranchException naming the problem and the fix
     * @throws HistoryFormatException when a history is malformed or two sides hold different rows for one key
     */
    PushResult push(Path localHistory, Path localHistograms) {
        Path repo = checkRepository();
        History local = History.open(localHistory, ReadMode.STRICT);
        if (local.runs().isEmpty()) {
            return new PushResult(List.of(), Optional.empty(), 0, 0, 0, false);
        }
        boolean exists = fetch(repo);
        String start = exists ? trackingRef() : rootCommit(repo);
        return withWorktree(repo, start, wt -> {
            Path branchCsv = wt.resolve(settings.path());
            writeAttributes(wt);
            Set<String> onBranch = runIds(branchCsv);
            List<String> added = new ArrayList<>();
            for (Run run : local.runs()) {
                if (!onBranch.contains(run.info().runId().value())) {
                    HistoryFile.append(branchCsv, run.info(), run.measurements());
                    added.add(run.info().runId().value());
                }
            }
            copyHistograms(localHistograms, wt.resolve(settings.histograms()));
            git.require(wt, "stage the history", "add", "-A", "--", ".");
            if (git.run(wt, "diff", "--cached", "--quiet").ok()) {
                return new PushResult(List.of(), Optional.empty(), 0, 0, 0, false);
            }
            commit(wt, added.isEmpty() ? "Add histogram logs to the benchmark history"
                    : "Add " + (added.size() == 1 ? "run " : "runs ") + ids(added) + " to the benchmark history");
            int merges = 0;
            int rebuilds = 0;
            for (int attempt = 1; ; attempt++) {
                HistoryBranchGit.Result pushed = git.run(wt, "push", "--porcelain", settings.remote(),
                        "HEAD:refs/heads/" + settings.branch());
                if (pushed.ok()) {
                    String commit = git.require(wt, "read the commit", "rev-parse", "HEAD").out().strip();
                    return new PushResult(added, Optional.of(commit), attempt, merges, rebuilds, !exists && merges == 0);
                }
                classifyFailedPush(pushed);
                if (attempt >= settings.attempts()) {
                    throw new HistoryBranchException(HistoryBranchException.Kind.TOO_MANY_REJECTIONS, "The push to "
                            + settings.display() + " was rejected " + attempt + " times because other jobs pushed "
                            + "first; nothing was lost (the runs are in the local history). Push again with "
                            + "'caxton-bench history push', or allow more attempts with --attempts");
                }
                sleep(backoff(attempt));
                if (!fetch(repo)) {
                    throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "The push to "
                            + settings.display() + " was rejected, but the branch is not on the remote: " + pushed.output());
                }
                rebuilds += merge(wt) ? 1 : 0;
                merges++;
            }
        });
    }

    /** The repository's top folder; checks git, the repository and the remote first. */
    private Path checkRepository() {
        HistoryBranchGit.Result top = git.run(workDir, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            throw new HistoryBranchException(HistoryBranchException.Kind.NOT_A_REPOSITORY, workDir
                    + " is not inside a git repository (" + top.output() + "). Run this in the checkout of the repository "
                    + "whose remote keeps the history (in GitHub Actions: after actions/checkout)");
        }
        Path repo = Path.of(top.out().strip());
        HistoryBranchGit.Result url = git.run(repo, "remote", "get-url", settings.remote());
        if (!url.ok()) {
            String remotes = git.run(repo, "remote").out().strip().replace('\n', ' ');
            throw new HistoryBranchException(HistoryBranchException.Kind.NO_REMOTE, "The repository has no remote '"
                    + settings.remote() + "'" + (remotes.isEmpty() ? " (it has no remote at all)" : "; its remotes are: "
                    + remotes) + ". Give the remote with --remote, or add it with 'git remote add " + settings.remote()
                    + " URL'");
        }
        return repo;
    }

    /** Fetches the branch into the tracking ref; false (and the ref removed) when the remote has no such branch. */
    private boolean fetch(Path repo) {
        HistoryBranchGit.Result r = git.run(repo, "fetch", "--no-tags", "--quiet", settings.remote(),
                "+refs/heads/" + settings.branch() + ":" + trackingRef());
        if (r.ok()) {
            return true;
        }
        String out = r.output();
        if (out.contains("couldn't find remote ref") || out.contains("could not find remote ref")) {
            git.run(repo, "update-ref", "-d", trackingRef());
            return false;
        }
        throw networkFailure("fetch " + settings.display(), r);
    }

    /** A failed push that is not a rejection for being behind becomes an exception; a rejection returns. */
    private void classifyFailedPush(HistoryBranchGit.Result r) {
        String out = r.output();
        if (out.contains("protected branch") || out.contains("hook declined") || out.contains("GH006")) {
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "The remote refused the push to "
                    + settings.display() + ": " + out + ". Let the workflow push to that branch (branch protection "
                    + "rules), or keep the history on another branch with --branch");
        }
        boolean behind = out.contains("[rejected]") || out.contains("non-fast-forward") || out.contains("fetch first")
                || out.contains("cannot lock ref") || out.contains("failed to update ref") || out.contains("incorrect old value")
                || out.contains("stale info");
        if (!behind) {
            throw networkFailure("push to " + settings.display(), r);
        }
    }

    private HistoryBranchException networkFailure(String what, HistoryBranchGit.Result r) {
        String out = r.output();
        if (out.contains("Authentication failed") || out.contains("could not read Username")
                || out.contains("terminal prompts disabled") || out.contains("Permission denied")
                || out.contains("returned error: 403") || out.contains("returned error: 401") || out.contains("403 Forbidden")
                || out.contains("denied to")) {
            return new HistoryBranchException(HistoryBranchException.Kind.AUTHENTICATION, "Cannot " + what
                    + ": the remote refused the credentials (" + out + "). In GitHub Actions give the job "
                    + "'permissions: contents: write' and keep actions/checkout's persist-credentials (the default); "
                    + "elsewhere configure a credential helper or an SSH key that may push to the repository");
        }
        return new HistoryBranchException(HistoryBranchException.Kind.FAILED, "Cannot " + what + ": 'git "
                + String.join(" ", r.command().subList(1, r.command().size())) + "' exited with " + r.exitCode() + ": "
                + out);
    }

    /**
     * The root commit of a new history branch: only the {@code .gitattributes}, with a fixed author and
     * date, so that two jobs that start the branch at once create the same commit.
     */
    private String rootCommit(Path repo) {
        String blob = git.run(repo, Optional.of(attributes().getBytes(StandardCharsets.UTF_8)), Optional.empty(),
                "hash-object", "-w", "--stdin").out().strip();
        String ignore = git.run(repo, Optional.of(IGNORED.getBytes(StandardCharsets.UTF_8)), Optional.empty(),
                "hash-object", "-w", "--stdin").out().strip();
        String tree = git.run(repo, Optional.of(("100644 blob " + blob + "\t.gitattributes\n100644 blob " + ignore
                + "\t.gitignore\n").getBytes(StandardCharsets.UTF_8)), Optional.empty(), "mktree").out().strip();
        HistoryBranchGit root = new HistoryBranchGit(Map.of("GIT_AUTHOR_NAME", BOT_NAME, "GIT_AUTHOR_EMAIL", BOT_EMAIL,
                "GIT_COMMITTER_NAME", BOT_NAME, "GIT_COMMITTER_EMAIL", BOT_EMAIL, "GIT_AUTHOR_DATE", ROOT_DATE,
                "GIT_COMMITTER_DATE", ROOT_DATE));
        HistoryBranchGit.Result c = root.run(repo, "-c", "commit.gpgsign=false", "commit-tree", tree, "-m",
                "Start the Caxton Bench history branch");
        if (blob.isEmpty() || tree.isEmpty() || !c.ok()) {
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "Cannot start the branch "
                    + settings.branch() + " in " + repo + ": " + c.output() + ". Check that the repository is writable");
        }
        return c.out().strip();
    }

    private String attributes() {
        return "# Caxton Bench: the history is append-only CSV; concurrent appends merge as a union.\n"
                + "/" + settings.path() + " merge=union\n"
                + "/" + settings.histograms() + "/*.hlog -text\n";
    }

    private void writeAttributes(Path wt) {
        Path f = wt.resolve(".gitattributes");
        try {
            Path ignore = wt.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, IGNORED, StandardCharsets.UTF_8);
            }
            String existing = Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
            String line = "/" + settings.path() + " merge=union";
            if (!existing.lines().anyMatch(l -> l.strip().equals(line))) {
                String text = existing.isEmpty() ? attributes()
                        : existing + (existing.endsWith("\n") ? "" : "\n") + line + "\n";
                Files.writeString(f, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + f + ": " + e, e);
        }
    }

    /**
     * Merges the fetched branch into the worktree's commit: the CSV by union, then checked and, when the
     * union is not a valid history with each row once, rebuilt from both sides (then true).
     */
    private boolean merge(Path wt) {
        HistoryBranchGit.Result m = git.run(wt, identity(wt, "merge", "--no-commit", "--no-ff",
                "--allow-unrelated-histories", trackingRef()));
        List<String> unmerged = List.of(git.require(wt, "list conflicts", "diff", "--name-only", "--diff-filter=U")
                .out().strip().split("\n")).stream().filter(s -> !s.isBlank()).toList();
        if (!m.ok() && unmerged.isEmpty()) {
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "Cannot merge " + settings.display()
                    + ": " + m.output());
        }
        for (String path : unmerged) {
            if (path.equals(".gitattributes")) {
                git.require(wt, "resolve .gitattributes", "checkout", "--theirs", "--", path);
                writeAttributes(wt);
            } else if (path.equals(".gitignore")) {
                git.require(wt, "resolve .gitignore", "checkout", "--theirs", "--", path);
            } else if (!path.equals(settings.path())) {
                abortMerge(wt);
                throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "Cannot merge " + settings.display()
                        + ": both sides changed " + path + " differently. A histogram log belongs to one run; remove "
                        + "the wrong one from the branch, then push again");
            }
        }
        Path csv = wt.resolve(settings.path());
        boolean rebuilt = unmerged.contains(settings.path()) || !validHistory(csv);
        if (rebuilt) {
            rebuild(wt, csv);
        }
        git.require(wt, "stage the merge", "add", "-A", "--", ".");
        boolean merging = git.run(wt, "rev-parse", "-q", "--verify", "MERGE_HEAD").ok();
        if (merging || !git.run(wt, "diff", "--cached", "--quiet").ok()) {
            commit(wt, "Merge the benchmark history from " + settings.display());
        }
        return rebuilt;
    }

    /** Whether the file reads strictly, without warnings, with each (run id, metric id) once. */
    private static boolean validHistory(Path csv) {
        try {
            HistoryReadResult r = HistoryFile.read(csv, ReadMode.STRICT);
            Set<HistoryRow.Key> keys = new HashSet<>();
            return r.warnings().isEmpty() && r.rows().stream().allMatch(row -> keys.add(row.key()));
        } catch (HistoryFormatException | IllegalArgumentException e) {
            return false; // rebuilt from both sides below, which reports a real conflict with its lines
        }
    }

    /** Replaces the merged CSV with {@link HistoryMerge} of our side and theirs. */
    private void rebuild(Path wt, Path csv) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("caxton-bench-merge-");
            Path ours = tmp.resolve("ours.csv");
            Path theirs = tmp.resolve("theirs.csv");
            show(wt, "HEAD", ours);
            show(wt, trackingRef(), theirs);
            try {
                HistoryMerge.merge(ours, theirs, csv);
            } catch (HistoryFormatException e) {
                abortMerge(wt);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge the histories in a temporary folder: " + e, e);
        } finally {
            deleteTree(tmp);
        }
    }

    /** The CSV of {@code rev} into {@code file}; no file when that side has none. */
    private void show(Path wt, String rev, Path file) {
        HistoryBranchGit.Result r = git.run(wt, Optional.empty(), Optional.of(file), "show", rev + ":" + settings.path());
        if (!r.ok()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove " + file + ": " + e, e);
            }
        }
    }

    private void abortMerge(Path wt) {
        git.run(wt, "merge", "--abort");
    }

    private void commit(Path wt, String message) {
        git.require(wt, "commit the history", identity(wt, "commit", "--no-verify", "--quiet", "-m", message));
    }

    /**
     * {@code args} with {@code -c} settings that keep our commits plain: no signing, and the
     * {@code github-actions[bot]} identity when neither git's configuration nor the environment gives one.
     */
    private String[] identity(Path wt, String... args) {
        List<String> out = new ArrayList<>(List.of("-c", "commit.gpgsign=false"));
        if (!git.run(wt, "config", "user.email").ok() || !git.run(wt, "config", "user.name").ok()) {
            out.addAll(List.of("-c", "user.name=" + BOT_NAME, "-c", "user.email=" + BOT_EMAIL));
        }
        out.addAll(List.of(args));
        return out.toArray(String[]::new);
    }

    private interface InWorktree<T> {
        T apply(Path worktree);
    }

    /** Runs {@code body} in a temporary detached worktree at {@code start}, removed afterwards. */
    private <T> T withWorktree(Path repo, String start, InWorktree<T> body) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("caxton-bench-history-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the history branch: " + e, e);
        }
        Path wt = tmp.resolve("worktree");
        try {
            git.require(repo, "check out " + settings.display() + " in a temporary worktree", "worktree", "add",
                    "--detach", "--quiet", wt.toString(), start);
            return body.apply(wt);
        } finally {
            // only our own worktree is removed: a general 'worktree prune' would touch the user's other worktrees
            git.run(repo, "worktree", "remove", "--force", wt.toString());
            deleteTree(tmp);
        }
    }

    private static Set<String> runIds(Path csv) {
        Set<String> ids = new HashSet<>();
        History.open(csv, ReadMode.STRICT).runs().forEach(r -> ids.add(r.info().runId().value()));
        return ids;
    }

    /** The names of the {@code .hlog} files in {@code dir} (none when it does not exist). */
    private static Set<String> histogramLogs(Path dir) {
        Set<String> names = new HashSet<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".hlog") && !n.startsWith("."))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the histogram logs in " + dir + ": " + e, e);
        }
        return names;
    }

    /** Copies the {@code .hlog} files of {@code from} that {@code to} lacks; returns how many. */
    private static int copyHistograms(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        int copied = 0;
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".hlog") || name.startsWith(".") || Files.exists(to.resolve(name))) {
                    continue;
                }
                Files.createDirectories(to);
                Path tmp = to.resolve("." + name + ".tmp");
                Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, to.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                copied++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the histogram logs from " + from + " to " + to + ": " + e, e);
        }
        return copied;
    }

    /** A growing delay with jitter: base * 2^(attempt-1) * [0.5, 1.5), at most 15 s. */
    private Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 10);
        long jittered = (long) (base * (0.5 + ThreadLocalRandom.current().nextDouble()));
        return Duration.ofMillis(Math.min(jittered, MAX_BACKOFF.toMillis()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED,
                    "Interrupted while waiting to push the history again; the runs are in the local history", e);
        }
    }

    /** At most 10 ids, then how many more. */
    static String ids(List<String> runIds) {
        if (runIds.size() <= 10) {
            return String.join(", ", runIds);
        }
        return String.join(", ", runIds.subList(0, 10)) + " and " + (runIds.size() - 10) + " more";
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the temporary folder " + dir + ": " + e, e);
        }
    }
}
