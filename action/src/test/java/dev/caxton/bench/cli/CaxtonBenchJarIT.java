package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private Result java(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return run(command);
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
