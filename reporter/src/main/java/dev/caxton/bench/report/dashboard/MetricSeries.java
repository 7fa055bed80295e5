package dev.caxton.bench.report.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Unit;

/**
 * The values of one metric measured by one system under test with one profile, on one branch in one
 * environment: one point per run. The page draws the series of one metric (its parameters aside) that
 * share branch, environment and profile as lines of one chart, one line per system and parameter value.
 *
 * @param id          the metric
 * @param unit        the unit of every value and bound
 * @param direction   which way the metric improves (decides regression or improvement)
 * @param branch      the branch the runs were made on
 * @param environment a name or fingerprint of the environment the runs were made in
 * @param system      the system under test, for example {@code reference}
 * @param profile     the profile of the runs, for example {@code quick}
 * @param points      at least one point; the page orders them by timestamp (a stable sort, so runs with
 *                    equal timestamps keep the given order)
 */
public record MetricSeries(MetricId id, Unit unit, Direction direction, String branch, String environment,
                           String system, String profile, List<Point> points) {
    /** What a run without a branch is shown on. */
    public static final String NO_BRANCH = "(no branch)";

    public MetricSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(points, "points");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("The series of " + id + " of system '" + system + "' on branch '"
                    + branch + "' has no points; leave out metrics with no runs");
        }
        points = List.copyOf(points);
    }

    /** A series in the unit's default direction. */
    public static MetricSeries of(MetricId id, Unit unit, String branch, String environment, String system,
                                  String profile, List<Point> points) {
        return new MetricSeries(id, unit, unit.defaultDirection(), branch, environment, system, profile, points);
    }

    /**
     * The series of some runs (for example those a {@code history.view.HistoryView} returns): one per
     * metric, branch, environment fingerprint, system and profile, oldest run first, in the direction of
     * the newest measurement. Values that are not finite are left out; so is a confidence interval with a
     * bound that is not finite. A run without a branch is on {@link #NO_BRANCH}.
     */
    public static List<MetricSeries> fromRuns(List<Run> runs) {
        record Key(MetricId id, String branch, String environment, String system, String profile) {}
        Map<Key, List<Point>> points = new LinkedHashMap<>();
        Map<Key, Measurement> newest = new LinkedHashMap<>();
        for (Run run : runs) {
            RunInfo info = run.info();
            for (Measurement m : run.measurements()) {
                if (!Double.isFinite(m.value())) {
                    continue;
                }
                Key key = new Key(m.id(), info.branch().orElse(NO_BRANCH), info.environment().fingerprint(),
                        info.system(), info.profile().label());
                Optional<Double> lo = m.stats().confidence().map(c -> c.lower()).filter(Double::isFinite);
                Optional<Double> hi = m.stats().confidence().map(c -> c.upper()).filter(Double::isFinite);
                if (lo.isEmpty() || hi.isEmpty() || lo.get() > hi.get()) {
                    lo = Optional.empty();
                    hi = Optional.empty();
                }
                points.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Point(info.runId().value(), info.startedAt(), info.commit(), m.value(), lo, hi));
                newest.put(key, m);
            }
        }
        List<MetricSeries> out = new ArrayList<>(points.size());
        points.forEach((key, p) -> {
            Measurement m = newest.get(key);
            out.add(new MetricSeries(key.id(), m.unit(), m.direction(), key.branch(), key.environment(), key.system(),
                    key.profile(), p));
        });
        return out;
    }

    /**
     * One run's value.
     *
     * @param runId     the run's id, shown on hover
     * @param timestamp when the run started
     * @param commit    the commit measured, when known
     * @param value     a finite value in the series' unit
     * @param ciLower   the lower confidence bound, when known
     * @param ciUpper   the upper confidence bound, when known
     */
    public record Point(String runId, Instant timestamp, Optional<String> commit, double value,
                        Optional<Double> ciLower, Optional<Double> ciUpper) {
        public Point {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(ciLower, "ciLower");
            Objects.requireNonNull(ciUpper, "ciUpper");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("The value of run '" + runId + "' is " + value
                        + "; a dashboard point needs a finite value: leave out runs that measured nothing");
            }
            for (Optional<Double> bound : List.of(ciLower, ciUpper)) {
                if (bound.isPresent() && !Double.isFinite(bound.get())) {
                    throw new IllegalArgumentException("A confidence bound of run '" + runId + "' is " + bound.get()
                            + "; pass Optional.empty() when the bound is unknown");
                }
            }
            if (ciLower.isPresent() && ciUpper.isPresent() && ciLower.get() > ciUpper.get()) {
                throw new IllegalArgumentException("The confidence interval of run '" + runId + "' is ["
                        + ciLower.get() + ", " + ciUpper.get() + "]: the lower bound must not exceed the upper bound");
            }
        }

        /** A point with no confidence interval. */
        public static Point of(String runId, Instant timestamp, String commit, double value) {
            return new Point(runId, timestamp, Optional.ofNullable(commit), value, Optional.empty(), Optional.empty());
        }

        /** A point with a confidence interval. */
        public static Point of(String runId, Instant timestamp, String commit, double value, double ciLower,
                               double ciUpper) {
            return new Point(runId, timestamp, Optional.ofNullable(commit), value, Optional.of(ciLower),
                    Optional.of(ciUpper));
        }
    }
}
