package dev.caxton.bench.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import dev.caxton.bench.model.MetricId;

/**
 * Finds the metric a user names on the command line: by its canonical id
 * ({@code agent/request_latency/p50}) or, when that is unique, by the name the tables print without
 * the suite ({@code request_latency/p50}). An unknown name is a usage error listing the nearest
 * known metrics.
 */
final class MetricLookup {
    private static final int NEAREST = 5;

    private MetricLookup() {}

    /** The metrics {@link #find} may return for {@code name}: its canonical id, or its name without the suite. */
    static java.util.function.Predicate<MetricId> candidates(String name) {
        String wanted = name.strip();
        return m -> m.canonical().equals(wanted) || SummaryTable.metricName(m).equals(wanted);
    }

    static MetricId find(SortedSet<MetricId> metrics, String name) {
        String wanted = name.strip();
        for (MetricId m : metrics) {
            if (m.canonical().equals(wanted)) {
                return m;
            }
        }
        List<MetricId> bySuffix = metrics.stream().filter(m -> SummaryTable.metricName(m).equals(wanted)).toList();
        if (bySuffix.size() == 1) {
            return bySuffix.get(0);
        }
        if (bySuffix.size() > 1) {
            throw new UsageException("'" + TerminalText.sanitize(wanted) + "' is a metric of several suites; name one: "
                    + String.join(", ", bySuffix.stream().map(m -> TerminalText.sanitize(m.canonical())).toList()));
        }
        if (metrics.isEmpty()) {
            throw new UsageException("The history holds no metric yet, so it has no '" + TerminalText.sanitize(wanted)
                    + "'. Run 'caxton-bench run' or 'caxton-bench import' to add runs");
        }
        List<String> near = nearest(metrics, wanted);
        throw new UsageException("No metric '" + TerminalText.sanitize(wanted) + "' in the history. Nearest: "
                + String.join(", ", near) + ". 'caxton-bench history trend' lists every metric");
    }

    /** The known metrics closest to {@code wanted}: those containing it first, then by edit distance. */
    static List<String> nearest(SortedSet<MetricId> metrics, String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return metrics.stream().map(MetricId::canonical)
                .sorted(Comparator.<String>comparingInt(c -> c.toLowerCase(Locale.ROOT).contains(w) ? 0 : 1)
                        .thenComparingInt(c -> Math.min(distance(c.toLowerCase(Locale.ROOT), w),
                                distance(SummaryTable.metricName(MetricId.parse(c)).toLowerCase(Locale.ROOT), w)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(NEAREST).map(TerminalText::sanitize).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
