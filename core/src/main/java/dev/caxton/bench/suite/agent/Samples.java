package dev.caxton.bench.suite.agent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/** Builds measurements from repeated samples the way the agent suite reports them. */
final class Samples {
    private Samples() {}

    /** The median of the samples as the value, the samples kept with their statistics. */
    static Measurement median(MetricId id, Unit unit, double[] samples) {
        return new Measurement(id, unit, unit.defaultDirection(), Regimes.median(samples), Statistics.of(samples),
                Arrays.stream(samples).boxed().toList());
    }

    /**
     * A throughput metric and its regimes: {@code <metric>} is the median of all samples and
     * {@code regimes} counts the regimes (1 or 2); when {@link Regimes#detect} finds two, also
     * {@code regime_low} and {@code regime_high} (each the median of its samples, which it keeps) and
     * {@code regime_low_count} and {@code regime_high_count}. {@code id}'s metric name is the base.
     */
    static List<Measurement> throughput(MetricId id, Unit unit, double[] samples) {
        List<Measurement> out = new ArrayList<>();
        out.add(median(id, unit, samples));
        Optional<Regimes.Split> split = Regimes.detect(samples);
        out.add(Measurement.of(id.withMetric("regimes"), Unit.COUNT, split.isPresent() ? 2 : 1));
        split.ifPresent(s -> {
            out.add(median(id.withMetric("regime_low"), unit, s.low().samples()));
            out.add(median(id.withMetric("regime_high"), unit, s.high().samples()));
            out.add(Measurement.of(id.withMetric("regime_low_count"), Unit.COUNT, s.low().samples().length));
            out.add(Measurement.of(id.withMetric("regime_high_count"), Unit.COUNT, s.high().samples().length));
        });
        return out;
    }

    /**
     * The reported percentiles of a distribution named {@code <base metric>_<percentile>}, for a
     * benchmark with more than one distribution; for example {@code restart_to_next_message_p50}.
     */
    static List<Measurement> prefixedPercentiles(MetricId base, LatencyDistribution d) {
        return d.percentileMeasurements(base).stream()
                .map(m -> new Measurement(m.id().withMetric(base.metric() + "_" + m.id().metric()), m.unit(),
                        m.direction(), m.value(), m.stats(), m.samples()))
                .toList();
    }

    /** The mean of a distribution in nanoseconds, with the distribution's statistics. */
    static Measurement mean(MetricId id, LatencyDistribution d) {
        Statistics stats = new Statistics(d.count(), d.meanNanos(), d.stddevNanos(), d.minNanos(), d.maxNanos(),
                Optional.empty());
        return new Measurement(id, Unit.NANOSECONDS, Unit.NANOSECONDS.defaultDirection(), d.meanNanos(), stats, List.of());
    }
}
