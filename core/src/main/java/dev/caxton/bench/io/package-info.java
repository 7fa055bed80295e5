/**
 * Files of the output folder: {@link dev.caxton.bench.io.OutputLayout} names where each lives
 * ({@code runs/}, {@code histograms/}, {@code history.csv}, the reports, {@code baselines/},
 * {@code dashboard.html}), and {@link dev.caxton.bench.io.AtomicFiles} writes a file whole or not at all.
 */
package dev.caxton.bench.io;
