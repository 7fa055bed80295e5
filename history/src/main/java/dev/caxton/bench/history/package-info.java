/**
 * The history of runs: one append-only, tidy CSV file (one row per metric per run), baseline
 * selection, series and trends, change-point detection, and merging and pruning of histories.
 * Depends on core only; reporter and action build on it.
 *
 * <h2>Entry points (what the CLI wires)</h2>
 * <ul>
 *   <li>{@link dev.caxton.bench.history.HistoryFile#append} after a run; {@link dev.caxton.bench.history.HistogramStore#write}
 *       for its latency distributions.</li>
 *   <li>{@link dev.caxton.bench.history.History#open} for {@code history list} ({@code metrics()}, {@code runs()}) and
 *       {@code history show METRIC} ({@code series(metric, SeriesFilter)}).</li>
 *   <li>{@link dev.caxton.bench.history.HistoryMerge#merge} for {@code history merge A B --out C};
 *       {@link dev.caxton.bench.history.HistoryPrune#prune} for {@code history prune};
 *       {@link dev.caxton.bench.history.GabImport#importInto} for {@code history import-gab}.</li>
 *   <li>{@link dev.caxton.bench.history.ComparisonFlow#compare} for {@code compare}, {@code report}, {@code run}
 *       and {@code ci}: the baseline ({@link dev.caxton.bench.history.BaselineSelector}, only runs of the same
 *       suite, system, profile, shard and environment; {@link dev.caxton.bench.history.Baselines} for
 *       {@code --baseline NAME}), noise, trends and the comparison.</li>
 * </ul>
 *
 * <p>The file format, its versions and its guarantees are described in {@code docs/history-format.md}.
 * Errors are {@link dev.caxton.bench.history.HistoryFormatException}s whose problems name file, line,
 * column and fix; {@link dev.caxton.bench.history.ReadMode#LENIENT} turns malformed rows into warnings.
 */
package dev.caxton.bench.history;
