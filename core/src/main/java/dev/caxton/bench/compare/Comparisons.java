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
