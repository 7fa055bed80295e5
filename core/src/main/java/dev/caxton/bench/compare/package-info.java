/**
 * Comparison of a run against its baseline: a direction-aware verdict per metric that rests on the
 * samples (a two-sample test and a bootstrap interval) when both sides have them, else on the baseline
 * branch's noise in the history, else on the threshold alone. Entry point: {@link dev.caxton.bench.compare.Comparisons#compare}.
 */
package dev.caxton.bench.compare;
