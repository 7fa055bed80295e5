package dev.caxton.bench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command in-process with captured streams. */
final class Cli {
    private Cli() {}

    record Result(int exitCode, String out, String err) {}

    /** With the real library behind the command. */
    static Result run(Path workDir, Map<String, String> env, String... args) {
        return run(workDir, env, Engine.standard(), args);
    }

    static Result run(Path workDir, Map<String, String> env, Engine engine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.execute(args, new Invocation(o, e, env, workDir, false), engine);
            o.flush();
            e.flush();
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
