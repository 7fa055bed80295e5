package dev.caxton.bench.importer;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One JMH result as JSON and CSV files hold it, before mapping: benchmark, mode label
 * ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss}), params, the primary score and the
 * secondary scores by their key as written (with or without the leading "·").
 */
record JmhEntry(String benchmark, String mode, SortedMap<String, String> params, Score primary,
                Map<String, Score> secondaries, String position) {

    /**
     * A score in its tool unit. {@code error}, {@code ciLow} and {@code ciHigh} are NaN when unknown;
     * {@code raw} holds per-iteration values (forks flattened); {@code histogram} holds sample mode's
     * per-iteration histograms; {@code percentiles} maps JMH's percentile keys ({@code 50.0}) to values;
     * {@code count} is the number of iterations when only that is known (CSV), else 0.
     */
    record Score(double score, double error, double ciLow, double ciHigh, String unit, String position,
                 double[] raw, List<HistogramIteration> histogram, SortedMap<Double, Double> percentiles,
                 long count) {}

    /** One iteration of sample mode: values with their counts. */
    record HistogramIteration(double[] values, long[] counts) {}
}
