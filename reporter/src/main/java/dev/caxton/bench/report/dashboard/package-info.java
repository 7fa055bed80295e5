/**
 * The self-contained HTML dashboard: one chart per metric over runs, change points marked, the newest
 * value graded against targets, filters by suite and branch.
 *
 * <p>The public API is small: {@link dev.caxton.bench.report.dashboard.DashboardInput} and
 * {@link dev.caxton.bench.report.dashboard.MetricSeries} describe what to show, and
 * {@link dev.caxton.bench.report.dashboard.Dashboard} renders it. Everything else (view models, the
 * script-safe JSON writer, the FreeMarker configuration) is package-private.
 */
package dev.caxton.bench.report.dashboard;
