package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunInfo;

/**
 * Carries the histogram logs of the runs of two histories into the folder of the merged one (logs of
 * other runs, such as a run waiting for {@code history add}, stay where they are). Planned before
 * anything is written, so that a conflict leaves every file as it was; applied after the merged
 * history has replaced its file. A log on one side is copied as it is. Logs of one run on both
 * sides that are byte for byte equal, or hold equal distributions, are kept once; logs that hold
 * different distributions (shards of one run) are joined: the union of their distributions. Two
 * different distributions of one metric in one run are a conflict, as two different rows are.
 */
final class HistogramMerge {
    /** One log to put into the merged history's folder: copied from a file, or written from distributions. */
    private record Step(String runId, Optional<Path> copyFrom, Optional<Run> write) {}

    private final Path outDir;
    private final List<Step> steps;

    private HistogramMerge(Path outDir, List<Step> steps) {
        this.outDir = outDir;
        this.steps = steps;
    }

    /**
     * Plans the logs of the histories {@code a} and {@code b} merged into {@code out}; adds a
     * conflict for each run whose logs cannot be joined.
     */
    static HistogramMerge plan(Path a, Path b, Path out, Map<String, RunInfo> runs, List<HistoryProblem> conflicts) {
        Path dirA = HistogramStore.besideHistory(a);
        Path dirB = HistogramStore.besideHistory(b);
        Path outDir = HistogramStore.besideHistory(out);
        TreeSet<String> inA = new TreeSet<>(HistogramStore.runIds(dirA));
        TreeSet<String> inB = dirB.equals(dirA) ? new TreeSet<>() : new TreeSet<>(HistogramStore.runIds(dirB));
        TreeSet<String> all = new TreeSet<>(inA);
        all.addAll(inB);
        // only the logs of the merged runs: a folder may hold logs of runs waiting for 'history add',
        // or belong to something else altogether
        all.retainAll(runs.keySet());
        List<Step> steps = new ArrayList<>();
        for (String id : all) {
            Path fa = HistogramStore.file(dirA, id);
            Path fb = HistogramStore.file(dirB, id);
            if (!inB.contains(id)) {
                copy(steps, id, fa, dirA, outDir);
            } else if (!inA.contains(id)) {
                copy(steps, id, fb, dirB, outDir);
            } else if (sameBytes(fa, fb)) {
                if (!outDir.equals(dirB)) {
                    copy(steps, id, fa, dirA, outDir);
                }
            } else {
                SortedMap<String, LatencyDistribution> ma = HistogramStore.read(dirA, id);
                SortedMap<String, LatencyDistribution> mb = HistogramStore.read(dirB, id);
                SortedMap<String, LatencyDistribution> union = new TreeMap<>(ma);
                boolean conflict = false;
                for (Map.Entry<String, LatencyDistribution> e : mb.entrySet()) {
                    LatencyDistribution earlier = union.putIfAbsent(e.getKey(), e.getValue());
                    if (earlier != null && !earlier.equals(e.getValue())) {
                        conflicts.add(new HistoryProblem(fb, 0, Optional.empty(), "the histogram log of run " + id
                                + " holds another distribution of " + e.getKey() + " than " + fa + " ("
                                + e.getValue().count() + " values against " + earlier.count() + "). Keep one: delete"
                                + " the log you do not want, then merge again"));
                        conflict = true;
                    }
                }
                if (conflict) {
                    continue;
                }
                if (union.equals(ma)) {
                    copy(steps, id, fa, dirA, outDir);
                } else if (union.equals(mb)) {
                    copy(steps, id, fb, dirB, outDir);
                } else {
                    steps.add(new Step(id, Optional.empty(),
                            Optional.of(new Run(runs.get(id), List.of(), union, List.of()))));
                }
            }
        }
        return new HistogramMerge(outDir, steps);
    }

    private static void copy(List<Step> steps, String id, Path from, Path fromDir, Path outDir) {
        if (!fromDir.equals(outDir)) {
            steps.add(new Step(id, Optional.of(from), Optional.empty()));
        }
    }

    private static boolean sameBytes(Path x, Path y) {
        try {
            return Files.size(x) == Files.size(y) && Arrays.equals(Files.readAllBytes(x), Files.readAllBytes(y));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the histogram logs " + x + " and " + y + ": " + e, e);
        }
    }

    /** Writes the planned logs, each atomically; returns the logs written. */
    List<Path> apply() {
        List<Path> written = new ArrayList<>(steps.size());
        for (Step s : steps) {
            if (s.copyFrom().isPresent()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(s.copyFrom().get());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the histogram log " + s.copyFrom().get() + ": " + e, e);
                }
                written.add(HistogramStore.writeBytes(outDir, s.runId(), bytes));
            } else {
                written.add(HistogramStore.write(outDir, s.write().orElseThrow()).orElseThrow());
            }
        }
        return written;
    }
}
