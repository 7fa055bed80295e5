package dev.caxton.bench.report.actions;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;

/**
 * The step outputs of a benchmark comparison, named for later steps:
 * <ul>
 *   <li>{@code verdict}: {@code regression}, {@code improvement}, {@code no-change} or {@code no-baseline}</li>
 *   <li>{@code regressions}, {@code improvements}: counts of metrics</li>
 *   <li>{@code failed}: {@code true} when the fail policy fails the job</li>
 *   <li>{@code report_path}: the Markdown report file</li>
 *   <li>{@code comment_url}: the pull-request comment, empty when none was written</li>
 * </ul>
 */
public record BenchOutputs(Outcome verdict, int regressions, int improvements, boolean failed, Path reportPath,
                           Optional<URI> commentUrl) {
    public BenchOutputs {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reportPath, "reportPath");
        Objects.requireNonNull(commentUrl, "commentUrl");
        if (regressions < 0 || improvements < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: regressions=" + regressions
                    + ", improvements=" + improvements);
        }
    }

    /** The one-word verdict of a whole comparison. */
    public enum Outcome {
        REGRESSION("regression"),
        IMPROVEMENT("improvement"),
        NO_CHANGE("no-change"),
        NO_BASELINE("no-baseline");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Regression when any metric regressed; else improvement when any improved; no-baseline without one. */
        public static Outcome of(Comparison comparison) {
            if (!comparison.regressions().isEmpty()) {
                return REGRESSION;
            }
            if (!comparison.improvements().isEmpty()) {
                return IMPROVEMENT;
            }
            return comparison.baseline().isEmpty() ? NO_BASELINE : NO_CHANGE;
        }
    }

    /** The outputs of {@code comparison} judged by {@code policy}. */
    public static BenchOutputs of(Comparison comparison, FailPolicy policy, Path reportPath, Optional<URI> commentUrl) {
        return new BenchOutputs(Outcome.of(comparison), comparison.regressions().size(),
                comparison.improvements().size(), comparison.fails(policy), reportPath, commentUrl);
    }

    /** Name to value, in a fixed order, for {@link StepOutputs#append}. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("verdict", verdict.label());
        map.put("regressions", Integer.toString(regressions));
        map.put("improvements", Integer.toString(improvements));
        map.put("failed", Boolean.toString(failed));
        map.put("report_path", reportPath.toString());
        map.put("comment_url", commentUrl.map(URI::toString).orElse(""));
        return map;
    }
}
