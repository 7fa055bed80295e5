package dev.caxton.bench.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Operations on whole runs. */
public final class Runs {
    private Runs() {}

    /**
     * Joins partial runs (shards of one suite run, for example the jobs of a CI matrix) into one run.
     *
     * <ul>
     *   <li>All parts must share suite, profile, system and commit.
     *   <li>The result's info is the earliest part's (by start time, then shard, then run id), with
     *       the shard cleared; so is its environment.
     *   <li>Measurements are the union, in the order of the parts. A metric measured by two parts
     *       is an error naming the metric and both shards — except the latency percentiles of a
     *       histogram that several parts hold: those histograms are merged exactly and the
     *       percentiles ({@link LatencyDistribution#REPORTED}) are computed again from the merged
     *       histogram, in the unit the parts reported them in.
     *   <li>Histograms with the same key are merged exactly; failures are concatenated.
     * </ul>
     *
     * @throws IllegalArgumentException when the list is empty or the parts do not belong to one run
     */
    public static Run merge(List<Run> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to merge: pass the partial runs (at least one)");
        }
        List<Run> sorted = new ArrayList<>(parts);
        sorted.forEach(r -> Objects.requireNonNull(r, "a run to merge"));
        sorted.sort(Comparator.<Run, java.time.Instant>comparing(r -> r.info().startedAt())
                .thenComparing(r -> r.info().shard().map(Shard::label).orElse(""))
                .thenComparing(r -> r.info().runId()));
        RunInfo first = sorted.get(0).info();
        for (Run r : sorted) {
            RunInfo i = r.info();
            same("suite", first.suite(), i.suite(), first, i);
            same("profile", first.profile().label(), i.profile().label(), first, i);
            same("system", first.system(), i.system(), first, i);
            same("commit", first.commit().orElse("(none)"), i.commit().orElse("(none)"), first, i);
        }

        // histograms: merged exactly; remember the keys held by more than one part
        Map<String, LatencyDistribution> histograms = new TreeMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (Run r : sorted) {
            for (Map.Entry<String, LatencyDistribution> e : r.histograms().entrySet()) {
                histograms.merge(e.getKey(), e.getValue(), LatencyDistribution::merge);
                holders.merge(e.getKey(), 1, Integer::sum);
            }
        }
        // percentile ids to recompute -> the merged histogram they come from
        Map<MetricId, Map.Entry<MetricId, LatencyDistribution>> recomputed = new HashMap<>();
        for (Map.Entry<String, Integer> e : holders.entrySet()) {
            if (e.getValue() < 2) {
                continue;
            }
            MetricId base;
            try {
                base = MetricId.parse(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("Cannot merge the histogram '" + e.getKey()
                        + "' held by several shards: its key must be the canonical id of its base metric. "
                        + ex.getMessage(), ex);
            }
            for (LatencyDistribution.Percentile p : LatencyDistribution.REPORTED) {
                recomputed.put(base.withMetric(p.name()), Map.entry(base, histograms.get(e.getKey())));
            }
        }

        List<Measurement> measurements = new ArrayList<>();
        Map<MetricId, RunInfo> measuredBy = new HashMap<>();
        Set<MetricId> replaced = new HashSet<>();
        List<BenchmarkFailure> failures = new ArrayList<>();
        for (Run r : sorted) {
            for (Measurement m : r.measurements()) {
                Map.Entry<MetricId, LatencyDistribution> source = recomputed.get(m.id());
                if (source != null) {
                    if (replaced.add(m.id())) {
                        measurements.add(percentile(m, source.getKey(), source.getValue()));
                    }
                    continue;
                }
                RunInfo previous = measuredBy.putIfAbsent(m.id(), r.info());
                if (previous != null && previous != r.info()) {
                    throw new IllegalArgumentException("Metric " + m.id() + " was measured by both " + label(previous)
                            + " and " + label(r.info()) + "; each metric must come from exactly one shard. "
                            + "Split the benchmarks between shards without overlap, or merge runs of one shard set only");
                }
                measurements.add(m);
            }
            failures.addAll(r.failures());
        }
        RunInfo info = new RunInfo(first.runId(), first.startedAt(), first.commit(), first.branch(),
                first.pullRequest(), first.environment(), first.suite(), first.profile(), first.system(),
                Optional.empty());
        return new Run(info, measurements, histograms, failures);
    }

    /** The percentile {@code like} names, computed again from the merged histogram, in {@code like}'s unit. */
    private static Measurement percentile(Measurement like, MetricId base, LatencyDistribution merged) {
        Measurement ns = merged.percentileMeasurements(base).stream()
                .filter(m -> m.id().equals(like.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no percentile " + like.id()));
        Unit unit = like.unit().kind() == Unit.Kind.TIME ? like.unit() : Unit.NANOSECONDS;
        Statistics s = ns.stats();
        Statistics converted = new Statistics(s.n(), Unit.NANOSECONDS.convert(s.mean(), unit),
                Unit.NANOSECONDS.convert(s.stddev(), unit), Unit.NANOSECONDS.convert(s.min(), unit),
                Unit.NANOSECONDS.convert(s.max(), unit), Optional.empty());
        return new Measurement(like.id(), unit, like.direction(), Unit.NANOSECONDS.convert(ns.value(), unit),
                converted, List.of());
    }

    private static void same(String what, String expected, String actual, RunInfo first, RunInfo other) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException("Cannot merge " + label(other) + " into " + label(first) + ": its " + what
                    + " is '" + actual + "' but the other's is '" + expected + "'. Merge only the shards of one run "
                    + "(same suite, profile, system and commit)");
        }
    }

    private static String label(RunInfo info) {
        return info.shard().map(s -> "shard " + s + " (run " + info.runId() + ")").orElse("run " + info.runId());
    }

    /**
     * The rounds of one side of an interleaved A/B run as one run: the first round's info, and per metric (in
     * the first round's order, then any later ones) a measurement whose samples are the rounds' values, in
     * round order, and whose value is their geometric mean when all are positive, else their median; the
     * value itself when all rounds agree. Histograms and failures are the first round's and all rounds'.
     *
     * @throws IllegalArgumentException when {@code rounds} is empty
     */
    public static Run pool(List<Run> rounds) {
        Objects.requireNonNull(rounds, "rounds");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("Nothing to pool: pass the rounds (at least one)");
        }
        Map<String, List<Measurement>> byId = new java.util.LinkedHashMap<>();
        List<BenchmarkFailure> failures = new ArrayList<>();
        for (Run r : rounds) {
            for (Measurement m : r.measurements()) {
                byId.computeIfAbsent(m.id().canonical(), k -> new ArrayList<>()).add(m);
            }
            failures.addAll(r.failures());
        }
        List<Measurement> pooled = new ArrayList<>(byId.size());
        for (List<Measurement> ms : byId.values()) {
            Measurement first = ms.get(0);
            double[] values = ms.stream().filter(m -> m.unit() == first.unit()).mapToDouble(Measurement::value)
                    .filter(Double::isFinite).toArray();
            if (values.length == 0) {
                pooled.add(first);
                continue;
            }
            double value = centre(values);
            pooled.add(new Measurement(first.id(), first.unit(), first.direction(), value, Statistics.of(values),
                    java.util.Arrays.stream(values).boxed().toList(), first.note()));
        }
        return new Run(rounds.get(0).info(), pooled, rounds.get(0).histograms(), failures);
    }

    private static double centre(double[] values) {
        boolean same = true;
        boolean positive = true;
        double logs = 0;
        for (double v : values) {
            same &= v == values[0];
            positive &= v > 0;
            logs += positive ? Math.log(v) : 0;
        }
        if (same) {
            return values[0];
        }
        if (positive) {
            return Math.exp(logs / values.length);
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
