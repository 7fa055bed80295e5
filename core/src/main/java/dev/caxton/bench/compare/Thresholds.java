package dev.caxton.bench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.target.ConfigFile;
import dev.caxton.bench.target.MetricGlob;

/**
 * Relative-change thresholds per metric: the guide's default of 10% for "changed", a separate, larger
 * one for "critical" (fails the build under {@link FailPolicy#CRITICAL}), each overridable per metric glob
 * (the same globs as targets, see {@link MetricGlob}) from the configuration file. The last matching entry
 * wins.
 *
 * <p>In the configuration file ({@code .caxton-bench/targets.conf}, beside the {@code target} lines):
 * <pre>
 * threshold      agent/request_latency/p99*  = 15%    # within 15%: no change
 * threshold      jmh/*                       = 0.05   # a plain fraction below 1: 5%
 * fail-threshold agent/message_throughput/*  = 20%    # a regression beyond 20% is critical
 * </pre>
 * A value is a percentage or a plain fraction below 1, above zero. A bad line raises a
 * {@link dev.caxton.bench.target.ConfigException} naming the file, the line and the expected form.
 */
public final class Thresholds {
    /** The guide's default threshold: 10%. */
    public static final double DEFAULT_THRESHOLD = 0.10;
    /** The default threshold for a critical regression: 25%. */
    public static final double DEFAULT_FAIL_THRESHOLD = 0.25;

    private record Entry(MetricGlob glob, boolean fail, double fraction) {}

    private static final Thresholds DEFAULTS = new Thresholds(List.of());

    private final List<Entry> entries;

    private Thresholds(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** 10% for every metric, 25% for critical. */
    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the {@code threshold} and {@code fail-threshold} lines of a configuration file over the
     * defaults ({@code target} lines are checked and left out).
     *
     * @throws dev.caxton.bench.target.ConfigException naming the file and line of a bad line
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Thresholds load(Path file) {
        return from(ConfigFile.read(file));
    }

    static Thresholds from(ConfigFile config) {
        List<Entry> entries = new ArrayList<>();
        for (ConfigFile.Threshold t : config.thresholds()) {
            entries.add(new Entry(t.glob(), t.fail(), t.fraction()));
        }
        return new Thresholds(entries);
    }

    /** A copy where metrics matching {@code glob} use {@code threshold} (0.05 = 5%). */
    public Thresholds withThreshold(String glob, double threshold) {
        return with(glob, false, threshold);
    }

    /** A copy where metrics matching {@code glob} are critical beyond {@code failThreshold}. */
    public Thresholds withFailThreshold(String glob, double failThreshold) {
        return with(glob, true, failThreshold);
    }

    private Thresholds with(String glob, boolean fail, double fraction) {
        Objects.requireNonNull(glob, "glob");
        if (!(fraction > 0) || !Double.isFinite(fraction)) {
            throw new IllegalArgumentException("A threshold must be a positive relative change such as 0.05 (5%), got "
                    + fraction + " for " + glob);
        }
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(MetricGlob.of(glob), fail, fraction));
        return new Thresholds(more);
    }

    /** The relative change within which the metric counts as unchanged. */
    public double threshold(MetricId id) {
        return find(id.canonical(), false, DEFAULT_THRESHOLD);
    }

    /** The relative change in the worse direction beyond which a regression of the metric is critical. */
    public double failThreshold(MetricId id) {
        return find(id.canonical(), true, DEFAULT_FAIL_THRESHOLD);
    }

    double threshold(String canonical) {
        return find(canonical, false, DEFAULT_THRESHOLD);
    }

    double failThreshold(String canonical) {
        return find(canonical, true, DEFAULT_FAIL_THRESHOLD);
    }

    private double find(String canonical, boolean fail, double fallback) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.fail() == fail && e.glob().matches(canonical)) {
                return e.fraction();
            }
        }
        return fallback;
    }
}
