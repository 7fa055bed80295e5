/**
 * Change-point detection over the series of one metric: E-Divisive means to find candidate
 * splits and Student's t-test (Welch's form) over the neighbouring segments to keep only the
 * significant ones. The entry point is {@link dev.caxton.bench.history.changepoint.ChangePointDetector};
 * results are {@link dev.caxton.bench.history.changepoint.ChangePoint} values.
 */
package dev.caxton.bench.history.changepoint;
