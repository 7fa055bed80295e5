/**
 * Comparison of a run against its baseline: a direction-aware verdict per metric. Entry point:
 * {@link dev.caxton.bench.compare.Comparisons#compare}; the configuration file's thresholds are read by
 * {@link dev.caxton.bench.compare.BenchConfig#load} (with the targets) or
 * {@link dev.caxton.bench.compare.Thresholds#load}.
 *
 * <h2>The decision rule</h2>
 * For a metric on both sides, with threshold {@code t} (default 10%) and fail threshold {@code f}
 * (default 25%), both per metric glob from {@link dev.caxton.bench.compare.Thresholds}:
 * <ol>
 *   <li>The relative change is {@code current / baseline - 1} (against the baseline's magnitude when it
 *       is negative; undefined when it is 0, which gives {@code inconclusive}, or {@code no change} when
 *       both are 0). Its sign in the metric's own {@link dev.caxton.bench.model.Direction} says better
 *       or worse; the direction comes from the measurement, never from a tool name.</li>
 *   <li>{@code |change| <= t}: <b>no change</b>, whatever the statistics say.</li>
 *   <li>Otherwise the change must also stand out from the noise, judged by the best evidence there is:
 *     <ul>
 *       <li>{@link dev.caxton.bench.compare.Evidence#SAMPLES} (at least 3 samples on each side, and enough
 *           for the test to reach {@code alpha}: 5 against 5 at 0.01; fewer are set aside): the
 *           two-sided Mann-Whitney U test must give {@code p < alpha} (default 0.01), <em>and</em> the
 *           seeded percentile-bootstrap interval at {@code 1 - alpha} of the ratio current / baseline (of
 *           the means, or of the medians when the reported values are the samples' medians, as the agent
 *           suite's repetitions are) must lie wholly beyond {@code 1 + t} (or below {@code 1 - t}): the change
 *           is real <em>and</em> larger than the threshold. The interval is computed only when the test
 *           passes (it could not change the verdict otherwise).</li>
 *       <li>{@link dev.caxton.bench.compare.Evidence#HISTORY_NOISE} (single values; or in addition to the
 *           samples when the history has at least 3 points): with {@code sigma} the baseline branch's
 *           run-to-run noise — {@code 1.4826 × MAD} of its recent values, and with fewer than 10 of them at
 *           least their range divided by the expected range of as many normal values — both
 *           {@code |current - baseline|} and {@code |current - median(history)|} must exceed
 *           {@code limit × sigma}, where {@code limit} is {@code noiseMads} (default 3) widened into a
 *           prediction bound for a noise estimated from {@code n} points: Student's t with {@code n - 1}
 *           degrees of freedom at the one-sided level of {@code noiseMads} standard deviations, times
 *           {@code sqrt(1 + 1/n)} (10.3 for 4 points, 5.2 for 7, 3.2 for 50). Samples within one run miss the noise between runs (JIT,
 *           placement, a busy neighbour); the history sees it. The second condition keeps a baseline that was
 *           itself the odd one out from making a normal current value look like a change.</li>
 *       <li>{@link dev.caxton.bench.compare.Evidence#THRESHOLD} (neither): the guide's RegressionDetector
 *           threshold says the value moved, but nothing measures the noise: <b>unverified</b>, never a
 *           regression or an improvement, and no grade that fell counts either.</li>
 *     </ul>
 *       Passing: <b>regression</b> or <b>improvement</b> by the direction. Failing: <b>inconclusive</b>,
 *       never a regression.</li>
 *   <li>Metrics on one side only are <b>new</b> or <b>missing</b>.</li>
 *   <li>Grades come from the targets; a worse grade counts as a regression of its own
 *       ({@link dev.caxton.bench.compare.MetricComparison#isRegression}). {@code critical} is a regression
 *       beyond {@code f}, or a grade that fell to critical or failing.</li>
 * </ol>
 * Requiring both the threshold and the statistics keeps an A/A comparison (the same code twice) quiet:
 * a false alarm needs a change beyond the threshold that also passes the test and the interval (or the
 * noise rule). Everything is deterministic: the bootstrap's generator is seeded from the settings' seed
 * and the metric id. Each {@link dev.caxton.bench.compare.MetricComparison#reason} is one sentence with
 * its numbers in the root locale. {@code docs/comparison.md} has the details and examples.
 */
package dev.caxton.bench.compare;
