/**
 * Values for people: {@link dev.caxton.bench.report.format.HumanUnits} writes a value in a readable unit
 * ({@code 8.1M msg/s}, {@code 12.3 µs}) and {@link dev.caxton.bench.report.format.Sparkline} draws a series
 * as a line of unicode blocks. Shared by the reports and the command line, always locale-independent.
 */
package dev.caxton.bench.report.format;
