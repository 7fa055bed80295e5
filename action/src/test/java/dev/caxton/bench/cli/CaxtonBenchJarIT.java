package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.Unit;

/**
 * The shaded jar and the launcher script as users run them: separate processes, after
 * {@code package}. Run by failsafe in {@code verify}; the build passes the jar's path.
 */
class CaxtonBenchJarIT {
    private static final Path JAR = Path.of(System.getProperty("caxton.bench.jar", "target/caxton-bench.jar"));
    private static final Path ROOT = Path.of(System.getProperty("caxton.bench.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    @Test
    void theJarPrintsItsVersion() throws Exception {
        Result r = java("--version");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("caxton-bench 0.");
    }

    @Test
    void theJarListsTheSystemsFoundThroughTheMergedServiceFiles() throws Exception {
        Result r = java("systems");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^naive ");
    }

    @Test
    void theJarExitsWithTwoOnAWrongFlag() throws Exception {
        Result r = java("run", "--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void theLauncherRunsTheJarFromAnyDirectory() throws Exception {
        Result r = run(List.of(ROOT.resolve("caxton-bench").toString(), "--version"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("caxton-bench 0.");
    }

    @Test
    @Tag("e2e")
    void theJarRunsTheSmokeProfileAgainstNaive() throws Exception {
        Result r = java("run", "--profile", "smoke", "--system", "naive", "--output", "out", "--no-progress");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("agent suite · smoke profile · naive").contains("Run file: out");
        try (Stream<Path> files = Files.list(dir.resolve("out/runs"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(1);
        }
    }

    @Test
    @Tag("e2e")
    void theLauncherKeepsTheCallersWorkingDirectory() throws Exception {
        Result r = run(List.of(ROOT.resolve("caxton-bench").toString(), "run", "--profile", "smoke", "--system", "naive"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dir.resolve(".caxton-bench/runs")).isDirectory();
        assertThat(r.err()).contains("agent suite on naive");
    }

    /**
     * The README's command for the jmh suite. JMH forks get the jar as their class path. The lock is
     * lifted because other builds on the machine may run JMH at the same time (see the README).
     */
    @Test
    @Tag("e2e")
    void theJarRunsTheJmhSuiteAgainstNaive() throws Exception {
        Result r = javaWith(List.of("-Djmh.ignoreLock=true", "-jar", JAR.toAbsolutePath().toString()), "run", "--suite",
                "jmh", "--profile", "smoke", "--include", "MessageThroughput", "--system", "naive", "--no-progress",
                "--output", "out");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("jmh suite · smoke profile · naive")
                .contains("MessageThroughputBenchmark.routeMessages/thrpt[agents=16,system=naive]");
        Run run = onlyRun(dir.resolve("out/runs"));
        assertThat(run.info().suite()).isEqualTo("jmh");
        assertThat(run.info().system()).isEqualTo("naive");
        assertThat(run.find(MetricId.of("jmh", "dev.caxton.bench.agent.jmh.MessageThroughputBenchmark.routeMessages",
                "thrpt", Map.of("agents", "16", "system", "naive")))).isPresent();
    }

    /** A user's benchmark jar beside ours, as the README shows: its META-INF/BenchmarkList is found too. */
    @Test
    @Tag("e2e")
    void theJarRunsTheBenchmarksOfAUsersJarOnTheClassPath() throws Exception {
        Path userJar = userBenchmarkJar();
        Result r = javaWith(List.of("-Djmh.ignoreLock=true", "-cp", JAR.toAbsolutePath() + File.pathSeparator + userJar,
                "dev.caxton.bench.cli.Main"), "run", "--suite", "jmh", "--profile", "smoke", "--include",
                "TinyBenchmarks.hashText", "--no-progress", "--output", "out");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Run run = onlyRun(dir.resolve("out/runs"));
        assertThat(run.find(MetricId.of("jmh", "dev.caxton.bench.jmh.fixture.TinyBenchmarks.hashText", "thrpt",
                Map.of("text", "plain")))).isPresent();
        assertThat(run.info().system()).as("no selected benchmark takes a system param").isEqualTo("none");
    }

    /** A user's agent system jar beside ours, as the README shows: its provider is found and runs beside reference. */
    @Test
    @Tag("e2e")
    void theJarRunsAUsersAgentSystemSideBySideWithTheReferenceRuntime() throws Exception {
        Path userJar = userSystemJar();
        Result r = javaWith(List.of("-cp", JAR.toAbsolutePath() + File.pathSeparator + userJar, "dev.caxton.bench.cli.Main"),
                "run", "--profile", "smoke", "--include", "agent_response_time", "--system",
                "test-faulty-checkpoint,reference", "--no-progress", "--no-history", "--output", "out");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("metric .* test-faulty-checkpoint +reference");
        try (Stream<Path> files = Files.list(dir.resolve("out/runs"))) {
            assertThat(files.map(f -> RunFiles.read(f).info().system()).sorted())
                    .containsExactly("reference", "test-faulty-checkpoint");
        }
    }

    /** The README's self-benchmarks, cut to the recorder's benchmark and 10 ms iterations: JMH's JSON, then import. */
    @Test
    @Tag("e2e")
    void theSelfBenchmarksRunFromTheJarAndImportTheirJson() throws Exception {
        Path testClasses = ROOT.resolve("core/target/test-classes");
        assumeTrue(Files.isDirectory(testClasses.resolve("dev/caxton/bench/model/jmh")), "core's test classes are built");
        Result jmh = javaWith(List.of("-Djmh.ignoreLock=true", "-cp", JAR.toAbsolutePath() + File.pathSeparator + testClasses,
                "org.openjdk.jmh.Main"), "dev\\.caxton\\.bench\\.model\\.jmh\\.", "-f", "1", "-wi", "1", "-w", "10ms", "-i",
                "1", "-r", "10ms", "-prof", "gc", "-rf", "json", "-rff", "self-benchmarks.json");
        assertThat(jmh.exitCode()).as(jmh.out() + jmh.err()).isZero();

        Result r = java("import", "self-benchmarks.json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("jmh suite · imported profile · imported")
                .contains("d.c.b.m.jmh.LatencyRecorderBenchmark.record/avgt") // the summary shortens the package
                .contains("d.c.b.m.jmh.LatencyRecorderBenchmark.record/avgt:gc.alloc.rate ");
        Run run = onlyRun(dir.resolve(".caxton-bench/runs"));
        assertThat(run.find(MetricId.of("jmh", "dev.caxton.bench.model.jmh.LatencyRecorderBenchmark.record",
                "avgt:gc.alloc.rate"))).hasValueSatisfying(m -> assertThat(m.unit()).isEqualTo(Unit.BYTES_PER_SECOND));
    }

    private Result java(String... args) throws Exception {
        return javaWith(List.of("-jar", JAR.toAbsolutePath().toString()), args);
    }

    private Result javaWith(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * A jar such as a user builds with jmh-generator-annprocess: core's TinyBenchmarks fixture, its
     * generated code and a META-INF/BenchmarkList of its own entries only.
     */
    private Path userBenchmarkJar() throws IOException {
        StringBuilder list = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("core/target/test-classes/META-INF/BenchmarkList"),
                StandardCharsets.UTF_8)) {
            if (line.contains(" dev.caxton.bench.jmh.fixture.TinyBenchmarks ")) {
                list.append(line).append('\n');
            }
        }
        return userJar("my-benchmarks.jar", "dev/caxton/bench/jmh/fixture", "TinyBenchmarks", "META-INF/BenchmarkList",
                list.toString());
    }

    /** A user's agent system: core's test-only provider, which wraps naive, with its service file. */
    private Path userSystemJar() throws IOException {
        return userJar("my-runtime.jar", "dev/caxton/bench/suite", "FaultyCheckpointSystemProvider",
                "META-INF/services/dev.caxton.bench.agent.AgentSystemProvider",
                "dev.caxton.bench.suite.FaultyCheckpointSystemProvider\n");
    }

    /** A jar of core's test classes under {@code folder} whose names start with {@code prefix}, and one text entry. */
    private Path userJar(String name, String folder, String prefix, String entry, String text) throws IOException {
        Path classes = ROOT.resolve("core/target/test-classes");
        Path fixture = classes.resolve(folder);
        assumeTrue(Files.isDirectory(fixture), "core's test classes are built");
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(entry));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Run onlyRun(Path runs) throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(files).hasSize(1);
            return RunFiles.read(files.get(0));
        }
    }

    /** Runs in the temporary directory, without a console, and waits for the end (a guard, not a timing). */
    private Result run(List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("GITHUB_SHA");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("caxton-bench did not end: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
