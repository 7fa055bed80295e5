/**
 * Browsing a history: what {@code history show}, {@code history trend}, {@code history list} and the
 * dashboard compute, apart from any text.
 *
 * <p>A <em>series</em> is the values of one metric measured by one suite on one system under test with
 * one profile ({@link dev.caxton.bench.history.view.SeriesKey}), in one environment unless the view is
 * told to mix environments ({@link dev.caxton.bench.history.view.EnvironmentScope}). Runs of different
 * systems or profiles are never one series: a view that finds several returns one series per key, each
 * labelled with its key.
 *
 * <p>The API is small: a {@link dev.caxton.bench.history.view.RunFilter} says which runs a view shows,
 * {@link dev.caxton.bench.history.view.HistoryView} computes the series
 * ({@link dev.caxton.bench.history.view.Series}) of one metric, the trend
 * ({@link dev.caxton.bench.history.view.Trend}) of every metric over the last runs, and the runs
 * themselves. Example:
 * <pre>{@code
 * History history = History.open(Path.of(".caxton-bench/history.csv"));
 * RunFilter filter = RunFilter.every().onBranch("main").ofSystem("reference")
 *         .withEnvironment(EnvironmentScope.newest());
 * for (Trend trend : HistoryView.withDefaults().trend(history, filter, 20)) {
 *     trend.rows().forEach(row -> System.out.println(trend.key() + " " + row.metric() + " " + row.series().changes()));
 * }
 * }</pre>
 */
package dev.caxton.bench.history.view;
