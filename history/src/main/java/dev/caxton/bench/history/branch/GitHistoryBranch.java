package dev.caxton.bench.history.branch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.history.HistoryMerge;
import dev.caxton.bench.history.HistoryReadResult;
import dev.caxton.bench.history.HistoryRow;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.io.AtomicFiles;
import dev.caxton.bench.model.Run;

/**
 * {@link HistoryBranch} through the git command line. The branch holds the history CSV at
 * {@link BranchSettings#path()} (default {@code history.csv}), its histogram logs in {@code histograms/}
 * beside it, and a {@code .gitattributes} that merges the CSV with git's {@code union} driver.
 *
 * <p>{@link #pull} fetches the branch and merges its runs into the local history (and copies the
 * histogram logs the local folder lacks). {@link #push} fetches the branch into a temporary
 * worktree (starting the branch when the remote has none), appends the local runs the branch lacks,
 * commits naming their run ids and pushes. When the push is rejected because another job pushed
 * first, it waits a jittered, growing delay (through the injected {@link Sleeper} and random source),
 * fetches, merges (the CSV by union, which keeps both sides' appended rows) and pushes again, at most
 * {@link BranchSettings#attempts()} times. After every merge the CSV is read strictly; if the union
 * left a second header, a duplicated row or anything else malformed (as it does when two jobs start
 * the branch at the same time), the CSV is rebuilt from both sides with {@link HistoryMerge}, which
 * keeps each (run id, metric id) row once. So concurrent jobs lose no run and duplicate none.
 *
 * <p>git runs from the working directory's repository, so its remote, credentials (the token
 * {@code actions/checkout} stores) and object store are used; the user's checkout, index and
 * branches are not touched. Commits are made with the configured identity or, when there is none,
 * as {@code github-actions[bot]}; hooks and signing are skipped for them.
 */
final class GitHistoryBranch implements HistoryBranch {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);
    private static final String BOT_NAME = "github-actions[bot]";
    private static final String BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
    /** The root of every history branch: fixed, so that jobs that start the branch at once agree on it. */
    private static final String ROOT_DATE = "2000-01-01T00:00:00+0000";
    /** What the history's writers leave beside it and must not be committed: lock files and temporary files. */
    private static final String IGNORED = "# lock files of appends and merges, temporary files of writes\n*.lock\n.*.tmp\n";

    private final Git git;
    private final Path workDir;
    private final BranchSettings settings;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    /** {@code workDir}: a folder inside the repository whose remote holds the branch. */
    GitHistoryBranch(Path workDir, Git git, BranchSettings settings, Sleeper sleeper, RandomGenerator random) {
        this.git = git;
        this.workDir = workDir.toAbsolutePath();
        this.settings = settings;
        this.sleeper = sleeper;
        this.random = random;
    }

    @Override
    public BranchSettings settings() {
        return settings;
    }

    /** The ref the branch is fetched into: private to Caxton Bench, so no user ref is moved. */
    private String trackingRef() {
        return "refs/caxton-bench/" + settings.remote() + "/" + settings.branch();
    }

    @Override
    public PullResult pull(Path localHistory, Path localHistograms) {
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

    @Override
    public PushResult push(Path localHistory, Path localHistograms) {
        Path repo = checkRepository();
        History local = History.open(localHistory, ReadMode.STRICT);
        if (local.runs().isEmpty()) {
            return PushResult.nothing();
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
                return PushResult.nothing();
            }
            commit(wt, added.isEmpty() ? "Add histogram logs to the benchmark history"
                    : "Add " + (added.size() == 1 ? "run " : "runs ") + PushResult.ids(added) + " to the benchmark history");
            int merges = 0;
            int rebuilds = 0;
            for (int attempt = 1; ; attempt++) {
                Git.Result pushed = git.run(wt, "push", "--porcelain", settings.remote(),
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
                sleep(backoff(attempt, settings.backoff(), random));
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
        Git.Result top = git.run(workDir, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            throw new HistoryBranchException(HistoryBranchException.Kind.NOT_A_REPOSITORY, workDir
                    + " is not inside a git repository (" + top.output() + "). Run this in the checkout of the repository "
                    + "whose remote keeps the history (in GitHub Actions: after actions/checkout)");
        }
        Path repo = Path.of(top.out().strip());
        Git.Result url = git.run(repo, "remote", "get-url", settings.remote());
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
        Git.Result r = git.run(repo, "fetch", "--no-tags", "--quiet", settings.remote(),
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
    private void classifyFailedPush(Git.Result r) {
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

    private HistoryBranchException networkFailure(String what, Git.Result r) {
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
        Git root = new Git(Map.of("GIT_AUTHOR_NAME", BOT_NAME, "GIT_AUTHOR_EMAIL", BOT_EMAIL,
                "GIT_COMMITTER_NAME", BOT_NAME, "GIT_COMMITTER_EMAIL", BOT_EMAIL, "GIT_AUTHOR_DATE", ROOT_DATE,
                "GIT_COMMITTER_DATE", ROOT_DATE));
        Git.Result c = root.run(repo, "-c", "commit.gpgsign=false", "commit-tree", tree, "-m",
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
        Git.Result m = git.run(wt, identity(wt, "merge", "--no-commit", "--no-ff",
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
        Git.Result r = git.run(wt, Optional.empty(), Optional.of(file), "show", rev + ":" + settings.path());
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
            // an interrupted push still removes its worktree: git cannot be waited for while the flag is set
            boolean interrupted = Thread.interrupted();
            try {
                // only our own worktree is removed: a general 'worktree prune' would touch the user's other worktrees
                git.run(repo, "worktree", "remove", "--force", wt.toString());
                deleteTree(tmp);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
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
                AtomicFiles.copy(f, to.resolve(name));
                copied++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the histogram logs from " + from + " to " + to + ": " + e, e);
        }
        return copied;
    }

    /** A growing delay with jitter: base * 2^(attempt-1) * [0.5, 1.5), at most 15 s. */
    static Duration backoff(int attempt, Duration first, RandomGenerator random) {
        long base = first.toMillis() << Math.min(attempt - 1, 10);
        long jittered = (long) (base * (0.5 + random.nextDouble()));
        return Duration.ofMillis(Math.min(jittered, MAX_BACKOFF.toMillis()));
    }

    private void sleep(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED,
                    "Interrupted while waiting to push the history again; the runs are in the local history", e);
        }
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
