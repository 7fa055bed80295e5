package dev.caxton.bench.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Runs;

/** Compares runs; the decision rule is described in the {@linkplain dev.caxton.bench.compare package} documentation. */
public final class Comparisons {
    private Comparisons() {}

    /**
     * Compares {@code current} with {@code baseline} metric by metric (the union of both runs' metrics, in
     * canonical order). {@code noise} holds the baseline branch's recent values for single-value metrics.
     * The result depends on nothing but the arguments: the same arguments give an equal comparison.
     */
    public static Comparison compare(Run current, Optional<Run> baseline, NoiseHistory noise,
                                     ComparisonSettings settings) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(settings, "settings");
        TreeMap<String, Measurement[]> sides = new TreeMap<>();
        if (baseline.isPresent()) {
            put(sides, baseline.get(), 0);
        }
        put(sides, current, 1);
        Map<MetricId, List<Double>> history = new HashMap<>(noise.values());
        MetricJudge judge = new MetricJudge(settings);
        List<MetricComparison> metrics = new ArrayList<>(sides.size());
        for (Map.Entry<String, Measurement[]> e : sides.entrySet()) {
            Measurement b = e.getValue()[0];
            Measurement c = e.getValue()[1];
            MetricId id = (c != null ? c : b).id();
            metrics.add(judge.judge(id, e.getKey(), Optional.ofNullable(b), Optional.ofNullable(c),
                    history.getOrDefault(id, List.of())));
        }
        return new Comparison(current.info(), baseline.map(Run::info), metrics);
    }

    /**
     * Compares interleaved rounds: {@code headRounds.get(i)} was measured right after or before
     * {@code baseRounds.get(i)} on the same machine ({@code caxton-bench ab}). Each metric is judged on its
     * per-round ratios (evidence {@link Evidence#PAIRED}): a signed-rank test, a bootstrap interval of the
     * geometric-mean ratio and the minimum detectable effect; rounds that lack the metric on either side are
     * left out of its pairs. The comparison's runs are the rounds pooled ({@link Runs#pool}); the result
     * depends on nothing but the arguments.
     *
     * @throws IllegalArgumentException when the lists are empty or of different lengths
     */
    public static Comparison paired(List<Run> baseRounds, List<Run> headRounds, ComparisonSettings settings) {
        Objects.requireNonNull(baseRounds, "baseRounds");
        Objects.requireNonNull(headRounds, "headRounds");
        Objects.requireNonNull(settings, "settings");
        if (baseRounds.isEmpty() || baseRounds.size() != headRounds.size()) {
            throw new IllegalArgumentException("Paired rounds need as many base as head runs, at least one: "
                    + baseRounds.size() + " base and " + headRounds.size() + " head");
        }
        Run base = Runs.pool(baseRounds);
        Run head = Runs.pool(headRounds);
        TreeMap<String, Measurement[]> sides = new TreeMap<>();
        put(sides, base, 0);
        put(sides, head, 1);
        MetricJudge judge = new MetricJudge(settings);
        List<MetricComparison> metrics = new ArrayList<>(sides.size());
        for (Map.Entry<String, Measurement[]> e : sides.entrySet()) {
            Measurement b = e.getValue()[0];
            Measurement c = e.getValue()[1];
            MetricId id = (c != null ? c : b).id();
            if (b == null || c == null) {
                metrics.add(judge.judge(id, e.getKey(), Optional.ofNullable(b), Optional.ofNullable(c), List.of()));
                continue;
            }
            List<double[]> pairs = new ArrayList<>();
            for (int i = 0; i < baseRounds.size(); i++) {
                Optional<Measurement> bi = find(baseRounds.get(i), e.getKey());
                Optional<Measurement> ci = find(headRounds.get(i), e.getKey());
                if (bi.isPresent() && ci.isPresent()) {
                    pairs.add(new double[] {bi.get().value(), ci.get().value()});
                }
            }
            metrics.add(judge.judgePaired(id, e.getKey(), b, c, pairs.stream().mapToDouble(x -> x[0]).toArray(),
                    pairs.stream().mapToDouble(x -> x[1]).toArray()));
        }
        return new Comparison(head.info(), Optional.of(base.info()), metrics);
    }

    /**
     * How many rounds a paired comparison needs before any change can be significant at {@code alpha}: 8 at
     * 0.01, 6 at 0.05.
     */
    public static int minimumPairedRounds(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
        }
        return PairedTest.minimumRounds(alpha);
    }

    private static Optional<Measurement> find(Run run, String canonical) {
        for (Measurement m : run.measurements()) {
            if (m.id().canonical().equals(canonical)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Files a run's measurements under their canonical ids; the first of a repeated id wins. */
    private static void put(TreeMap<String, Measurement[]> sides, Run run, int side) {
        for (Measurement m : run.measurements()) {
            Measurement[] slot = sides.computeIfAbsent(m.id().canonical(), k -> new Measurement[2]);
            if (slot[side] == null) {
                slot[side] = m;
            }
        }
    }
}
