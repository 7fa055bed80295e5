package dev.caxton.bench.cli;

import java.nio.file.Path;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.suite.RunRequest;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of every option, in one place: the library's {@link RunRequest#defaults()} (agent
 * suite, quick profile, reference runtime) and the CLI's own (output folder, targets file, policy).
 */
final class Defaults implements CommandLine.IDefaultValueProvider {
    /** Where run files and the targets file live, relative to the working directory. */
    static final Path OUTPUT = Path.of(".caxton-bench");
    /** The targets file read from the output folder when it exists and {@code --targets} is not given. */
    static final String TARGETS_FILE = "targets.conf";
    static final FailOn FAIL_ON = FailOn.ERROR;

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        RunRequest run = RunRequest.defaults();
        return switch (option.longestName()) {
            case "--suite" -> run.suite();
            case "--profile" -> run.profile().label();
            case "--system" -> run.system();
            case "--output" -> OUTPUT.toString();
            case "--parallelism" -> Integer.toString(AgentSystemConfig.defaults().parallelism());
            case "--fail-on" -> FAIL_ON.label();
            default -> null;
        };
    }
}
