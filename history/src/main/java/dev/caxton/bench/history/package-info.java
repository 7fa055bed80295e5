/**
 * The history of runs: one append-only, tidy CSV file (one row per metric per run), baseline
 * selection, series and trends, change-point detection, and merging and pruning of histories.
 * Depends on core only; reporter and action build on it.
 *
 * <h2>Entry points (what the CLI wires)</h2>
 * <ul>
 *   <li>{@link dev.caxton.bench.history.HistoryRecorder} after a run, as {@code run} and {@code import} do: its run
 *       file, then {@link dev.caxton.bench.history.HistoryFile#append}, then
 *       {@link dev.caxton.bench.history.HistogramStore#write} for its latency distributions; each failed step is a
 *       {@link dev.caxton.bench.history.Recording.Problem}.</li>
 *   <li>{@link dev.caxton.bench.history.History#open}, then {@link dev.caxton.bench.history.view.HistoryView} for
 *       {@code history list}, {@code show METRIC}, {@code trend} and {@code html}: runs, series and trends per suite,
 *       system and profile.</li>
 *   <li>{@link dev.caxton.bench.history.HistoryMerge#merge} for {@code history merge A B --out C};
 *       {@link dev.caxton.bench.history.HistoryPrune#prune} for {@code history prune};
 *       {@link dev.caxton.bench.history.GabImport#importInto} for {@code history import-gab}.</li>
 *   <li>{@link dev.caxton.bench.history.ComparisonFlow#compare} for {@code compare}, {@code report}, {@code run}
 *       and {@code ci}: the baseline ({@link dev.caxton.bench.history.BaselineSelector}, only runs of the same
 *       suite, system, profile, shard and environment; {@link dev.caxton.bench.history.Baselines} for
 *       {@code --baseline NAME}), noise, trends and the comparison.</li>
 *   <li>{@link dev.caxton.bench.history.branch.HistoryBranch} for {@code history push} and {@code history pull}.</li>
 * </ul>
 *
 * <p>The file format, its versions and its guarantees are described in {@code docs/history-format.md}.
 * Errors are {@link dev.caxton.bench.history.HistoryFormatException}s whose problems name file, line,
 * column and fix; {@link dev.caxton.bench.history.ReadMode#LENIENT} turns malformed rows into warnings.
 */
package dev.caxton.bench.history;
