package dev.caxton.bench.history.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryRow;
import dev.caxton.bench.history.ReadMode;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;

/**
 * The history branch against real git: a bare repository on disk as the remote, clones as CI jobs. The
 * waits between push attempts are recorded, never slept.
 */
class GitHistoryBranchTest {
    private static final BranchSettings SETTINGS = BranchSettings.defaults();

    @TempDir
    Path tmp;
    GitRepos repos;
    Path remote;
    /** Every wait the branches asked for: none is real. */
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        repos = new GitRepos(tmp);
        remote = repos.bare("remote.git");
    }

    private HistoryBranch branch(Path clone) {
        return branch(clone, SETTINGS);
    }

    /** A branch whose waits are only recorded, with a jitter factor of exactly 1 (a random 0.5). */
    private HistoryBranch branch(Path clone, BranchSettings settings) {
        return HistoryBranch.git(clone, repos.env, settings, waits::add, new FixedRandom(0.5));
    }

    private static Path history(Path clone) {
        return clone.resolve(".caxton-bench/history.csv");
    }

    private static Path histograms(Path clone) {
        return clone.resolve(".caxton-bench/histograms");
    }

    @Test
    void theFirstPushStartsTheBranchAndAPullInAnotherCloneBringsRunsAndHistogramLogs() {
        Path a = repos.clone(remote, "a");
        Run run = GitRepos.append(history(a), "run-a-1", 1);

        PushResult pushed = branch(a).push(history(a), histograms(a));

        assertThat(pushed.pushedRuns()).containsExactly("run-a-1");
        assertThat(pushed.createdBranch()).isTrue();
        assertThat(pushed.attempts()).isEqualTo(1);
        assertThat(repos.ok(remote, "log", "--format=%s", "caxton-bench-history"))
                .contains("Add run run-a-1 to the benchmark history").contains("Start the Caxton Bench history branch");
        assertThat(repos.ok(remote, "show", "caxton-bench-history:.gitattributes")).contains("/history.csv merge=union");
        assertThat(repos.ok(remote, "ls-tree", "-r", "--name-only", "caxton-bench-history"))
                .isEqualTo(".gitattributes\n.gitignore\nhistograms/run-a-1.hlog\nhistory.csv\n");
        assertThat(repos.ok(a, "status", "--porcelain")).as("the user's checkout is not touched")
                .doesNotContain("history.csv\n").doesNotContain(".gitattributes");
        assertThat(repos.ok(a, "worktree", "list")).as("the temporary worktree is gone").doesNotContain("caxton-bench-history-");

        Path b = repos.clone(remote, "b");
        PullResult pulled = branch(b).pull(history(b), histograms(b));
        assertThat(pulled.branchExists()).isTrue();
        assertThat(pulled.newRuns()).containsExactly("run-a-1");
        assertThat(pulled.histogramsCopied()).isEqualTo(1);
        assertThat(History.open(history(b)).run(new RunId("run-a-1"))).hasValueSatisfying(r ->
                assertThat(r.measurements()).isEqualTo(run.measurements()));
        assertThat(HistogramStore.read(histograms(b), "run-a-1")).isEqualTo(run.histograms());

        PullResult again = branch(b).pull(history(b), histograms(b));
        assertThat(again.newRuns()).isEmpty();
        assertThat(again.histogramsCopied()).isZero();
    }

    @Test
    void aPushOfRunsTheBranchHoldsPushesNothingAndAPullOfNoBranchPullsNothing() {
        Path a = repos.clone(remote, "a");
        assertThat(branch(a).pull(history(a), histograms(a)).branchExists()).isFalse();
        GitRepos.append(history(a), "run-a-1", 1);
        branch(a).push(history(a), histograms(a));

        PushResult second = branch(a).push(history(a), histograms(a));

        assertThat(second.commit()).isEmpty();
        assertThat(second.pushedRuns()).isEmpty();
        assertThat(repos.ok(remote, "rev-list", "--count", "caxton-bench-history").strip()).isEqualTo("2");
    }

    @Test
    void concurrentJobsLoseNoRunAndDuplicateNoRow() throws Exception {
        int jobs = 5;
        int rounds = 3;
        List<Path> clones = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            clones.add(repos.clone(remote, "job" + j));
        }
        CyclicBarrier together = new CyclicBarrier(jobs);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<List<PushResult>>> futures = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            int job = j;
            futures.add(pool.submit(() -> {
                Path clone = clones.get(job);
                List<PushResult> results = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    GitRepos.append(history(clone), "run-" + job + "-" + round, job * 100 + round);
                    together.await(); // every job pushes at the same moment: rejections and merges follow
                    results.add(branch(clone).push(history(clone), histograms(clone)));
                }
                return results;
            }));
        }
        List<PushResult> results = new ArrayList<>();
        for (Future<List<PushResult>> f : futures) {
            results.addAll(f.get());
        }
        pool.shutdown();

        Path check = repos.clone(remote, "check");
        repos.ok(check, "checkout", "--quiet", "caxton-bench-history");
        History h = History.open(check.resolve("history.csv"), ReadMode.STRICT);
        Set<String> expected = new HashSet<>();
        for (int j = 0; j < jobs; j++) {
            for (int r = 0; r < rounds; r++) {
                expected.add("run-" + j + "-" + r);
            }
        }
        assertThat(h.warnings()).isEmpty();
        assertThat(h.runs()).extracting(r -> r.info().runId().value()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(h.rows()).hasSize(expected.size() * 2);
        assertThat(h.rows().stream().map(HistoryRow::key).distinct().count()).isEqualTo(h.rows().size());
        assertThat(Files.readAllLines(check.resolve("history.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("schema_v1,")).count()).as("one header").isEqualTo(1);
        assertThat(HistogramStore.runIds(check.resolve("histograms"))).containsExactlyInAnyOrderElementsOf(expected);

        int attempts = results.stream().mapToInt(PushResult::attempts).sum();
        int merges = results.stream().mapToInt(PushResult::merges).sum();
        assertThat(results).allSatisfy(r -> assertThat(r.attempts()).isBetween(1, SETTINGS.attempts()));
        int commits = Integer.parseInt(repos.ok(remote, "rev-list", "--count", "caxton-bench-history").strip());
        assertThat(commits).as("root + one commit per push + one per merge").isLessThanOrEqualTo(1 + results.size() + merges);
        int rebuilds = results.stream().mapToInt(PushResult::rebuilds).sum();
        assertThat(rebuilds).isLessThanOrEqualTo(merges);
        System.out.printf("history branch: %d pushes by %d jobs: %d attempts, %d merges (%d rebuilt from both sides, "
                + "the others by union alone), %d commits%n", results.size(), jobs, attempts, merges, rebuilds, commits);
    }

    /**
     * Another job pushes while this one pushes: B's pre-push hook (hooks run on push, as git-lfs needs)
     * has clone C push its commit first, once. So B's first push is rejected, deterministically.
     */
    private void anotherJobPushesFirst(Path b, Path c) throws IOException {
        Path hook = b.resolve(".git/hooks/pre-push");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_PREFIX\n"
                + "if [ ! -f '" + tmp.resolve("marker") + "' ]; then\n  touch '" + tmp.resolve("marker") + "'\n"
                + "  git -C '" + c + "' push -q origin HEAD:refs/heads/caxton-bench-history\nfi\nexit 0\n");
        assertThat(hook.toFile().setExecutable(true)).isTrue();
    }

    /** Clone C with the branch checked out and {@code runs} appended and committed, not pushed. */
    private Path otherJob(int seconds, String... runs) {
        Path c = repos.clone(remote, "c");
        repos.ok(c, "checkout", "--quiet", "caxton-bench-history");
        for (String run : runs) {
            GitRepos.append(c.resolve("history.csv"), run, seconds);
        }
        repos.ok(c, "add", "-A");
        repos.ok(c, "commit", "--quiet", "-m", "another job");
        return c;
    }

    /**
     * Clone B with run-b-1, whose first push is rejected: the branch holds run-a-1, and another job pushes
     * run-c-1 first.
     */
    private Path rejectedOnce() throws IOException {
        Path a = repos.clone(remote, "a");
        GitRepos.append(history(a), "run-a-1", 1);
        branch(a).push(history(a), histograms(a));
        Path b = repos.clone(remote, "b");
        GitRepos.append(history(b), "run-b-1", 2);
        anotherJobPushesFirst(b, otherJob(3, "run-c-1"));
        return b;
    }

    @Test
    void aRejectedPushMergesByUnionAndPushesAgain() throws IOException {
        Path b = rejectedOnce();

        PushResult r = branch(b).push(history(b), histograms(b));

        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.merges()).isEqualTo(1);
        assertThat(r.rebuilds()).as("appends on both sides merge by union alone").isZero();
        assertThat(waits).as("one wait, of the first backoff").containsExactly(BranchSettings.DEFAULT_BACKOFF);
        assertThat(r.pushedRuns()).containsExactly("run-b-1");
        Path check = repos.clone(remote, "check");
        repos.ok(check, "checkout", "--quiet", "caxton-bench-history");
        History h = History.open(check.resolve("history.csv"), ReadMode.STRICT);
        assertThat(h.warnings()).isEmpty();
        assertThat(h.runs()).extracting(run -> run.info().runId().value()).containsExactlyInAnyOrder("run-a-1", "run-b-1", "run-c-1");
        assertThat(HistogramStore.runIds(check.resolve("histograms"))).containsExactlyInAnyOrder("run-a-1", "run-b-1",
                "run-c-1");
        assertThat(repos.ok(remote, "log", "-1", "--format=%s", "caxton-bench-history"))
                .startsWith("Merge the benchmark history from origin/caxton-bench-history");
    }

    @Test
    void aRunOnBothSidesIsKeptOnceTheUnionIsRebuiltFromBothSides() throws IOException {
        Path a = repos.clone(remote, "a");
        GitRepos.append(history(a), "run-a-1", 1);
        branch(a).push(history(a), histograms(a));
        Path b = repos.clone(remote, "b");
        GitRepos.append(history(b), "run-b-1", 2);
        GitRepos.append(history(b), "run-twice", 7);
        // the same run reached the branch another way, followed by another run: the union holds it twice
        Path c = repos.clone(remote, "c");
        repos.ok(c, "checkout", "--quiet", "caxton-bench-history");
        GitRepos.append(c.resolve("history.csv"), "run-twice", 7);
        GitRepos.append(c.resolve("history.csv"), "run-c-1", 3);
        repos.ok(c, "add", "-A");
        repos.ok(c, "commit", "--quiet", "-m", "another job");
        anotherJobPushesFirst(b, c);

        PushResult r = branch(b).push(history(b), histograms(b));

        assertThat(r.merges()).isEqualTo(1);
        assertThat(r.rebuilds()).as("the union held run-twice's rows twice").isEqualTo(1);
        Path check = repos.clone(remote, "check");
        repos.ok(check, "checkout", "--quiet", "caxton-bench-history");
        History h = History.open(check.resolve("history.csv"), ReadMode.STRICT);
        assertThat(h.warnings()).isEmpty();
        assertThat(h.runs()).extracting(run -> run.info().runId().value())
                .containsExactly("run-a-1", "run-b-1", "run-c-1", "run-twice");
        assertThat(h.rows()).hasSize(8);
        assertThat(h.rows().stream().map(HistoryRow::key).distinct().count()).isEqualTo(8);
        assertThat(repos.ok(check, "status", "--porcelain")).as("no lock file is committed or left").isEmpty();
        assertThat(repos.ok(check, "ls-files")).doesNotContain(".lock");
    }

    @Test
    void namesTheFixForNoRemoteAndNoRepository() throws IOException {
        Path a = repos.clone(remote, "a");
        GitRepos.append(history(a), "run-a-1", 1);
        HistoryBranch upstream = branch(a, new BranchSettings("upstream", "caxton-bench-history", "history.csv", 5,
                Duration.ofMillis(1)));
        assertThatThrownBy(() -> upstream.push(history(a), histograms(a)))
                .isInstanceOfSatisfying(HistoryBranchException.class, e -> assertThat(e.kind())
                        .isEqualTo(HistoryBranchException.Kind.NO_REMOTE))
                .hasMessageContaining("no remote 'upstream'").hasMessageContaining("its remotes are: origin")
                .hasMessageContaining("--remote");

        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThatThrownBy(() -> branch(plain).pull(history(plain), histograms(plain)))
                .isInstanceOfSatisfying(HistoryBranchException.class, e -> assertThat(e.kind())
                        .isEqualTo(HistoryBranchException.Kind.NOT_A_REPOSITORY))
                .hasMessageContaining("is not inside a git repository").hasMessageContaining("actions/checkout");
    }

    @Test
    void aRemoteThatRefusesTheCredentialsSaysSoWithoutTheToken() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"GitHub\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            Path a = repos.clone(remote, "a");
            GitRepos.append(history(a), "run-a-1", 1);
            repos.ok(a, "remote", "set-url", "origin", "http://x-access-token:ghs_SECRET123@127.0.0.1:"
                    + server.getAddress().getPort() + "/owner/repo.git");

            assertThatThrownBy(() -> branch(a).push(history(a), histograms(a)))
                    .isInstanceOfSatisfying(HistoryBranchException.class, e -> assertThat(e.kind())
                            .isEqualTo(HistoryBranchException.Kind.AUTHENTICATION))
                    .hasMessageContaining("refused the credentials").hasMessageContaining("contents: write")
                    .hasMessageNotContaining("ghs_SECRET123");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void redactsCredentialsInUrls() {
        assertThat(Git.redact("fatal: unable to access 'https://x-access-token:ghs_abc@github.com/o/r.git/'"))
                .isEqualTo("fatal: unable to access 'https://***@github.com/o/r.git/'");
    }

    @Test
    void aPushRejectedOnItsLastAttemptGivesUpWithoutWaitingAndKeepsTheRunsLocal() throws IOException {
        Path b = rejectedOnce();
        BranchSettings once = new BranchSettings("origin", "caxton-bench-history", "history.csv", 1, Duration.ofSeconds(1));

        assertThatThrownBy(() -> branch(b, once).push(history(b), histograms(b)))
                .isInstanceOfSatisfying(HistoryBranchException.class, e -> assertThat(e.kind())
                        .isEqualTo(HistoryBranchException.Kind.TOO_MANY_REJECTIONS))
                .hasMessageContaining("rejected 1 times").hasMessageContaining("--attempts");
        assertThat(waits).isEmpty();
        assertThat(History.open(history(b)).run(new RunId("run-b-1"))).isPresent();
    }

    @Test
    void anInterruptedWaitStopsThePushAndSaysTheRunsAreLocal() throws IOException {
        Path b = rejectedOnce();
        HistoryBranch interrupted = HistoryBranch.git(b, repos.env, SETTINGS, d -> {
            throw new InterruptedException("stop");
        }, new FixedRandom(0.5));

        try {
            assertThatThrownBy(() -> interrupted.push(history(b), histograms(b)))
                    .isInstanceOfSatisfying(HistoryBranchException.class, e -> assertThat(e.kind())
                            .isEqualTo(HistoryBranchException.Kind.FAILED))
                    .hasMessageContaining("Interrupted while waiting").hasMessageContaining("local history");
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theWaitsGrowFromTheFirstBackoffWithJitterAndStopAtFifteenSeconds() {
        Duration first = Duration.ofMillis(500);
        assertThat(GitHistoryBranch.backoff(1, first, new FixedRandom(0.5))).isEqualTo(Duration.ofMillis(500));
        assertThat(GitHistoryBranch.backoff(2, first, new FixedRandom(0.5))).isEqualTo(Duration.ofMillis(1000));
        assertThat(GitHistoryBranch.backoff(3, first, new FixedRandom(0.0))).isEqualTo(Duration.ofMillis(1000));
        assertThat(GitHistoryBranch.backoff(3, first, new FixedRandom(0.999))).isEqualTo(Duration.ofMillis(2998));
        assertThat(GitHistoryBranch.backoff(20, first, new FixedRandom(0.5))).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void settingsNameTheBadValueAndAGoodOne() {
        assertThatThrownBy(() -> new BranchSettings("origin", "a b", "history.csv", 5, Duration.ZERO))
                .hasMessageContaining("'a b' is not a valid branch name").hasMessageContaining("caxton-bench-history");
        assertThatThrownBy(() -> new BranchSettings("-x", "b", "history.csv", 5, Duration.ZERO))
                .hasMessageContaining("'-x' is not a remote name");
        assertThatThrownBy(() -> new BranchSettings("origin", "b", "../h.csv", 5, Duration.ZERO))
                .hasMessageContaining("not a relative path on the branch");
        assertThatThrownBy(() -> new BranchSettings("origin", "b", "h.csv", 0, Duration.ZERO))
                .hasMessageContaining("at least 1 attempt");
    }

    @Test
    void aLongListOfPushedRunsNamesTenAndCountsTheRest() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ids.add("r" + i);
        }
        assertThat(new PushResult(ids, java.util.Optional.of("c"), 1, 0, 0, false).runList())
                .isEqualTo("r1, r2, r3, r4, r5, r6, r7, r8, r9, r10 and 2 more");
    }

    /** A random source that always gives the same double. */
    private record FixedRandom(double value) implements RandomGenerator {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return value;
        }
    }
}
