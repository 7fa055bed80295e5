/**
 * The result model: what a benchmark run measured, and its file.
 *
 * <p>{@link dev.caxton.bench.model.MetricId} names a metric (canonical form
 * {@code suite/benchmark/metric[param=value,...]}); a {@link dev.caxton.bench.model.Measurement}
 * holds its value, {@link dev.caxton.bench.model.Unit}, {@link dev.caxton.bench.model.Direction} and
 * {@link dev.caxton.bench.model.Statistics}; a {@link dev.caxton.bench.model.Run} holds the
 * measurements of one run with its {@link dev.caxton.bench.model.RunInfo} (a
 * {@link dev.caxton.bench.model.RunId}, git facts from {@link dev.caxton.bench.model.GitInfo}, the
 * {@link dev.caxton.bench.model.Environment}, the {@link dev.caxton.bench.model.RunProfile} it was measured
 * under and its {@link dev.caxton.bench.model.Shard}), its lossless latency histograms and its failures.
 *
 * <p>{@link dev.caxton.bench.model.RunFiles} writes and reads one JSON file per run, schema
 * {@code caxton-bench.run/1}:
 * <pre>{@code
 * { "schema": "caxton-bench.run/1",
 *   "info": { "runId", "startedAt" (ISO-8601), "commit"?, "branch"?, "pullRequest"?,
 *             "environment": { "cpuModel", "cores", "memoryBytes", "os", "jvmVendor", "jvmVersion",
 *                              "jvmFlags": [...], "fingerprint" (derived, ignored on reading) },
 *             "suite", "profile", "system", "shard"? },
 *   "measurements": [ { "id" (canonical metric id), "unit" (label), "direction" (higher|lower), "value",
 *                       "stats": { "n", "mean", "stddev", "min", "max", "ci": { "lower", "upper", "level" }? },
 *                       "samples": [...] } ],
 *   "histograms": { "<canonical id of the base metric>": "<base64 compressed HdrHistogram>" },
 *   "failures": [ { "suite", "benchmark", "cause" } ] }
 * }</pre>
 * Fields marked {@code ?} are {@code null} when absent. Non-finite doubles are the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. Unknown fields are ignored on reading.
 * {@link dev.caxton.bench.model.Runs#merge} joins the partial runs of shards, histograms exactly.
 */
package dev.caxton.bench.model;
