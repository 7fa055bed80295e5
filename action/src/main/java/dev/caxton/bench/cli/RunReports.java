package dev.caxton.bench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.compare.BenchConfig;
import dev.caxton.bench.history.BaselineSelector;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.history.History;
import dev.caxton.bench.history.HistoryFormatException;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.report.markdown.MarkdownReport;

/**
 * What {@code run} does after appending its runs to the history: compare each with its automatic
 * baseline (the previous run of the same suite, system, profile and shard on the branch) and write the Markdown report,
 * {@code report.md} in the output folder ({@code report-<system>.md} for each system when there are
 * several). A problem here never fails the run: the run files and the history are already written.
 */
final class RunReports {
    private RunReports() {}

    static List<ComparisonFlow.Outcome> compareAndWrite(Invocation invocation, Path historyFile, Path outDir,
                                                        List<Run> runs, Optional<Path> configFile) {
        List<ComparisonFlow.Outcome> outcomes = new ArrayList<>();
        History history;
        BenchConfig config;
        try {
            history = History.open(historyFile);
            config = configFile.map(BenchConfig::load).orElseGet(BenchConfig::defaults);
        } catch (HistoryFormatException | UncheckedIOException | IllegalArgumentException e) {
            invocation.err().println("caxton-bench: no comparison was made: " + TerminalText.sanitize(e.getMessage()));
            return outcomes;
        }
        OutputLayout layout = new OutputLayout(outDir);
        ComparisonFlow flow = ComparisonFlow.of(history, HistoryBaselineCommand.baselines(historyFile), layout.runs());
        for (Run run : runs) {
            ComparisonFlow.Outcome outcome = flow.compare(run, new BaselineSelector.Push(),
                    ComparisonFlow.Options.defaults(config.settings()));
            Path file = runs.size() == 1 ? layout.markdownReport() : layout.markdownReport(run.info().system());
            String markdown = MarkdownReport.render(Reports.input(outcome, Optional.empty()), Reports.fileOptions());
            ReportCommand.write(file, markdown);
            String who = runs.size() == 1 ? "" : TerminalText.sanitize(run.info().system()) + ": ";
            invocation.out().println("Compared: " + who + Reports.summaryLine(outcome));
            invocation.out().println("Report: " + invocation.show(file));
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
