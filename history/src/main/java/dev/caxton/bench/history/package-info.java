/**
 * The history of runs: one append-only, tidy CSV file (one row per metric per run), baseline
 * selection, series and trends, change-point detection, and merging and pruning of histories.
 * Depends on core only; reporter and action build on it.
 */
package dev.caxton.bench.history;
