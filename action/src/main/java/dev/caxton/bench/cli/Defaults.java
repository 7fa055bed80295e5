package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.compare.BenchConfig;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.target.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of every option, in one place: the library's {@link RunRequest#defaults()} (agent
 * suite, quick profile, reference runtime), the importer's {@link ImportOptions#defaults()} (units of
 * HdrHistogram logs) and the CLI's own (output folder, targets file, policy).
 */
final class Defaults implements CommandLine.IDefaultValueProvider {
    /** Where run files and the targets file live, relative to the working directory (see {@link OutputLayout}). */
    static final Path OUTPUT = OutputLayout.DEFAULT.root();
    static final FailPolicy FAIL_ON = FailPolicy.ERROR;
    /** {@code ci}'s default: a critical regression (beyond the fail threshold) or a failed benchmark fails the job. */
    static final FailPolicy CI_FAIL_ON = FailPolicy.CRITICAL;
    /** The commands that only compare runs already made: they fail by --fail-on only when asked. */
    static final java.util.Set<String> COMPARING = java.util.Set.of("compare", "report");
    /** The history file of the {@code history} commands; {@code run} and {@code import} use the one of their output folder. */
    static final Path HISTORY = OutputLayout.DEFAULT.history();
    /** How many runs {@code history show} and {@code history trend} show. */
    static final int HISTORY_LAST = 20;
    /** How many metrics the summary table of {@code run} and {@code import} lists; the grades count them all. */
    static final int SUMMARY_METRICS = 200;

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        RunRequest run = RunRequest.defaults();
        boolean history = option.command().qualifiedName().contains(" history ");
        return switch (option.longestName()) {
            case "--suite" -> history ? null : run.suite(); // the history commands show every suite by default
            case "--profile" -> history ? null : run.profile().label(); // the history commands: every profile
            case "--system" -> history ? null : run.system(); // and every system, each its own series
            case "--output" -> OUTPUT.toString();
            case "--parallelism" -> Integer.toString(AgentSystemConfig.defaults().parallelism());
            case "--fail-on" -> COMPARING.contains(option.command().name()) ? FailPolicy.NEVER.label()
                    : ciDefault(option.command().name(), FAIL_ON.label());
            case "--hlog-unit" -> ImportOptions.defaults().histogramLogUnit().label();
            case "--history" -> history ? HISTORY.toString() : null;
            case "--last" -> option.command().name().equals("html") ? null : Integer.toString(HISTORY_LAST); // html: every run
            case "--baseline" -> "auto";
            default -> null;
        };
    }

    /** {@code ci}'s own default of --fail-on; none for {@code publish}, which keeps the verdict ci wrote. */
    private static String ciDefault(String command, String otherwise) {
        return switch (command) {
            case "ci" -> CI_FAIL_ON.label();
            case "publish" -> null;
            default -> otherwise;
        };
    }

    /**
     * The history file of {@code run} and {@code import}: the one given with {@code --history}, else
     * {@code history.csv} in the output folder; none with {@code --no-history}.
     */
    static Optional<Path> historyFile(Invocation invocation, Optional<Path> given, boolean none, Path outDir) {
        if (none) {
            if (given.isPresent()) {
                throw new UsageException("--history and --no-history contradict each other; give one of them");
            }
            return Optional.empty();
        }
        return Optional.of(given.map(invocation::resolve).orElse(new OutputLayout(outDir).history()));
    }

    /**
     * The comparison settings of {@link #benchConfig}, with every metric's threshold set to {@code threshold}
     * when one is given ({@code --threshold}).
     */
    static dev.caxton.bench.compare.ComparisonSettings settings(Invocation invocation, Optional<Path> given, Path dir,
                                                               Optional<Double> threshold) {
        dev.caxton.bench.compare.ComparisonSettings s = benchConfig(invocation, given, dir).settings();
        if (threshold.isEmpty()) {
            return s;
        }
        return new dev.caxton.bench.compare.ComparisonSettings(s.thresholds().withThreshold("*", threshold.get()),
                s.targets(), s.alpha(), s.bootstrapResamples(), s.seed(), s.noiseMads());
    }

    /**
     * The targets and thresholds of the configuration file that {@link #targetsFile} finds, or the defaults
     * without one; a line that does not fit is a usage error naming the file, the line and the form expected.
     */
    static BenchConfig benchConfig(Invocation invocation, Optional<Path> given, Path dir) {
        Optional<Path> file = targetsFile(invocation, given, dir);
        try {
            return file.map(BenchConfig::load).orElseGet(BenchConfig::defaults);
        } catch (ConfigException e) {
            throw new UsageException(TerminalText.sanitize(e.getMessage()), e);
        }
    }

    /**
     * The targets file of {@code run} and {@code import}: the one given with {@code --targets} (which must
     * exist), else {@code targets.conf} in the output folder when it exists, else none (the default tiers).
     */
    static Optional<Path> targetsFile(Invocation invocation, Optional<Path> given, Path outDir) {
        if (given.isPresent()) {
            Path file = invocation.resolve(given.get());
            if (!Files.isRegularFile(file)) {
                throw new UsageException("The targets file " + invocation.show(file) + " does not exist. "
                        + "Give an existing file to --targets, or leave it out to use the default targets");
            }
            return Optional.of(file);
        }
        Path standard = new OutputLayout(outDir).targets();
        return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }
}
