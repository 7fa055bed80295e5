package dev.caxton.bench.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Unit;

/**
 * The tier table (Target / Acceptable / Critical) per metric: the guide's defaults for the agent
 * suite, overridable per metric from a configuration file.
 *
 * <p>Each entry maps a <em>metric glob</em> to a {@link Tier}. A glob is matched against a metric id's
 * whole canonical form ({@code suite/benchmark/metric[param=value,...]}): {@code *} matches any run of
 * characters (slashes and brackets included), {@code ?} any one character, everything else itself. When
 * several entries match, the one added last wins, so a file's entries override the defaults.
 *
 * <h2>The targets file</h2>
 * One entry per line; {@code #} starts a comment; blank lines are ignored:
 * <pre>
 * # metric glob                          target  acceptable critical unit [direction]
 * target agent/message_throughput/throughput = 8M 4M 1M msg/s
 * target agent/request_latency/p99*     = 200us 1ms 10ms ms
 * target agent/memory_per_agent/idle*   = 256B 1KB 10KB bytes
 * target my/own/metric                  = 0.9 0.8 0.5 ratio higher
 * </pre>
 * A value is a number with an optional suffix: {@code K}, {@code M}, {@code G} (thousand, million,
 * billion); a time ({@code ns}, {@code us}, {@code ms}, {@code s}, {@code min}, {@code h}), converted to
 * the entry's unit, which must then be a unit of time; a size ({@code B}, {@code KB}, {@code MB},
 * {@code GB} in powers of 1,000, {@code KiB}, {@code MiB}, {@code GiB} in powers of 1,024), for the
 * unit {@code bytes}; or {@code %} for the unit {@code percent}. The unit is one of
 * {@code msg/s, ops/s, ns, us, ms, s, bytes, percent, count, ratio}; the direction ({@code higher} or
 * {@code lower}) defaults to the unit's. A line that does not fit raises a {@link ConfigException} naming
 * the file, the line and the expected form.
 *
 * <h2>Comparison thresholds in the same file</h2>
 * The file also holds the thresholds of the comparison (see {@code dev.caxton.bench.compare.Thresholds}),
 * with the same globs; the last matching line wins:
 * <pre>
 * threshold      agent/request_latency/p99*  = 15%    # changes within 15% count as no change
 * threshold      jmh/*                       = 0.05   # a plain fraction: 5%
 * fail-threshold agent/message_throughput/*  = 20%    # a regression beyond 20% is critical
 * </pre>
 * A threshold is a percentage ({@code 5%}) or a plain fraction below 1 ({@code 0.05}), above zero.
 * {@link #load} checks these lines and leaves them out; {@link ConfigFile#read} returns both kinds.
 */
public final class Targets {
    /** One entry: a glob over canonical metric ids and its tier. */
    record Entry(MetricGlob glob, Tier tier) {
        Entry {
            Objects.requireNonNull(glob, "glob");
            Objects.requireNonNull(tier, "tier");
        }

        static Entry of(String glob, Tier tier) {
            return new Entry(MetricGlob.of(glob), tier);
        }

        boolean matches(MetricId id) {
            return glob.matches(id.canonical());
        }

        boolean matches(String canonicalId) {
            return glob.matches(canonicalId);
        }
    }

    private final List<Entry> entries;

    private Targets(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No tiers at all. */
    public static Targets none() {
        return new Targets(List.of());
    }

    /**
     * The guide's tier table applied to the agent suite's metrics: Message Throughput (100K / 50K / 10K
     * msg/s) to the throughput of {@code message_throughput} and of its regimes (not to the scaling
     * sweep's {@code spawn_time/throughput}, see {@code DefaultTargets});
     * Message Latency p50 (1 / 5 / 10 ms) and p99 (10 / 50 / 100 ms) to the p50 and p99 of
     * {@code request_latency} (both modes) and {@code agent_response_time}; Agent Spawn Time (100 ms /
     * 500 ms / 1 s) to the spawn time per agent; Memory per Agent (10 / 50 / 100 MB, decimal) to the
     * retained heap per idle agent, the scaling sweep's heap per agent and the memory profile's total;
     * CPU per Agent (5 / 10 / 25 %) to the per-agent CPU of every situation; Recovery Time (30 s / 2 min /
     * 5 min) to the recovery time and the median restart-to-next-message time.
     */
    public static Targets defaults() {
        return DefaultTargets.TABLE;
    }

    /** The defaults overridden by the file's entries; errors name the file and line. */
    public static Targets load(Path file) {
        return defaults().withAll(TargetsFile.parse(file, readLines(file)));
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the targets file " + file + ": " + e.getMessage(), e);
        }
    }

    /** These targets with one more entry, which overrides earlier entries for the metrics it matches. */
    public Targets with(String glob, Tier tier) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(Entry.of(glob, tier));
        return new Targets(more);
    }

    Targets withAll(List<Entry> added) {
        List<Entry> more = new ArrayList<>(entries);
        more.addAll(added);
        return new Targets(more);
    }

    /**
     * The grade of a measurement, when a tier applies to its metric. A tier whose unit the measurement's
     * unit cannot be converted to does not apply. A time or size of zero (or less) is not graded: no
     * agent spawns, recovers or lives in no time and no memory, so such a value says the benchmark
     * could not see what it measures (for example a heap delta below the collector's resolution), and
     * it never passes as a target met; see {@link #measuredNothing}.
     */
    public Optional<Grade> grade(Measurement measurement) {
        return measuredNothing(measurement) ? Optional.empty() : grade(measurement, tierFor(measurement.id()));
    }

    /**
     * The grade of a measurement by the tier already looked up for its metric ({@link #tierFor}), as
     * {@link #grade(Measurement)} gives it: a caller that needs both asks for the tier once.
     */
    public static Optional<Grade> grade(Measurement measurement, Optional<Tier> tier) {
        if (measuredNothing(measurement)) {
            return Optional.empty();
        }
        return tier.filter(t -> t.accepts(measurement.unit())).map(t -> t.grade(measurement.value(), measurement.unit()));
    }

    /** A time or a size of zero or less: a value that says nothing was seen, not that it was small. */
    public static boolean measuredNothing(Measurement measurement) {
        Unit.Kind kind = measurement.unit().kind();
        return (kind == Unit.Kind.TIME || kind == Unit.Kind.SIZE) && !(measurement.value() > 0);
    }

    /** The tier that applies to a metric, when one does: the last entry whose glob matches. */
    public Optional<Tier> tierFor(MetricId id) {
        String canonical = id.canonical(); // once, not once per entry: a summary of 1M metrics asks 3M times
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).matches(canonical)) {
                return Optional.of(entries.get(i).tier());
            }
        }
        return Optional.empty();
    }

    /** The globs in the order they were added, each with its tier. */
    List<Entry> entries() {
        return entries;
    }

    static Pattern compile(String glob) {
        return MetricGlob.compile(glob);
    }
}
