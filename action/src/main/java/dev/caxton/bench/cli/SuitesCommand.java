package dev.caxton.bench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.caxton.bench.suite.Benchmark;
import dev.caxton.bench.suite.Suite;
import dev.caxton.bench.suite.SuiteRunner;
import picocli.CommandLine.Command;

/** {@code caxton-bench suites}: the registered suites, what each is, and its benchmarks. */
@Command(name = "suites", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the benchmark suites (--suite NAME) and their benchmarks (--include/--exclude).")
final class SuitesCommand implements Callable<Integer> {
    private final Invocation invocation;

    SuitesCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        List<Suite> suites = SuiteRunner.suites();
        if (suites.isEmpty()) {
            invocation.out().println("No suites are registered.");
            return ExitCode.OK.code();
        }
        int width = suites.stream().mapToInt(s -> TerminalText.width(TerminalText.sanitize(s.name()))).max().orElse(0);
        for (Suite s : suites) {
            invocation.out().println(TerminalText.padRight(TerminalText.sanitize(s.name()), width) + "   "
                    + TerminalText.sanitize(s.description()));
            String benchmarks = s.benchmarks().stream().map(Benchmark::name).map(TerminalText::sanitize)
                    .collect(Collectors.joining(", "));
            invocation.out().println(" ".repeat(width) + "   benchmarks: " + benchmarks);
        }
        return ExitCode.OK.code();
    }
}
