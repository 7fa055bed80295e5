package dev.caxton.bench.history.branch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the {@code git} command line for {@link GitHistoryBranch}: in a given folder, with the caller's
 * environment plus {@code GIT_TERMINAL_PROMPT=0} (a missing credential fails instead of waiting for
 * a prompt that never comes) and {@code LC_ALL=C} (messages in English, so that a rejected push can
 * be told from an authentication failure). Output that goes into messages has credentials in URLs
 * removed.
 */
final class Git {
    /** How long one git command may take before it is stopped: a generous bound for a slow network. */
    private static final long TIMEOUT_MINUTES = 10;
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]+@");

    private final Map<String, String> env;

    /** {@code env}: variables set for git on top of this process's environment. */
    Git(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** What one git command did. */
    record Result(List<String> command, int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }

        /** stdout and stderr together, credentials removed, for classification and messages. */
        String output() {
            return redact((out + "\n" + err).strip());
        }
    }

    /** Runs {@code git args} in {@code dir}; a non-zero exit is returned, not thrown. */
    Result run(Path dir, String... args) {
        return run(dir, Optional.empty(), Optional.empty(), args);
    }

    /** Runs git, failing with {@link HistoryBranchException.Kind#FAILED} and git's words when it exits non-zero. */
    Result require(Path dir, String what, String... args) {
        Result r = run(dir, args);
        if (!r.ok()) {
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "Cannot " + what + ": 'git "
                    + String.join(" ", args) + "' exited with " + r.exitCode() + ": " + r.output());
        }
        return r;
    }

    /**
     * Runs git with {@code stdin} written to its input and its standard output sent to {@code stdoutFile}
     * (byte for byte) when given.
     */
    Result run(Path dir, Optional<byte[]> stdin, Optional<Path> stdoutFile, String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> e = pb.environment();
        e.putAll(env);
        e.put("GIT_TERMINAL_PROMPT", "0");
        e.put("LC_ALL", "C");
        e.put("LANGUAGE", "C");
        stdoutFile.ifPresent(f -> pb.redirectOutput(f.toFile()));
        if (stdin.isEmpty()) {
            pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException ex) {
            throw new HistoryBranchException(HistoryBranchException.Kind.NO_GIT, "Cannot run git (" + ex.getMessage()
                    + "). The history branch needs the git command line: install git (for example 'apt-get install "
                    + "git') or put it on the PATH", ex);
        }
        CompletableFuture<byte[]> out = stdoutFile.isPresent() ? CompletableFuture.completedFuture(new byte[0])
                : drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try {
            if (stdin.isPresent()) {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(stdin.get());
                }
            }
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "'git " + String.join(" ", args)
                        + "' did not finish within " + TIMEOUT_MINUTES + " minutes and was stopped. Check the network "
                        + "connection to the remote");
            }
            return new Result(List.copyOf(command), p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot talk to 'git " + String.join(" ", args) + "': " + ex, ex);
        } catch (InterruptedException ex) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new HistoryBranchException(HistoryBranchException.Kind.FAILED, "Interrupted while 'git "
                    + String.join(" ", args) + "' ran", ex);
        } catch (ExecutionException ex) {
            throw new UncheckedIOException("Cannot read the output of 'git " + String.join(" ", args) + "': "
                    + ex.getCause(), new IOException(ex.getCause()));
        }
    }

    /** {@code text} without the user and password (or token) of URLs such as {@code https://x:TOKEN@host/}. */
    static String redact(String text) {
        return URL_CREDENTIALS.matcher(Objects.requireNonNull(text, "text")).replaceAll("$1***@");
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                f.complete(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "caxton-bench-git-output");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
