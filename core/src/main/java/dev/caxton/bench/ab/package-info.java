/**
 * Interleaved A/B runs on one machine ({@code caxton-bench ab}): {@link AbRunner} measures two sides (two
 * builds, or two configurations of one) in rounds, each side in a fresh JVM per round, in a seeded random
 * order per round, and returns both sides' runs for
 * {@link dev.caxton.bench.compare.Comparisons#paired(java.util.List, java.util.List,
 * dev.caxton.bench.compare.ComparisonSettings) a paired comparison}.
 */
package dev.caxton.bench.ab;
