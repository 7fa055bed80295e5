package dev.caxton.bench.report.markdown;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.model.MetricId;

/**
 * What a report shows. The date comes from the current run's {@link dev.caxton.bench.model.RunInfo}, so a
 * report of the same input is the same text whenever it is rendered.
 *
 * @param comparison         the current run against its baseline
 * @param suiteName          the suite's name, in the title and the comment marker; 1 to
 *                           {@value #SUITE_NAME_LIMIT} characters
 * @param baselineReason     why this baseline was chosen, for example {@code "the newest run on main at or
 *                           before the merge base"}
 * @param trends             each metric's recent values, oldest first (a {@code null} or NaN element is a run
 *                           without the metric); a metric without an entry shows no trend
 * @param reproduceCommand   the command that repeats the run locally, shown in a code block
 * @param fullReportLocation where the full report is (a file path, a job summary URL), named when the
 *                           comment had to be shortened
 */
public record ReportInput(Comparison comparison, String suiteName, String baselineReason,
                          Map<MetricId, List<Double>> trends, String reproduceCommand,
                          Optional<String> fullReportLocation) {
    /** The longest suite name a report accepts. */
    public static final int SUITE_NAME_LIMIT = 200;

    public ReportInput {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(suiteName, "suiteName");
        Objects.requireNonNull(baselineReason, "baselineReason");
        Objects.requireNonNull(trends, "trends");
        Objects.requireNonNull(reproduceCommand, "reproduceCommand");
        Objects.requireNonNull(fullReportLocation, "fullReportLocation");
        if (suiteName.isBlank() || suiteName.length() > SUITE_NAME_LIMIT) {
            throw new IllegalArgumentException("A report's suite name must have 1 to " + SUITE_NAME_LIMIT
                    + " characters, got " + suiteName.length() + " ('" + Flavour.cut(suiteName, 40)
                    + "'); pass the suite's short name");
        }
        TreeMap<MetricId, List<Double>> copy = new TreeMap<>();
        trends.forEach((id, values) -> copy.put(Objects.requireNonNull(id, "trend metric id"),
                Collections.unmodifiableList(new java.util.ArrayList<>(Objects.requireNonNull(values, () -> "trend of " + id)))));
        trends = Collections.unmodifiableMap(copy);
    }

    /** An input without trends and without a full-report location. */
    public static ReportInput of(Comparison comparison, String suiteName, String baselineReason, String reproduceCommand) {
        return new ReportInput(comparison, suiteName, baselineReason, Map.of(), reproduceCommand, Optional.empty());
    }
}
