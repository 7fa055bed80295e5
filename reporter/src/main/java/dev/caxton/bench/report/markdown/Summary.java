package dev.caxton.bench.report.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.target.Grade;

/** The summary lines of a report: the headline, the targets, the biggest improvement and the counts. */
final class Summary {
    private Summary() {}

    static List<String> lines(Comparison c, Flavour flavour) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(c, flavour));
        targets(c, flavour).ifPresent(lines::add);
        c.biggestImprovement().ifPresent(m -> lines.add(flavour.labelled("📈", "Biggest improvement: "
                + flavour.escape(Cells.name(m.id()), Cells.NAME_LIMIT) + ", " + Cells.change(m))));
        if (!c.metrics().isEmpty()) {
            lines.add(flavour.labelled("🧮", counts(c)));
        }
        return lines;
    }

    /** All new, no regressions, or how many regressions and how many of them are critical. */
    static String headline(Comparison c, Flavour flavour) {
        int n = c.metrics().size();
        if (n == 0) {
            return flavour.labelled("⚪", "No metrics to report");
        }
        if (c.baseline().isEmpty()) {
            return flavour.labelled("🆕", "No baseline to compare with: " + (n == 1 ? "the metric is" : "all " + n
                    + " metrics are") + " new");
        }
        if (c.count(Verdict.MISSING) == n) {
            return flavour.labelled("➖", "Every metric of the baseline is missing from this run (" + n + ")");
        }
        List<MetricComparison> regressions = c.regressions();
        long unverified = c.count(Verdict.UNVERIFIED);
        // a change beyond the threshold with neither samples nor history may be noise: it is said, never counted
        String doubt = unverified == 0 ? "" : "; " + count(unverified, "change", "changes") + " beyond the threshold "
                + (unverified == 1 ? "is" : "are") + " unverified: no samples or history to tell "
                + (unverified == 1 ? "it" : "them") + " from noise (measure repetitions, run caxton-bench ab, or build "
                + "more history)";
        if (regressions.isEmpty()) {
            // "no change" is honest only with what it could have seen
            String seen = c.medianDetectable().isPresent() ? "; it could have seen changes of "
                    + Cells.percent(c.medianDetectable().getAsDouble()).substring(1) + " or more (the median over "
                    + count(c.countDetectable(), "metric", "metrics") + ")" : "";
            return unverified == 0 ? flavour.labelled("✅", "No regressions" + seen)
                    : flavour.labelled("❓", "No verified regressions" + seen + doubt);
        }
        long critical = regressions.stream().filter(MetricComparison::critical).count();
        return flavour.labelled("🔴", count(regressions.size(), "regression", "regressions")
                + (critical > 0 ? " (" + critical + " critical)" : "") + " against the baseline" + doubt);
    }

    /** All targets met, or how many graded metrics miss their target; empty without grades. */
    static Optional<String> targets(Comparison c, Flavour flavour) {
        List<Grade> grades = c.metrics().stream().flatMap(m -> m.currentGrade().stream()).toList();
        if (grades.isEmpty()) {
            return Optional.empty();
        }
        long missed = grades.stream().filter(g -> g != Grade.TARGET).count();
        if (missed == 0) {
            return Optional.of(flavour.labelled("✅", "All performance targets met (" + count(grades.size(),
                    "graded metric", "graded metrics") + ")"));
        }
        List<String> parts = new ArrayList<>();
        for (Grade g : List.of(Grade.ACCEPTABLE, Grade.CRITICAL, Grade.FAILING)) {
            long k = grades.stream().filter(x -> x == g).count();
            if (k > 0) {
                parts.add(k + " " + g.label());
            }
        }
        return Optional.of(flavour.labelled("⚠️", missed + " of " + count(grades.size(), "graded metric", "graded metrics")
                + " " + (missed == 1 ? "misses its" : "miss their") + " target (" + String.join(", ", parts) + ")"));
    }

    /** {@code 12 metrics: 2 improved, 1 regressed, 9 unchanged}, naming only the verdicts that occur. */
    static String counts(Comparison c) {
        List<String> parts = new ArrayList<>();
        for (Verdict v : List.of(Verdict.REGRESSION, Verdict.IMPROVEMENT, Verdict.NO_CHANGE, Verdict.INCONCLUSIVE,
                Verdict.UNVERIFIED, Verdict.NEW, Verdict.MISSING)) {
            long k = c.count(v);
            if (k > 0) {
                parts.add(k + " " + switch (v) {
                    case REGRESSION -> "regressed";
                    case IMPROVEMENT -> "improved";
                    case NO_CHANGE -> "unchanged";
                    case INCONCLUSIVE -> "inconclusive";
                    case UNVERIFIED -> "unverified";
                    case NEW -> "new";
                    case MISSING -> "missing";
                });
            }
        }
        long worse = c.metrics().stream().filter(m -> m.verdict() != Verdict.REGRESSION && m.gradeWorsened()).count();
        if (worse > 0) {
            parts.add(worse + " with a worse grade");
        }
        return count(c.metrics().size(), "metric", "metrics") + ": " + String.join(", ", parts);
    }

    /** {@code 1 regression}, {@code 3 regressions}. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code 65,536}: grouped by commas whatever the locale. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
