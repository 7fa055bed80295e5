package dev.caxton.bench.report.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the dashboard shows: a title, when it was generated, and one series per metric, system, profile,
 * branch and environment ({@link MetricSeries#fromRuns} makes them from runs).
 *
 * @param title       the page title, shown as it is (escaped)
 * @param generatedAt shown in the header in UTC; pass a fixed instant for reproducible pages
 * @param series      the series, in any order (the page groups them into charts and sorts them)
 */
public record DashboardInput(String title, Instant generatedAt, List<MetricSeries> series) {
    public DashboardInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(series, "series");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A dashboard needs a title, for example \"Caxton Bench history\"");
        }
        series = List.copyOf(series);
    }
}
