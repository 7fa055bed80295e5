package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.HistoryMerge;
import dev.caxton.bench.history.HistoryProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history merge A B [--out C]}: the union of two histories, written atomically. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Merges two histories: the union of their rows by (run id, metric id), ordered by run time, "
                + "written to a new file that then replaces --out (default: A).",
                "Rows that are equal in both are kept once; a row with two different contents is a conflict, "
                        + "listed with both lines, and nothing is written.",
                "The histogram logs beside A and B (histograms/<run-id>.hlog) go beside C: copied, kept once when "
                        + "equal, joined when they hold different metrics of one run; two different distributions "
                        + "of one metric in one run are a conflict."})
final class HistoryMergeCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "A", description = "A history file.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Another history file.")
    Path b;

    @Option(names = "--out", paramLabel = "C", description = "Where the merged history goes (default: A).")
    Optional<Path> out = Optional.empty();

    HistoryMergeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path fa = invocation.resolve(a);
        Path fb = invocation.resolve(b);
        for (Path p : new Path[] {fa, fb}) {
            if (!Files.isRegularFile(p)) {
                throw new UsageException(invocation.show(p) + " does not exist or is not a file; give two history files");
            }
        }
        Path fc = out.map(invocation::resolve).orElse(fa);
        HistoryMerge.Result r = HistoryMerge.merge(fa, fb, fc);
        for (HistoryProblem w : r.warnings()) {
            invocation.err().println("caxton-bench: warning: " + HistoryCommand.describe(invocation, w));
        }
        invocation.out().println("Merged " + invocation.show(fa) + " and " + invocation.show(fb) + " into "
                + invocation.show(fc) + ": " + r.runs() + (r.runs() == 1 ? " run, " : " runs, ") + r.rows()
                + (r.rows() == 1 ? " row" : " rows") + " (" + r.duplicatesCollapsed() + " in both).");
        int logs = r.histogramLogsWritten().size();
        if (logs > 0) {
            invocation.out().println("Copied or joined " + logs + " histogram " + (logs == 1 ? "log" : "logs") + " into "
                    + invocation.show(r.histogramLogsWritten().get(0).getParent()) + ".");
        }
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
