package dev.caxton.bench.history.branch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.history.HistogramStore;
import dev.caxton.bench.history.HistoryFile;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.LatencyRecorder;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;

/**
 * Real git repositories for the history branch's tests, independent of the machine's git setup:
 * HOME and the XDG folder point into the test's folder, the system configuration is ignored, and
 * the identity comes from the environment.
 */
final class GitRepos {
    static final Environment ENVIRONMENT = new Environment("Intel(R) Xeon(R) CPU @ 2.20GHz", 2, 24L << 30, "Linux 6.1",
            "Debian", "17.0.15", List.of("-Xmx1g"));

    final Path root;
    final Map<String, String> env;
    final Git git;

    GitRepos(Path root) throws IOException {
        this.root = root;
        Path home = Files.createDirectories(root.resolve("home"));
        Map<String, String> e = new HashMap<>();
        e.put("HOME", home.toString());
        e.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        e.put("GIT_CONFIG_NOSYSTEM", "1");
        e.put("GIT_AUTHOR_NAME", "Test Runner");
        e.put("GIT_AUTHOR_EMAIL", "runner@example.com");
        e.put("GIT_COMMITTER_NAME", "Test Runner");
        e.put("GIT_COMMITTER_EMAIL", "runner@example.com");
        this.env = Map.copyOf(e);
        this.git = new Git(env);
    }

    /** A bare repository, the remote. */
    Path bare(String name) {
        Path dir = root.resolve(name);
        ok(root, "init", "--bare", "--quiet", dir.toString());
        return dir;
    }

    /** A clone of {@code remote} (which may be empty). */
    Path clone(Path remote, String name) {
        Path dir = root.resolve(name);
        ok(root, "clone", "--quiet", remote.toString(), dir.toString());
        return dir;
    }

    String ok(Path dir, String... args) {
        Git.Result r = git.run(dir, args);
        assertThat(r.exitCode()).as("git %s: %s", String.join(" ", args), r.output()).isZero();
        return r.out();
    }

    /** A run of two metrics and one latency histogram, appended to {@code history} with its histogram log. */
    static Run append(Path history, String runId, int seconds) {
        LatencyRecorder rec = new LatencyRecorder();
        for (int i = 1; i <= 50; i++) {
            rec.recordNanos(1_000L * i + seconds);
        }
        MetricId base = MetricId.of("agent", "request_latency", "latency");
        RunInfo info = new RunInfo(new RunId(runId), Instant.parse("2026-11-26T10:00:00Z").plusSeconds(seconds),
                Optional.of("abc1234"), Optional.of("main"), Optional.empty(), ENVIRONMENT, "agent", RunProfile.of(Profile.SMOKE),
                "naive", Optional.empty());
        Run run = new Run(info, List.of(Measurement.of(MetricId.of("agent", "message_throughput", "throughput"),
                Unit.MESSAGES_PER_SECOND, 1000 + seconds), Measurement.of(base.withMetric("p50"), Unit.NANOSECONDS,
                25_000 + seconds)), Map.of(base.canonical(), rec.snapshot()), List.of());
        HistoryFile.append(history, run);
        HistogramStore.write(history.getParent().resolve("histograms"), run);
        return run;
    }
}
