/**
 * The self-contained HTML dashboard: one chart per metric over runs with one line per system and
 * parameter value, change points marked, the newest values graded against targets, filters by suite,
 * branch and profile.
 *
 * <p>The public API is small: {@link dev.caxton.bench.report.dashboard.DashboardInput} and
 * {@link dev.caxton.bench.report.dashboard.MetricSeries} describe what to show, and
 * {@link dev.caxton.bench.report.dashboard.Dashboard} renders it. Everything else (view models, the
 * script-safe JSON writer, the FreeMarker configuration) is package-private.
 */
package dev.caxton.bench.report.dashboard;
