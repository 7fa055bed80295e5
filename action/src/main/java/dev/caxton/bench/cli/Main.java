package dev.caxton.bench.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import dev.caxton.bench.history.BaselineException;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.history.HistoryProblem;
import dev.caxton.bench.history.branch.HistoryBranchException;
import picocli.CommandLine;

/**
 * The {@code caxton-bench} command. This is the only class that reads process globals (standard
 * streams, environment variables, the working directory, the console) and the only one that calls
 * {@link System#exit}; every exception becomes an {@link ExitCode} here.
 */
public final class Main {
    /**
     * github-api logs each retry at INFO through java.util.logging, which prints to stderr by default; the
     * commands report the outcome themselves, so only its warnings are kept. Held here so that the setting
     * is not collected with the logger.
     */
    private static final java.util.logging.Logger GITHUB_API_LOG = java.util.logging.Logger.getLogger("org.kohsuke.github");

    private Main() {}

    public static void main(String[] args) {
        GITHUB_API_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Invocation invocation = new Invocation(out, err, System.getenv(), Path.of("").toAbsolutePath(),
                System.console() != null);
        int code = execute(args, invocation, Engine.standard());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line without touching process globals; returns the exit code. */
    static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workDir) {
        return execute(args, new Invocation(out, err, env, workDir, false), Engine.standard());
    }

    static int execute(String[] args, Invocation invocation, Engine engine) {
        CommandLine cl = commandLine(invocation, engine);
        return cl.execute(args);
    }

    static CommandLine commandLine(Invocation invocation, Engine engine) {
        CommandLine cl = new CommandLine(new TopCommand(invocation));
        cl.addSubcommand(new CommandLine(new RunCommand(invocation, engine)));
        cl.addSubcommand(new CommandLine(new ImportCommand(invocation, engine)));
        cl.addSubcommand(new CommandLine(new CompareCommand(invocation)));
        cl.addSubcommand(new CommandLine(new AbCommand(invocation)));
        cl.addSubcommand(new CommandLine(new ReportCommand(invocation)));
        cl.addSubcommand(new CommandLine(new CiCommand(invocation, engine)));
        cl.addSubcommand(new CommandLine(new PublishCommand(invocation)));
        cl.addSubcommand(new CommandLine(new SystemsCommand(invocation)));
        cl.addSubcommand(new CommandLine(new SuitesCommand(invocation)));
        cl.addSubcommand(new CommandLine(new MergeCommand(invocation)));
        CommandLine history = new CommandLine(new HistoryCommand(invocation));
        history.addSubcommand(new CommandLine(new HistoryListCommand(invocation)));
        history.addSubcommand(new CommandLine(new HistoryShowCommand(invocation, engine)));
        history.addSubcommand(new CommandLine(new HistoryTrendCommand(invocation, engine)));
        history.addSubcommand(new CommandLine(new HistoryHtmlCommand(invocation)));
        history.addSubcommand(new CommandLine(new HistoryMergeCommand(invocation)));
        history.addSubcommand(new CommandLine(new HistoryPruneCommand(invocation)));
        history.addSubcommand(new CommandLine(new HistoryImportGabCommand(invocation, engine)));
        history.addSubcommand(new CommandLine(new HistoryAddCommand(invocation)));
        CommandLine baseline = new CommandLine(new HistoryBaselineCommand(invocation));
        baseline.addSubcommand(new CommandLine(new HistoryBaselineCommand.Save(invocation)));
        baseline.addSubcommand(new CommandLine(new HistoryBaselineCommand.ListBaselines(invocation)));
        history.addSubcommand(baseline);
        history.addSubcommand(new CommandLine(new HistoryPushCommand(invocation)));
        history.addSubcommand(new CommandLine(new HistoryPullCommand(invocation)));
        cl.addSubcommand(history);
        cl.setOut(new PrintWriter(invocation.out(), true));
        cl.setErr(new PrintWriter(invocation.err(), true));
        cl.setDefaultValueProvider(new Defaults());
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("caxton-bench: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
            w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            w.flush();
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter w = commandLine.getErr();
            if (e instanceof UsageException || e instanceof BaselineException) {
                // a baseline's message quotes what the user typed and the history holds
                w.println("caxton-bench: " + (e instanceof BaselineException ? TerminalText.sanitize(e.getMessage())
                        : e.getMessage()));
                w.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
                w.flush();
                return ExitCode.USAGE.code();
            }
            if (e instanceof HistoryFormatException h) {
                w.println("caxton-bench: " + (h.problems().size() == 1 ? "a problem" : h.problems().size() + " problems")
                        + " with the history (nothing was changed):");
                for (HistoryProblem p : h.problems()) {
                    w.println("  " + HistoryCommand.describe(invocation, p));
                }
                if (commandLine.getCommandSpec().findOption("--lenient") != null) {
                    w.println("Fix the lines above, or pass --lenient to skip malformed rows with a warning each (exit 1).");
                } else {
                    w.println("Fix the lines above (exit 1).");
                }
                w.flush();
                return ExitCode.POLICY_FAILURE.code();
            }
            if (e instanceof dev.caxton.bench.ab.AbException ab) {
                w.println("caxton-bench: " + TerminalText.sanitize(String.valueOf(ab.getMessage())) + " (exit 1).");
                w.flush();
                return ExitCode.POLICY_FAILURE.code();
            }
            if (e instanceof HistoryBranchException b) {
                ExitCode code = exitCode(b.kind());
                w.println("caxton-bench: " + TerminalText.sanitize(String.valueOf(b.getMessage())) + " (exit " + code.code()
                        + ").");
                w.flush();
                return code.code();
            }
            if (e instanceof UncheckedIOException io) {
                w.println("caxton-bench: " + TerminalText.sanitize(String.valueOf(io.getMessage())) + " (exit 3).");
                w.flush();
                return ExitCode.INTERNAL.code();
            }
            w.println("caxton-bench: internal error: " + e);
            e.printStackTrace(w);
            w.println("Please report this with the command line you ran.");
            w.flush();
            return ExitCode.INTERNAL.code();
        });
        return cl;
    }

    /** A setup the user must fix (no git, no repository, no remote) is a usage error; a refusal is a failure. */
    static ExitCode exitCode(HistoryBranchException.Kind kind) {
        return switch (kind) {
            case NO_GIT, NOT_A_REPOSITORY, NO_REMOTE -> ExitCode.USAGE;
            case AUTHENTICATION, TOO_MANY_REJECTIONS, FAILED -> ExitCode.POLICY_FAILURE;
        };
    }
}
