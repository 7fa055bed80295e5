package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;

/**
 * The checks a read makes across rows: the rows of a run are a block, and a run is described the
 * same way on all its rows and has one row per metric; at the end, a run cut short at the end of the
 * file (a writer killed in the middle of its single write) is dropped, and a run elsewhere whose row
 * count differs from what it announces is a warning.
 */
final class RunBlocks {
    private final Path file;
    private final List<HistoryRow> rows;
    private final LineNumbers lines;
    private final Map<RunId, RunInfo> runs = new HashMap<>();
    private RunId blockRun;
    private RunInfo blockInfo;
    /** The metrics of the current block and their lines; metric ids are shared instances within one read. */
    private Map<MetricId, Long> blockKeys = new IdentityHashMap<>();

    /** Checks rows that go into {@code rows}, whose lines are in {@code lines}. */
    RunBlocks(Path file, List<HistoryRow> rows, LineNumbers lines) {
        this.file = file;
        this.rows = rows;
        this.lines = lines;
    }

    /** The problem of the row on {@code line}, or empty when it may be added (then it is counted in its block). */
    Optional<HistoryProblem> admit(HistoryRow row, long line) {
        RunId runId = row.run().runId();
        RunInfo known = runId.equals(blockRun) ? blockInfo : runs.get(runId);
        if (known != null && known != row.run() && !known.equals(row.run())) {
            return Optional.of(new HistoryProblem(file, line, Optional.empty(), "run " + runId + " is described"
                    + " differently than on its earlier rows (time, commit, branch, suite or environment); two runs"
                    + " share one id. Give one of them a new run id, or delete the line"));
        }
        if (!runId.equals(blockRun)) {
            blockKeys = new IdentityHashMap<>();
            if (known != null) {
                // the run appears again after other runs (a hand edit): gather its earlier rows
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).run().runId().equals(runId)) {
                        blockKeys.put(rows.get(i).measurement().id(), lines.get(i));
                    }
                }
            } else {
                runs.put(runId, row.run());
            }
            blockRun = runId;
            blockInfo = known != null ? known : row.run();
        }
        Long dup = blockKeys.putIfAbsent(row.measurement().id(), line);
        if (dup != null) {
            return Optional.of(new HistoryProblem(file, line, Optional.of("metric_id"), "the row " + row.key()
                    + " was already on line " + dup + "; a run has one row per metric. Delete one of the two lines"));
        }
        return Optional.empty();
    }

    /**
     * Drops a run cut short at the end of the file from {@code rows} and {@code lines}; warns about runs
     * elsewhere whose row count differs from what they announce.
     */
    void finish(List<HistoryProblem> warnings) {
        if (rows.isEmpty()) {
            return;
        }
        Map<RunId, int[]> counts = new LinkedHashMap<>();
        Map<RunId, Integer> firstIndex = new HashMap<>();
        RunInfo current = null;
        int[] count = null;
        for (int i = 0; i < rows.size(); i++) {
            RunInfo run = rows.get(i).run();
            if (run != current) {
                current = run;
                RunId id = run.runId();
                count = counts.computeIfAbsent(id, k -> new int[1]);
                firstIndex.putIfAbsent(id, i);
            }
            count[0]++;
        }
        HistoryRow lastRow = rows.get(rows.size() - 1);
        RunId lastRun = lastRow.run().runId();
        int tail = 0;
        for (int i = rows.size() - 1; i >= 0 && rows.get(i).run().runId().equals(lastRun); i--) {
            tail++;
        }
        if (tail == counts.get(lastRun)[0] && tail < lastRow.runRows()) {
            int from = rows.size() - tail;
            warnings.add(new HistoryProblem(file, lines.get(from), Optional.empty(), "run " + lastRun + " on lines "
                    + lines.get(from) + " to " + lines.get(rows.size() - 1) + " has " + tail + " of its " + lastRow.runRows()
                    + " rows: a writer stopped in the middle of appending it; its rows are ignored, and the next append"
                    + " removes them"));
            rows.subList(from, rows.size()).clear();
            lines.truncate(from);
            counts.remove(lastRun);
        }
        counts.forEach((runId, c) -> {
            int i = firstIndex.get(runId);
            int announced = rows.get(i).runRows();
            if (c[0] != announced) {
                warnings.add(new HistoryProblem(file, lines.get(i), Optional.of("run_rows"), "run " + runId + " has "
                        + c[0] + " rows but announces " + announced + "; rows of it were deleted or added by hand."
                        + " Its rows are kept; restore the file from git if that was not intended"));
            }
        });
    }
}
