package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.HistoryProblem;
import dev.caxton.bench.history.HistoryPrune;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history prune --keep-last N | --since DATE [--branch B]}: removes old runs, atomically. */
@Command(name = "prune", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Removes whole runs from the history: all but the newest N, or those that started before DATE. "
                + "The file is replaced atomically (a new file, then a rename); appends wait for it.",
                "With --branch, only that branch's runs are removed (and counted by --keep-last).",
                "The histogram logs of the removed runs (histograms/<run-id>.hlog beside the history) are deleted "
                        + "after the new file is in place."})
final class HistoryPruneCommand implements Callable<Integer> {
    private final Invocation invocation;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Rule rule;

    static final class Rule {
        @Option(names = "--keep-last", paramLabel = "N", required = true, description = "Keeps the newest N runs.")
        Integer keepLast;

        @Option(names = "--since", paramLabel = "DATE", required = true, converter = DateConverter.class,
                description = "Keeps the runs that started on or after DATE: 2026-01-31 (midnight UTC) or "
                        + "2026-01-31T12:00:00Z.")
        Instant since;
    }

    @Option(names = "--branch", paramLabel = "B", description = "Only runs on this branch are removed.")
    Optional<String> branch = Optional.empty();

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    HistoryPruneCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path f = file.file(invocation);
        if (!Files.isRegularFile(f)) {
            throw new UsageException("The history " + invocation.show(f) + " does not exist; give it with --history FILE");
        }
        HistoryPrune.Rule r;
        try {
            r = rule.keepLast != null ? new HistoryPrune.KeepLast(rule.keepLast) : new HistoryPrune.Since(rule.since);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        HistoryPrune.Result result = HistoryPrune.prune(f, r, branch);
        for (HistoryProblem w : result.warnings()) {
            invocation.err().println("caxton-bench: warning: " + HistoryCommand.describe(invocation, w));
        }
        invocation.out().println("Pruned " + invocation.show(f) + ": removed " + result.runsRemoved()
                + (result.runsRemoved() == 1 ? " run (" : " runs (") + result.rowsRemoved() + " rows), kept "
                + result.runsKept() + (result.runsKept() == 1 ? " run (" : " runs (") + result.rowsKept() + " rows).");
        int logs = result.histogramLogsDeleted().size();
        if (logs > 0) {
            invocation.out().println("Deleted the histogram " + (logs == 1 ? "log" : "logs") + " of " + logs
                    + (logs == 1 ? " removed run" : " removed runs") + " from "
                    + invocation.show(result.histogramLogsDeleted().get(0).getParent()) + ".");
        }
        invocation.out().flush();
        return ExitCode.OK.code();
    }

    static final class DateConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; give 2026-01-31 (midnight "
                        + "UTC) or 2026-01-31T12:00:00Z");
            }
        }
    }
}
