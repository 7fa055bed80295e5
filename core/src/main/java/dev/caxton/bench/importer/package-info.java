/**
 * Importers: other tools' result files become runs. The entry point is
 * {@link dev.caxton.bench.importer.Importers#importFiles(java.util.List, dev.caxton.bench.importer.ImportOptions,
 * dev.caxton.bench.model.Environment)}, behind {@code caxton-bench import FILE... [--format F] [--strict]}.
 *
 * <h2>Formats ({@link dev.caxton.bench.importer.Format}) and the metric ids they give</h2>
 * <ul>
 *   <li>{@code jmh-json}, {@code jmh-csv}, {@code jmh-scsv}: {@code jmh/<benchmark>/<mode>[params]} for the
 *       score, {@code jmh/<benchmark>/<mode>:<secondary>[params]} for each secondary result (JMH's leading
 *       "·" dropped, so 1.37 and older files agree), and in sample mode {@code p50 ... max} beside the
 *       score with the distribution kept under the score's id. Statistics: JMH's score as the mean, its
 *       99.9% interval, the raw per-iteration values as samples. CSV has no raw data; its standard deviation
 *       is derived from the error and the sample count.</li>
 *   <li>{@code criterion}: {@code criterion/<full_id>/time} (mean, ns, samples {@code times[i] / iters[i]})
 *       and {@code .../median}; a folder such as {@code target/criterion} is searched for
 *       {@code new/estimates.json}.</li>
 *   <li>{@code bencher}: {@code bencher/<name>/time} and {@code .../range}.</li>
 *   <li>{@code gab}, {@code gab-bigger}, {@code gab-smaller}: {@code gab/<name>/value} and {@code .../range};
 *       the direction is the one the user declares with the format, as github-action-benchmark's
 *       {@code customBiggerIsBetter} / {@code customSmallerIsBetter} tool setting does; a detected file takes
 *       it from units of time (lower) and rate (higher) and refuses the others.</li>
 *   <li>{@code hlog}: {@code hdr/<file name>/latency[tag=T]} (mean) and its percentiles, per tag, with the
 *       merged histogram kept; values are nanoseconds unless
 *       {@link dev.caxton.bench.importer.ImportOptions#histogramLogUnit()} says otherwise.</li>
 * </ul>
 *
 * <h2>Directions and units</h2>
 * The direction comes from the unit and the metric's meaning, never from the tool: the JMH mode for a
 * score (throughput up; average, sample and single-shot time down), the unit's default for the rest
 * (rates up, times and sizes down), except where the metric's meaning contradicts the unit's default
 * and the importer says so with {@link dev.caxton.bench.model.Measurement#withDirection}: JMH's GC
 * profiler results ({@code gc.alloc.rate}, {@code gc.alloc.rate.norm}, {@code gc.count}, {@code gc.time})
 * are costs and improve downwards, although {@code gc.alloc.rate} is a rate in {@code bytes/s}. Units
 * without an equal in {@link dev.caxton.bench.model.Unit} are converted into one: {@code ops/ms} to
 * {@code ops/s} (x1000) and the like, {@code MB/sec} (JMH's MB is a MiB) to {@code bytes/s}
 * (x1,048,576); the full table is in {@code ForeignUnit}. An unknown unit is an error that names it and
 * its position.
 *
 * <h2>Errors</h2>
 * A file is imported whole or not at all. Its problems name the file, the position (line and column, or
 * a JSON path such as {@code $[3].primaryMetric.scoreUnit}) and what was expected; the other files are
 * still imported unless the import is strict. An undetectable file names the formats tried and
 * {@code --format F}.
 */
package dev.caxton.bench.importer;
