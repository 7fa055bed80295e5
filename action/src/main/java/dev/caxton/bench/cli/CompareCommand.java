package dev.caxton.bench.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.history.BaselineSelector;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.history.History;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.report.markdown.ReportOptions;
import dev.caxton.bench.report.markdown.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code caxton-bench compare}: the comparison of a run with its baseline, as a table on stdout. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Compares a run with its baseline and prints the verdict of every metric: regression, improvement, "
                + "no change, inconclusive (the noise is larger than the change), unverified (beyond the threshold with "
                + "neither samples nor history to measure the noise: never a regression), new or missing.",
                "A change counts only beyond the metric's threshold (10% unless the configuration file says otherwise) "
                        + "and beyond the noise: the samples on both sides when there are some, else the baseline "
                        + "branch's recent runs in the history."},
        footer = {"", "Exit codes: 0 ok; 1 --fail-on calls the comparison a failure, or the history is malformed; "
                + "2 usage error (an unknown run or baseline, or a baseline of another kind without --force-baseline); "
                + "3 internal error."})
final class CompareCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Mixin
    ComparisonOptions options = new ComparisonOptions();

    CompareCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        ComparisonFlow.Outcome outcome = compare(invocation, options);
        invocation.out().print(TextReport.render(Reports.input(outcome, Optional.empty()),
                ReportOptions.defaults().withColour(invocation.style() == Style.COLOUR)));
        invocation.out().println();
        invocation.out().println(Reports.summaryLine(outcome));
        invocation.out().flush();
        return verdict(invocation, options.failOn, outcome.comparison());
    }

    /** Reads the history and configuration and compares the chosen run with its baseline. */
    static ComparisonFlow.Outcome compare(Invocation invocation, ComparisonOptions options) {
        History history = HistoryCommand.open(invocation, options.historyFile(invocation), options.lenient);
        ComparisonFlow.Options settings = options.options(invocation);
        Run current = options.current(invocation, history, GitIdentity.detect(invocation));
        ComparisonFlow flow = options.flow(history, invocation);
        return flow.compare(current, flow.context(options.baseline, new BaselineSelector.Push()), settings);
    }

    /** 1 with the regressions on stderr when the policy fails the comparison, else 0. */
    static int verdict(Invocation invocation, FailPolicy failOn, Comparison comparison) {
        if (!failOn.failsOn(comparison)) {
            return ExitCode.OK.code();
        }
        invocation.err().println("caxton-bench: --fail-on=" + failOn.label() + " and the comparison found "
                + comparison.regressions().size() + " regression(s) (exit 1):");
        invocation.err().print(Reports.regressionLines(comparison));
        return ExitCode.POLICY_FAILURE.code();
    }
}
