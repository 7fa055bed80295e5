package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.ComparisonSettings;
import dev.caxton.bench.compare.Comparisons;
import dev.caxton.bench.compare.NoiseHistory;
import dev.caxton.bench.history.BaselineSelector.Selection;
import dev.caxton.bench.history.BaselineSelector;
import dev.caxton.bench.history.Baselines;
import dev.caxton.bench.history.History;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFileException;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * From a current run to its comparison: choose the baseline ({@code auto}, a run id, a named
 * baseline or a commit), prefer the baseline's run file (which keeps the raw samples the history
 * does not) over its history rows, gather the baseline branch's recent values as noise and the
 * current branch's recent values as trends, and compare.
 */
final class ComparisonFlow {
    /** How many earlier runs of the baseline branch give the noise of single values. */
    static final int NOISE_WINDOW = 20;
    /** How many runs a trend sparkline shows, the current one included. */
    static final int TREND_POINTS = 20;

    /** A compared run: the run, the baseline choice in words, the comparison and each metric's recent values. */
    record Outcome(Run current, Selection selection, Comparison comparison, Map<MetricId, List<Double>> trends) {}

    private ComparisonFlow() {}

    static Outcome compare(History history, Baselines baselines, Path runsDir, Run current, String baselineSpec,
                           Optional<BaselineSelector.Context> autoContext, boolean anyEnvironment,
                           ComparisonSettings settings) {
        Selection selection = select(history, baselines, current.info(), baselineSpec, autoContext, anyEnvironment);
        Optional<Run> baseline = selection.baseline().map(b -> fuller(b.run(), runsDir));
        NoiseHistory noise = baseline.map(b -> noise(history, b.info(), current.info(), anyEnvironment))
                .orElse(NoiseHistory.empty());
        Comparison comparison = Comparisons.compare(current, baseline, noise, settings);
        return new Outcome(current, selection, comparison, trends(history, current, anyEnvironment));
    }

    /**
     * The baseline named by {@code spec}: {@code auto} uses the context (a push: the previous run on the
     * branch, unless the caller knows it is a pull request); else a run id of the history, a named
     * baseline, or a commit (at least 4 hex digits) whose newest run is taken.
     */
    static Selection select(History history, Baselines baselines, RunInfo current, String spec,
                            Optional<BaselineSelector.Context> autoContext, boolean anyEnvironment) {
        if (spec.equals("auto")) {
            return BaselineSelector.select(history, baselines, current,
                    autoContext.orElse(new BaselineSelector.Push()), anyEnvironment);
        }
        Optional<Run> byId = RunId.parse(spec).flatMap(history::run);
        if (byId.isPresent()) {
            if (byId.get().info().runId().equals(current.runId())) {
                throw new UsageException("--baseline " + spec + " is the run being compared; name an earlier run");
            }
            return new Selection(Optional.of(new BaselineSelector.Baseline(byId.get(), "run " + spec + " (--baseline)")),
                    "run " + spec + " (--baseline)");
        }
        if (baselines.find(spec).isPresent()) {
            return BaselineSelector.select(history, baselines, current, new BaselineSelector.Named(spec), anyEnvironment);
        }
        if (spec.matches("[0-9a-fA-F]{4,40}")) {
            List<Run> ofCommit = history.runsOfCommit(spec).stream()
                    .filter(r -> !r.info().runId().equals(current.runId()))
                    .filter(r -> r.info().suite().equals(current.suite()))
                    .toList();
            if (!ofCommit.isEmpty()) {
                Run newest = ofCommit.get(ofCommit.size() - 1);
                String why = "newest run " + newest.info().runId() + " of commit " + spec + " (--baseline)";
                return new Selection(Optional.of(new BaselineSelector.Baseline(newest, why)), why);
            }
        }
        throw new UsageException("--baseline '" + spec + "' is neither 'auto', a run id of the history, a named "
                + "baseline (" + (baselines.list().isEmpty() ? "none saved" : String.join(", ", baselines.list().keySet()))
                + ") nor a commit with a run of suite " + current.suite() + ". See 'caxton-bench history list' for "
                + "run ids, or save a name with 'caxton-bench history baseline save NAME RUN_ID'");
    }

    /** The run as its run file holds it (samples, histograms) when that file exists and reads, else as given. */
    static Run fuller(Run fromHistory, Path runsDir) {
        Path file = runsDir.resolve(fromHistory.info().runId() + ".json");
        if (!Files.isRegularFile(file)) {
            return fromHistory;
        }
        try {
            Run full = RunFiles.read(file);
            return full.info().runId().equals(fromHistory.info().runId()) ? full : fromHistory;
        } catch (RunFileException e) {
            return fromHistory; // the history's rows still compare; the samples are a refinement
        }
    }

    /**
     * The recent values of every metric on the baseline's branch and environment, at or before the
     * baseline, the current run left out: at most {@link #NOISE_WINDOW} runs, oldest first.
     */
    static NoiseHistory noise(History history, RunInfo baseline, RunInfo current, boolean anyEnvironment) {
        List<Run> window = new ArrayList<>();
        for (Run r : history.runs()) {
            RunInfo i = r.info();
            if (i.runId().equals(current.runId()) || !i.suite().equals(baseline.suite())
                    || !i.branch().equals(baseline.branch())
                    || !anyEnvironment && !i.environment().fingerprint().equals(baseline.environment().fingerprint())
                    || History.CHRONOLOGICAL.compare(i, baseline) > 0) {
                continue;
            }
            window.add(r);
        }
        List<Run> last = window.subList(Math.max(0, window.size() - NOISE_WINDOW), window.size());
        Map<MetricId, List<Double>> values = new HashMap<>();
        for (Run r : last) {
            for (Measurement m : r.measurements()) {
                values.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m.value());
            }
        }
        return new NoiseHistory(values);
    }

    /**
     * Each current metric's values over the last runs of the current run's branch and environment, oldest
     * first, ending with the current value (whether or not the history holds the current run yet).
     */
    static Map<MetricId, List<Double>> trends(History history, Run current, boolean anyEnvironment) {
        RunInfo c = current.info();
        List<Run> earlier = new ArrayList<>();
        for (Run r : history.runs()) {
            RunInfo i = r.info();
            if (i.runId().equals(c.runId()) || !i.suite().equals(c.suite()) || !i.branch().equals(c.branch())
                    || !anyEnvironment && !i.environment().fingerprint().equals(c.environment().fingerprint())
                    || History.CHRONOLOGICAL.compare(i, c) > 0) {
                continue;
            }
            earlier.add(r);
        }
        List<Run> last = earlier.subList(Math.max(0, earlier.size() - (TREND_POINTS - 1)), earlier.size());
        Map<MetricId, Measurement> now = new LinkedHashMap<>();
        current.measurements().forEach(m -> now.put(m.id(), m));
        Map<MetricId, List<Double>> out = new TreeMap<>();
        for (Run r : last) {
            for (Measurement m : r.measurements()) {
                if (now.containsKey(m.id())) {
                    out.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m.value());
                }
            }
        }
        now.forEach((id, m) -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(m.value()));
        return out;
    }
}
