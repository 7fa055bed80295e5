package dev.caxton.bench.ab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;

/**
 * Runs an {@link AbRequest}: per round, both sides one after the other in an order drawn from the seed, each
 * in a fresh JVM ({@code java} of this JVM's {@code java.home}) that runs the side's build's own CLI
 * ({@value #CLI_MAIN} {@code run --no-history}) on the side's class path. A fresh JVM per side and round makes
 * JVM-level modes (JIT, heap left by an earlier benchmark) part of the rounds' variance instead of a bias of
 * one side; the random order keeps a drift of the machine from favouring the side that runs first.
 *
 * <p>Each JVM's output goes to {@code workDir/logs/NN-side.log}, its run file to {@code workDir/rounds/NN-side/}.
 */
public final class AbRunner {
    /** The main class every build of Caxton Bench has: the CLI. */
    public static final String CLI_MAIN = "dev.caxton.bench.cli.Main";

    private AbRunner() {}

    /**
     * Measures every round.
     *
     * @throws AbException when a side's JVM fails, writes no run, or runs past the round limit
     */
    public static AbResult run(AbRequest request, AbListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        SplittableRandom order = new SplittableRandom(request.seed());
        List<Run> base = new ArrayList<>();
        List<Run> head = new ArrayList<>();
        List<String> orders = new ArrayList<>();
        for (int round = 1; round <= request.rounds(); round++) {
            boolean baseFirst = order.nextBoolean();
            orders.add(baseFirst ? "base,head" : "head,base");
            for (AbSide side : baseFirst ? List.of(request.base(), request.head())
                    : List.of(request.head(), request.base())) {
                long start = System.nanoTime();
                Run run = runSide(request, side, round);
                (side == request.base() ? base : head).add(run);
                listener.sideDone(round, request.rounds(), side.label(), Duration.ofNanos(System.nanoTime() - start));
            }
        }
        return new AbResult(base, head, orders);
    }

    /** The command line of one side's JVM in one round. */
    static List<String> command(AbRequest request, AbSide side, Path output) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(request.jvmOptions());
        cmd.add("-cp");
        cmd.add(side.classPath().orElse(System.getProperty("java.class.path")));
        cmd.addAll(List.of(CLI_MAIN, "run", "--suite", request.suite(), "--profile", request.profile(), "--system",
                side.system(), "--no-history", "--no-progress", "--fail-on", "never", "--output", output.toString()));
        for (String o : side.options()) {
            cmd.add("--option");
            cmd.add(o);
        }
        for (String i : request.include()) {
            cmd.add("--include");
            cmd.add(i);
        }
        for (String e : request.exclude()) {
            cmd.add("--exclude");
            cmd.add(e);
        }
        return cmd;
    }

    private static Run runSide(AbRequest request, AbSide side, int round) {
        String name = String.format(Locale.ROOT, "%02d-%s", round, side.label());
        Path output = request.workDir().resolve("rounds").resolve(name);
        Path log = request.workDir().resolve("logs").resolve(name + ".log");
        String where = "the " + side.label() + " side of round " + round;
        try {
            Files.createDirectories(output);
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command(request, side, output)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(request.roundLimit().toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AbException(where + " ran longer than its limit of " + request.roundLimit().toSeconds()
                        + " s and was stopped (log: " + log + "). Give a smaller profile or fewer benchmarks "
                        + "(--include), or a longer --round-limit.");
            }
            if (p.exitValue() != 0) {
                throw new AbException(where + " failed with exit code " + p.exitValue() + " (log: " + log + "):\n"
                        + tail(log) + "\nCheck that " + side.classPath().map(c -> "the class path " + c)
                        .orElse("this build") + " is a Caxton Bench build with system '" + side.system()
                        + "', and the options " + side.options() + ".");
            }
            try (Stream<Path> files = Files.list(output.resolve("runs"))) {
                List<Path> runs = files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
                if (runs.size() != 1) {
                    throw new AbException(where + " wrote " + runs.size() + " run files to " + output.resolve("runs")
                            + ", not one (log: " + log + ")");
                }
                return RunFiles.read(runs.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + where + " in " + output + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AbException(where + " was interrupted");
        }
    }

    /** The last lines of a log, for a failure's message. */
    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
