package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's {@code chromium} headless as a subprocess, one page per call, with a fresh profile and
 * everything that would reach the network switched off.
 */
final class HeadlessChromium {
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    private static final long TIMEOUT_SECONDS = 60;

    /** What one run printed. */
    record Result(String stdout, String stderr) {}

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /**
     * The installed browser. Skips the calling test when there is none, except on CI (env {@code CI=true}),
     * where a missing browser fails: a skipped browser test in CI would hide a broken install. The system
     * property {@code chromium} names another executable (and is how the skip and the failure are tried out).
     */
    static HeadlessChromium require() {
        List<Path> candidates = System.getProperty("chromium") == null ? CANDIDATES
                : List.of(Path.of(System.getProperty("chromium")));
        Optional<Path> found = candidates.stream().filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            assertThat(ci).as("CI=true but no chromium was found at %s; .ci/run installs Debian's chromium with "
                    + "apt-get before the build", candidates).isFalse();
            Assumptions.abort("chromium is not installed (apt-get install -y chromium); browser tests skipped");
        }
        return new HeadlessChromium(found.get());
    }

    /** A browser driven through the DevTools protocol, its viewport {@code width} x {@code height} CSS pixels. */
    DevTools devTools(Path work, int width, int height) throws IOException, InterruptedException {
        return DevTools.start(executable, work, width, height);
    }

    /** Loads {@code page} with the given arguments ({@code --dump-dom}, {@code --screenshot=...}); profile in {@code work}. */
    Result run(Path work, List<String> pageArguments, Path page) throws IOException, InterruptedException {
        return runUrl(work, pageArguments, page.toUri().toString());
    }

    /** Like {@link #run} for an address, which may carry a {@code #fragment}. */
    Result runUrl(Path work, List<String> pageArguments, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path stdout = work.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = work.resolve("chromium-" + System.nanoTime() + ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(pageArguments);
        command.add(url);
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command
                        + "\n" + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("chromium exit code; stderr:\n%s", err).isZero();
            return new Result(Files.readString(stdout, StandardCharsets.UTF_8), err);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
