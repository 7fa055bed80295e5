package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README tells the truth: every Quick-start line runs, as a user types it, with the shaded jar in
 * a fresh folder (each {@code run} with the smoke profile) and exits 0; and every output the README
 * shows has the shape of what that command prints (numbers, run ids, fingerprints and sparklines
 * aside, every shown line is a line of the real output).
 */
@Tag("e2e")
class ReadmeIT {
    private static final Path JAR = Path.of(System.getProperty("caxton.bench.jar", "target/caxton-bench.jar"));
    private static final Path ROOT = Path.of(System.getProperty("caxton.bench.root", "..")).toAbsolutePath().normalize();
    private static final Pattern OUTPUT_OF = Pattern.compile("<!-- output-of: \\./caxton-bench (.*?) -->\\s*```\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    @Test
    void everyQuickStartLineExitsZeroAndEveryShownOutputHasTheShapeOfTheRealOne() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        // the files the import line names, from our own fixtures
        Path resources = ROOT.resolve("core/src/test/resources/importer");
        Files.copy(resources.resolve("jmh/jmh-1.37-all-modes.json"), dir.resolve("jmh-result.json"));
        copyTree(ROOT.resolve("action/src/test/resources/dev/caxton/bench/cli/import/criterion"), dir.resolve("target/criterion"));

        List<List<String>> lines = quickStart(readme);
        assertThat(lines).as("the Quick start block").hasSizeGreaterThan(5);
        for (List<String> args : lines) {
            Result r = caxtonBench(smoke(args));
            assertThat(r.exitCode()).as("./caxton-bench %s\n%s%s", String.join(" ", args), r.out(), r.err()).isZero();
        }

        Matcher m = OUTPUT_OF.matcher(readme);
        int shown = 0;
        while (m.find()) {
            shown++;
            List<String> args = List.of(m.group(1).trim().split("\\s+"));
            Result r = caxtonBench(smoke(args));
            assertThat(r.exitCode()).as("./caxton-bench %s\n%s", m.group(1), r.err()).isZero();
            List<String> actual = r.out().lines().map(ReadmeIT::shape).toList();
            for (String line : m.group(2).lines().toList()) {
                if (line.isBlank() || line.contains(" cores, ")) {
                    continue; // the environment line is this machine's
                }
                assertThat(actual).as("the README shows, for ./caxton-bench %s, the line\n%s\nbut it printed\n%s",
                        m.group(1), line, r.out()).contains(shape(line));
            }
        }
        assertThat(shown).as("outputs shown in the README").isGreaterThanOrEqualTo(2);
    }

    /** The Quick-start block's commands, each as its arguments after {@code ./caxton-bench}. */
    static List<List<String>> quickStart(String readme) {
        int marker = readme.indexOf("<!-- quick-start");
        assertThat(marker).as("the quick-start marker in README.md").isNotNegative();
        int start = readme.indexOf("```sh\n", marker) + "```sh\n".length();
        int end = readme.indexOf("```", start);
        List<List<String>> commands = new ArrayList<>();
        for (String line : readme.substring(start, end).lines().toList()) {
            String command = line.replaceFirst("\\s+#.*$", "").trim();
            assertThat(command).as("a Quick-start line").startsWith("./caxton-bench");
            commands.add(Arrays.asList(command.substring("./caxton-bench".length()).trim().split("\\s+")));
        }
        return commands;
    }

    /** {@code run} lines get the smoke profile unless they name one. */
    static List<String> smoke(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("run") && !args.contains("--profile")) {
            List<String> withProfile = new ArrayList<>(args);
            withProfile.addAll(List.of("--profile", "smoke"));
            return withProfile;
        }
        return args;
    }

    /** A line with what differs from run to run replaced: run ids, fingerprints, values, sparklines, grades. */
    static String shape(String line) {
        return line
                .replaceAll("\\d{8}T\\d{6}Z-[0-9a-f]{6}", "RUN")
                .replaceAll("\\b[0-9a-f]{12}\\b", "FINGERPRINT")
                .replaceAll("[▁▂▃▄▅▆▇█][▁▂▃▄▅▆▇█ ]*", " ")
                .replaceAll("[+-]?\\d[\\d.,]*(?:[KMG]\\b)?(?:\\s?(?:msg/s|ops/s|µs|ns|ms|s|B|kB|MB|GB|%|rows?|runs?|values?|metrics?))?", "N")
                .replaceAll("[✅🟡🔴❌] (target|acceptable|critical|failing)", "GRADE")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private Result caxtonBench(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(args);
        Path out = dir.resolve(".out.txt");
        Path err = dir.resolve(".err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().keySet().removeIf(k -> k.startsWith("GITHUB_"));
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("caxton-bench did not end: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
