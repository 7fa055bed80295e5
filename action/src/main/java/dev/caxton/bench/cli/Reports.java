package dev.caxton.bench.cli;

import java.util.Optional;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.history.ComparisonFlow;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.report.markdown.ReportInput;
import dev.caxton.bench.report.markdown.ReportOptions;

/** What the commands that compare put into a report, and the one-line summary they print. */
final class Reports {
    private Reports() {}

    /**
     * The longest report file: a file is not a comment, so it keeps every row up to the size of GitHub's job
     * summary (1 MiB); the comment made from it is cut to GitHub's comment limit.
     */
    static final int FILE_LIMIT = 1_000_000;

    /** Options for a report file: every row (up to {@link #FILE_LIMIT}), bundled or custom templates. */
    static ReportOptions fileOptions() {
        return ReportOptions.defaults().withCharacterLimit(FILE_LIMIT);
    }

    static ReportInput input(ComparisonFlow.Outcome outcome, Optional<String> fullReportLocation) {
        RunInfo c = outcome.current().info();
        return new ReportInput(outcome.comparison(), c.suite(), outcome.selection().reason(), outcome.trends(),
                reproduce(c), fullReportLocation);
    }

    /** The command that repeats the run on a developer's machine. */
    static String reproduce(RunInfo run) {
        if (run.profile().measured().isEmpty()) {
            return "./caxton-bench import <the result files> && ./caxton-bench compare";
        }
        return "./caxton-bench run --suite " + run.suite() + " --profile " + run.profile() + " --system "
                + run.system() + " && ./caxton-bench compare";
    }

    /** {@code 2 regressions, 1 improvement, 40 unchanged, 3 inconclusive, 1 new, 0 missing (baseline: ...)}. */
    static String summaryLine(ComparisonFlow.Outcome outcome) {
        Comparison c = outcome.comparison();
        if (c.baseline().isEmpty()) {
            return "No baseline: " + TerminalText.sanitize(outcome.selection().reason()) + "; all "
                    + c.metrics().size() + " metrics are new.";
        }
        long worse = c.regressions().size();
        return worse + (worse == 1 ? " regression, " : " regressions, ")
                + c.improvements().size() + (c.improvements().size() == 1 ? " improvement, " : " improvements, ")
                + c.count(Verdict.NO_CHANGE) + " unchanged, " + c.count(Verdict.INCONCLUSIVE) + " inconclusive, "
                + (c.count(Verdict.UNVERIFIED) == 0 ? "" : c.count(Verdict.UNVERIFIED) + " unverified, ")
                + c.count(Verdict.NEW) + " new, " + c.count(Verdict.MISSING) + " missing; baseline "
                + TerminalText.sanitize(outcome.selection().reason());
    }

    /** The regressions, one line each with the metric's full id, for stderr when --fail-on fails. */
    static String regressionLines(Comparison c) {
        StringBuilder sb = new StringBuilder();
        for (MetricComparison m : c.regressions()) {
            sb.append("  ").append(TerminalText.sanitize(m.id().canonical())).append(": ")
                    .append(TerminalText.sanitize(m.reason())).append('\n');
        }
        return sb.toString();
    }
}
