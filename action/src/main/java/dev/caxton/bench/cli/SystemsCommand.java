package dev.caxton.bench.cli;

import java.util.List;
import java.util.concurrent.Callable;

import dev.caxton.bench.agent.AgentSystemProvider;
import dev.caxton.bench.agent.AgentSystems;
import picocli.CommandLine.Command;

/** {@code caxton-bench systems}: the registered agent systems, with what each is. */
@Command(name = "systems", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the agent systems that can be benchmarked (--system NAME).")
final class SystemsCommand implements Callable<Integer> {
    private final Invocation invocation;

    SystemsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        List<AgentSystemProvider> providers = AgentSystems.providers();
        if (providers.isEmpty()) {
            invocation.out().println("No agent systems are registered.");
            return ExitCode.OK.code();
        }
        int width = providers.stream().mapToInt(p -> TerminalText.width(TerminalText.sanitize(p.name()))).max().orElse(0);
        for (AgentSystemProvider p : providers) {
            invocation.out().println(TerminalText.padRight(TerminalText.sanitize(p.name()), width) + "   "
                    + TerminalText.sanitize(p.description()));
        }
        return ExitCode.OK.code();
    }
}
