package dev.caxton.bench.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code caxton-bench}: without a subcommand, prints the usage and exits with 2. */
@Command(name = "caxton-bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Continuous performance benchmarking of agent systems.",
        footer = {"", "Exit codes: 0 ok, 1 failure by policy (run --fail-on), a file that could not be imported, a run "
                + "that could not be added to the history, or a malformed history; 2 usage error, 3 internal error."})
final class TopCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Spec
    private CommandSpec spec;

    TopCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        invocation.err().println("caxton-bench: a command is required.");
        spec.commandLine().usage(invocation.err());
        return ExitCode.USAGE.code();
    }
}
