package dev.caxton.bench.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.ComparisonSettings;
import dev.caxton.bench.compare.Comparisons;
import dev.caxton.bench.compare.NoiseHistory;
import dev.caxton.bench.history.BaselineSelector.ByCommit;
import dev.caxton.bench.history.BaselineSelector.ById;
import dev.caxton.bench.history.BaselineSelector.Context;
import dev.caxton.bench.history.BaselineSelector.Matching;
import dev.caxton.bench.history.BaselineSelector.Named;
import dev.caxton.bench.history.BaselineSelector.Selection;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFileException;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * From a current run to its comparison, as {@code compare}, {@code report}, {@code run} and {@code ci} make it:
 * choose the baseline ({@link BaselineSelector}), prefer the baseline's run file (which keeps the raw samples the
 * history does not) over its history rows, gather the baseline's recent values on its branch as noise and the
 * current run's recent values on its branch as trends, and compare ({@link Comparisons#compare}).
 *
 * <pre>{@code
 * ComparisonFlow flow = ComparisonFlow.of(History.open(historyFile), Baselines.in(baselinesDir), runsDir);
 * ComparisonFlow.Outcome outcome = flow.compare(run, new BaselineSelector.Push(),
 *         ComparisonFlow.Options.defaults(BenchConfig.defaults().settings()));
 * outcome.comparison().fails(FailPolicy.CRITICAL);
 * }</pre>
 *
 * Noise and trends come from runs of the same kind as the run they describe (suite, system, profile, shard and,
 * unless {@link Matching#anyEnvironment()}, environment), so that they never mix systems or profiles either.
 */
public final class ComparisonFlow {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{4,40}");

    private final History history;
    private final Baselines baselines;
    private final Path runsDir;

    /**
     * How to compare: the comparison's settings (thresholds, targets, significance), which runs may be a baseline,
     * how many earlier runs give the noise of single values ({@code noiseWindow}) and how many points a trend shows,
     * the current one included ({@code trendPoints}).
     */
    public record Options(ComparisonSettings settings, Matching matching, int noiseWindow, int trendPoints) {
        /** The default {@code noiseWindow}. */
        public static final int NOISE_WINDOW = 20;
        /** The default {@code trendPoints}. */
        public static final int TREND_POINTS = 20;

        public Options {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(matching, "matching");
            if (noiseWindow < 0 || trendPoints < 1) {
                throw new IllegalArgumentException("The noise window is at least 0 runs and a trend at least 1 point, "
                        + "got " + noiseWindow + " and " + trendPoints);
            }
        }

        /** {@code settings}, strict matching, 20 runs of noise, 20 trend points. */
        public static Options defaults(ComparisonSettings settings) {
            return new Options(settings, Matching.strict(), NOISE_WINDOW, TREND_POINTS);
        }

        public Options withMatching(Matching m) {
            return new Options(settings, m, noiseWindow, trendPoints);
        }

        public Options withAnyEnvironment(boolean any) {
            return withMatching(matching.withAnyEnvironment(any));
        }

        public Options withForceBaseline(boolean force) {
            return withMatching(matching.withForceBaseline(force));
        }
    }

    /** A compared run: the run, the baseline choice in words, the comparison and each metric's recent values. */
    public record Outcome(Run current, Selection selection, Comparison comparison, Map<MetricId, List<Double>> trends) {
        public Outcome {
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(comparison, "comparison");
            trends = java.util.Collections.unmodifiableMap(new TreeMap<>(trends));
        }
    }

    private ComparisonFlow(History history, Baselines baselines, Path runsDir) {
        this.history = Objects.requireNonNull(history, "history");
        this.baselines = Objects.requireNonNull(baselines, "baselines");
        this.runsDir = Objects.requireNonNull(runsDir, "runsDir");
    }

    /**
     * Compares with the runs of {@code history}, the names of {@code baselines} and the run files in
     * {@code runsDir} ({@code <run-id>.json}; the folder need not exist).
     */
    public static ComparisonFlow of(History history, Baselines baselines, Path runsDir) {
        return new ComparisonFlow(history, baselines, runsDir);
    }

    /**
     * Compares {@code current} with the baseline {@code context} calls for.
     *
     * @throws BaselineException when a baseline named explicitly is missing or of another kind
     */
    public Outcome compare(Run current, Context context, Options options) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(options, "options");
        Selection selection = BaselineSelector.select(history, baselines, current.info(), context, options.matching());
        Optional<Run> baseline = selection.baseline().map(b -> fuller(b.run()));
        NoiseHistory noise = baseline.map(b -> noise(b.info(), current.info(), options)).orElse(NoiseHistory.empty());
        Comparison comparison = Comparisons.compare(current, baseline, noise, options.settings());
        return new Outcome(current, selection, comparison, trends(current, options));
    }

    /**
     * The context {@code --baseline SPEC} names: {@code auto} is {@code auto}; else a run id of the history, a
     * saved name, or a commit (4 to 40 hex digits), tried in this order.
     *
     * @throws BaselineException when {@code spec} is none of these, saying what is accepted
     */
    public Context context(String spec, Context auto) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(auto, "auto");
        String s = spec.strip();
        if (s.equals("auto")) {
            return auto;
        }
        Optional<RunId> id = RunId.parse(s).filter(r -> history.run(r).isPresent());
        if (id.isPresent()) {
            return new ById(id.get());
        }
        if (Baselines.isName(s) && baselines.find(s).isPresent()) {
            return new Named(s);
        }
        if (COMMIT.matcher(s).matches() && !history.runsOfCommit(s).isEmpty()) {
            return new ByCommit(s);
        }
        throw new BaselineException("--baseline '" + spec + "' is neither 'auto', a run id of the history, a named "
                + "baseline (" + (baselines.list().isEmpty() ? "none saved" : String.join(", ", baselines.list().keySet()))
                + ") nor a commit with a run in the history. See 'caxton-bench history list' for run ids and commits, "
                + "or save a name with 'caxton-bench history baseline save NAME RUN_ID'", List.of());
    }

    /** The run as its run file holds it (samples, histograms) when that file exists and reads, else as given. */
    public Run fuller(Run fromHistory) {
        Path file = runsDir.resolve(fromHistory.info().runId().value() + ".json");
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
     * The recent values of every metric on the baseline's branch, of the baseline's kind, at or before the
     * baseline, the current run left out: at most {@link Options#noiseWindow()} runs, oldest first.
     */
    NoiseHistory noise(RunInfo baseline, RunInfo current, Options options) {
        List<Run> window = earlier(baseline, current, options);
        Map<MetricId, List<Double>> values = new HashMap<>();
        for (Run r : window.subList(Math.max(0, window.size() - options.noiseWindow()), window.size())) {
            for (Measurement m : r.measurements()) {
                values.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m.value());
            }
        }
        return new NoiseHistory(values);
    }

    /**
     * Each current metric's values over the last runs of the current run's branch and kind, oldest first, ending
     * with the current value (whether or not the history holds the current run yet).
     */
    Map<MetricId, List<Double>> trends(Run current, Options options) {
        RunInfo c = current.info();
        List<Run> earlier = earlier(c, c, options);
        List<Run> last = earlier.subList(Math.max(0, earlier.size() - (options.trendPoints() - 1)), earlier.size());
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

    /** The runs of {@code like}'s branch and kind at or before it, {@code current} left out, oldest first. */
    private List<Run> earlier(RunInfo like, RunInfo current, Options options) {
        boolean any = options.matching().anyEnvironment();
        List<Run> out = new ArrayList<>();
        for (Run r : history.runs()) {
            RunInfo i = r.info();
            if (!i.runId().equals(current.runId()) && i.branch().equals(like.branch())
                    && BaselineSelector.mismatches(like, i, any).isEmpty()
                    && History.CHRONOLOGICAL.compare(i, like) <= 0) {
                out.add(r);
            }
        }
        return out;
    }
}
