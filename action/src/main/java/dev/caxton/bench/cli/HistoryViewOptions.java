package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.history.History;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options {@code history show} and {@code history trend} share: branch, environment, window and
 * targets. By default a view shows the environment of the newest matching run only, so that values
 * measured on different machines are not drawn as one line.
 */
final class HistoryViewOptions {
    @Option(names = "--branch", paramLabel = "B", description = "Only runs on this branch.")
    Optional<String> branch = Optional.empty();

    @ArgGroup(exclusive = true)
    Environment environment;

    static final class Environment {
        @Option(names = "--environment", paramLabel = "FP", required = true,
                description = "Only runs in this environment fingerprint (default: the newest matching run's).")
        Optional<String> fingerprint;

        @Option(names = "--any-environment", required = true, description = "Runs in every environment.")
        boolean any;
    }

    @Option(names = "--last", paramLabel = "N", description = "How many runs to show (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Overrides of the default targets (default: targets.conf beside the history, if it exists).")
    Optional<Path> targets = Optional.empty();

    int last() {
        if (last < 1) {
            throw new UsageException("--last takes a number of runs, 1 or more; got " + last);
        }
        return last;
    }

    Grading grading(Invocation invocation, Engine engine, Path history) {
        return engine.grading(Defaults.targetsFile(invocation, targets, HistoryCommand.folder(history)));
    }

    /**
     * The filter with the environment resolved: the one given, none with {@code --any-environment},
     * else the newest run's that passes {@code base}.
     */
    HistoryView.Filter filter(History history, HistoryView.Filter base) {
        if (environment != null && environment.any) {
            return base;
        }
        if (environment != null && environment.fingerprint.isPresent()) {
            return new HistoryView.Filter(base.branch(), base.suite(), environment.fingerprint);
        }
        return new HistoryView.Filter(base.branch(), base.suite(), HistoryView.newestEnvironment(history, base));
    }

    /** The filters in words for a title: {@code branch main · environment 3f9a…}. */
    static String describe(HistoryView.Filter f) {
        List<String> parts = new ArrayList<>();
        f.suite().ifPresent(s -> parts.add("suite " + s));
        f.branch().ifPresent(b -> parts.add("branch " + b));
        parts.add(f.environment().map(e -> "environment " + e).orElse("any environment"));
        return String.join(" · ", parts);
    }
}
