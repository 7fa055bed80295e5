package dev.caxton.bench.importer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * Maps JMH results to measurements: the one mapping behind the JMH JSON and CSV importers and the
 * JMH runner (which reads JMH's own JSON of its results).
 *
 * <p>Ids: {@code suite/<benchmark>/<mode>[params]} for the primary score, where mode is
 * {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}; {@code suite/<benchmark>/<mode>:<key>[params]}
 * for a secondary score, its key without JMH's leading "·" ({@code avgt:gc.alloc.rate.norm}); in sample
 * mode the percentiles {@code p50 p90 p95 p99 p99.9 max} beside the primary, and the full distribution
 * under the primary's id. The direction comes from the mode (throughput improves upwards; average
 * time, sample time and single shot downwards) and, for secondary scores, from the unit, except the GC
 * profiler's {@code gc.*} results, which are costs and improve downwards (the allocation rate
 * {@code gc.alloc.rate} is in {@code bytes/s}, a rate, whose default is upwards). The
 * statistics hold JMH's score as the mean, its 99.9% confidence interval, and the spread of the raw
 * per-iteration values, which are kept as samples (in sample mode: each iteration's mean).
 */
final class JmhMapper {
    private static final double JMH_CONFIDENCE = 0.999;
    private static final String SECONDARY_PREFIX = "\u00b7";
    private static final java.util.regex.Pattern PERCENTILE = java.util.regex.Pattern.compile("p(\\d\\.\\d+)");

    private final String suite;
    final List<Measurement> measurements = new ArrayList<>();
    final Map<String, LatencyDistribution> histograms = new TreeMap<>();
    final List<BenchmarkFailure> failures = new ArrayList<>();

    JmhMapper(String suite) {
        this.suite = suite;
    }

    /** The secondary key without the leading "·" that JMH before 1.37 wrote. */
    static String secondaryName(String key) {
        return key.startsWith(SECONDARY_PREFIX) ? key.substring(SECONDARY_PREFIX.length()) : key;
    }

    void add(JmhEntry e) {
        if (e.benchmark().isBlank()) {
            throw new FormatError(e.position(), "the benchmark name is empty; expected the benchmark's full name");
        }
        MetricId id = FormatError.at(e.position(), () -> new MetricId(suite, e.benchmark(), e.mode(), e.params()));
        ForeignUnit unit = unit(e.primary());
        Direction direction = switch (e.mode()) {
            case "thrpt" -> Direction.HIGHER_IS_BETTER;
            case "avgt", "sample", "ss" -> Direction.LOWER_IS_BETTER;
            default -> unit.unit().defaultDirection();
        };
        JmhEntry.Score primary = e.primary();
        Map<String, JmhEntry.Score> secondaries = new java.util.LinkedHashMap<>();
        SortedMap<Double, Double> rowPercentiles = new TreeMap<>();
        for (Map.Entry<String, JmhEntry.Score> s : e.secondaries().entrySet()) {
            String name = secondaryName(s.getKey());
            java.util.regex.Matcher pm = PERCENTILE.matcher(name);
            if (e.mode().equals("sample") && pm.matches()) {
                // sample mode writes its percentiles as secondary results p0.00 ... p1.00 (fractions of 1)
                rowPercentiles.put(new java.math.BigDecimal(pm.group(1)).movePointRight(2).doubleValue(),
                        s.getValue().score());
            } else {
                secondaries.put(s.getKey(), s.getValue());
            }
        }
        if (primary.percentiles().isEmpty() && !rowPercentiles.isEmpty()) {
            primary = new JmhEntry.Score(primary.score(), primary.error(), primary.ciLow(), primary.ciHigh(),
                    primary.unit(), primary.position(), primary.raw(), primary.histogram(), rowPercentiles, primary.count());
        }
        if (Double.isNaN(primary.score())) {
            failures.add(new BenchmarkFailure(suite, e.benchmark() + params(e.params()),
                    "JMH reported the score NaN in mode " + e.mode() + " (at " + e.primary().position() + ")"));
        } else {
            measurements.add(measurement(id, unit, direction, primary));
            if (e.mode().equals("sample")) {
                percentiles(id, unit, primary);
            }
        }
        for (Map.Entry<String, JmhEntry.Score> s : secondaries.entrySet()) {
            String name = secondaryName(s.getKey());
            if (name.isBlank()) {
                throw new FormatError(s.getValue().position(), "a secondary result has an empty name");
            }
            ForeignUnit su = unit(s.getValue());
            if (Double.isNaN(s.getValue().score())) {
                continue; // JMH writes NaN for a secondary result a profiler could not measure; nothing to keep
            }
            MetricId sid = FormatError.at(s.getValue().position(), () -> id.withMetric(e.mode() + ":" + name));
            Measurement m = measurement(sid, su, su.unit().defaultDirection(), s.getValue());
            measurements.add(isGcCost(name) ? m.withDirection(Direction.LOWER_IS_BETTER) : m);
        }
    }

    /**
     * True for the GC profiler's results ({@code gc.alloc.rate}, {@code gc.alloc.rate.norm}, {@code gc.count},
     * {@code gc.time}, {@code gc.churn.*}): each is a cost, so it improves downwards whatever its unit's
     * default. This matters for {@code gc.alloc.rate} in {@code bytes/s}, a rate, whose default is upwards.
     */
    static boolean isGcCost(String secondaryName) {
        return secondaryName.startsWith("gc.");
    }

    private static String params(SortedMap<String, String> params) {
        return params.isEmpty() ? "" : params.toString();
    }

    private static ForeignUnit unit(JmhEntry.Score s) {
        return ForeignUnit.find(s.unit()).orElseThrow(() -> new FormatError(s.position(), "unknown unit '" + s.unit()
                + "'; expected a JMH unit such as ops/s, ops/ms, us/op, ns/op, B/op, MB/sec, counts, ms"));
    }

    private static Measurement measurement(MetricId id, ForeignUnit unit, Direction direction, JmhEntry.Score s) {
        double value = unit.convert(s.score());
        double[] samples;
        Statistics stats;
        if (!s.histogram().isEmpty()) {
            samples = new double[s.histogram().size()];
            long n = 0;
            double sum = 0;
            double sumSq = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < samples.length; i++) {
                JmhEntry.HistogramIteration it = s.histogram().get(i);
                long itN = 0;
                double itSum = 0;
                for (int k = 0; k < it.values().length; k++) {
                    double v = unit.convert(it.values()[k]);
                    long c = it.counts()[k];
                    itN += c;
                    itSum += v * c;
                    sumSq += v * v * c;
                    if (c > 0) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
                n += itN;
                sum += itSum;
                samples[i] = itN == 0 ? Double.NaN : itSum / itN;
            }
            samples = java.util.Arrays.stream(samples).filter(d -> !Double.isNaN(d)).toArray();
            double mean = n == 0 ? value : sum / n;
            double sd = n < 2 ? 0 : Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
            stats = new Statistics(n, value, sd, n == 0 ? value : min, n == 0 ? value : max, confidence(unit, s, samples));
        } else {
            samples = new double[s.raw().length];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = unit.convert(s.raw()[i]);
            }
            stats = samples.length == 0 && s.count() >= 2
                    ? fromError(value, s.count(), unit.convert(s.error()), confidence(unit, s, samples))
                    : statistics(value, samples, confidence(unit, s, samples));
        }
        List<Double> kept = new ArrayList<>(samples.length);
        for (double d : samples) {
            kept.add(d);
        }
        return new Measurement(id, unit.unit(), direction, value, stats, kept);
    }

    private static Statistics statistics(double value, double[] samples, Optional<ConfidenceInterval> ci) {
        int n = samples.length;
        if (n == 0) {
            return new Statistics(1, value, 0, value, value, ci);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double d : samples) {
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
        }
        double mean = sum / n;
        double ss = 0;
        for (double d : samples) {
            ss += (d - mean) * (d - mean);
        }
        double sd = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
        if (!Double.isFinite(sd)) {
            sd = 0;
        }
        return new Statistics(n, value, sd, min, max, ci);
    }

    /**
     * Without raw data but with the iteration count (CSV), the standard deviation follows from JMH's
     * error, the half-width of its 99.9% Student-t interval: sd = error * sqrt(n) / t(0.9995, n - 1).
     */
    private static Statistics fromError(double value, long n, double error, Optional<ConfidenceInterval> ci) {
        double sd = 0;
        if (Double.isFinite(error) && error >= 0) {
            double t = new org.apache.commons.math3.distribution.TDistribution(n - 1)
                    .inverseCumulativeProbability(0.5 + JMH_CONFIDENCE / 2);
            sd = error * Math.sqrt(n) / t;
        }
        // min and max are unknown without raw data: they are given as the score
        return new Statistics(n, value, sd, value, value, ci);
    }

    private static Optional<ConfidenceInterval> confidence(ForeignUnit unit, JmhEntry.Score s, double[] samples) {
        double lo = unit.convert(s.ciLow());
        double hi = unit.convert(s.ciHigh());
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            double err = unit.convert(s.error());
            double v = unit.convert(s.score());
            if (!Double.isNaN(err) && !Double.isNaN(v)) {
                lo = v - err;
                hi = v + err;
            }
        }
        if (!Double.isNaN(lo) && !Double.isNaN(hi) && lo <= hi) {
            return Optional.of(new ConfidenceInterval(lo, hi, JMH_CONFIDENCE));
        }
        return samples.length >= 2 && allFinite(samples) ? Statistics.of(samples).confidence() : Optional.empty();
    }

    private static boolean allFinite(double[] samples) {
        for (double d : samples) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /** Sample mode: the distribution from the raw histogram when there is one, else JMH's own percentiles. */
    private void percentiles(MetricId id, ForeignUnit unit, JmhEntry.Score s) {
        if (unit.unit().kind() != Unit.Kind.TIME) {
            return;
        }
        if (!s.histogram().isEmpty()) {
            double toNanos = unit.factor() * unit.unit().nanos();
            double maxNanos = 2;
            for (JmhEntry.HistogramIteration it : s.histogram()) {
                for (double v : it.values()) {
                    maxNanos = Math.max(maxNanos, v * toNanos);
                }
            }
            // sized once for the largest value: growing while recording copies the counts again and again
            Histogram h = new Histogram(1, Double.isFinite(maxNanos) ? Math.max(2, Math.round(maxNanos) + 1) : 2, 3);
            h.setAutoResize(true);
            for (JmhEntry.HistogramIteration it : s.histogram()) {
                for (int k = 0; k < it.values().length; k++) {
                    double ns = it.values()[k] * toNanos;
                    if (!(ns >= 0) || Double.isInfinite(ns)) {
                        throw new FormatError(s.position() + ".rawDataHistogram",
                                "a sample time of " + it.values()[k] + " " + s.unit() + "; expected a finite time of 0 or more");
                    }
                    if (it.counts()[k] > 0) {
                        h.recordValueWithCount(Math.round(ns), it.counts()[k]);
                    }
                }
            }
            if (h.getTotalCount() > 0) {
                LatencyDistribution d = encode(h);
                histograms.put(id.canonical(), d);
                measurements.addAll(d.percentileMeasurements(id));
                return;
            }
        }
        for (LatencyDistribution.Percentile p : LatencyDistribution.REPORTED) {
            Double v = s.percentiles().get(p.percentile());
            if (v != null && !Double.isNaN(v)) {
                double value = unit.convert(v);
                measurements.add(new Measurement(id.withMetric(p.name()), unit.unit(), Direction.LOWER_IS_BETTER, value,
                        Statistics.single(value), List.of()));
            }
        }
    }

    /** A distribution of the histogram, through the lossless encoding {@link LatencyDistribution} reads. */
    static LatencyDistribution encode(Histogram h) {
        ByteBuffer buf = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int len = h.encodeIntoCompressedByteBuffer(buf);
        byte[] bytes = new byte[len];
        buf.flip();
        buf.get(bytes);
        return LatencyDistribution.decode(Base64.getEncoder().encodeToString(bytes));
    }
}
