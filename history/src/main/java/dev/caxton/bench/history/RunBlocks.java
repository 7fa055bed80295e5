package dev.caxton.bench.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * The checks a read makes across rows, keeping per run what the checks need rather than the rows:
 * the rows of a run are a block, and a run is described the same way on all its rows and has one row
 * per metric; at the end, a run cut short at the end of the file (a writer killed in the middle of its
 * single write) is dropped, and a run elsewhere whose row count differs from what it announces is a
 * warning.
 *
 * <p>Admitted rows are held until their block ends (the next run starts, or the file ends), then
 * handed to the {@link Sink} as one block: a reader keeps at most one run's rows. A run that appears
 * again after other runs (a hand edit) is handed over as a second block.
 */
final class RunBlocks {
    /** Receives the blocks of a read in file order. */
    interface Sink {
        /**
         * One block: consecutive rows of one run, all with the same {@link RunInfo} instance, and their
         * 1-based line numbers. The lists are the sink's to keep.
         */
        void block(List<HistoryRow> rows, long[] lines);
    }

    /** The measurements of a block's rows, as an unmodifiable list. */
    static List<Measurement> measurements(List<HistoryRow> rows) {
        Measurement[] out = new Measurement[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).measurement();
        }
        return List.of(out);
    }

    /** What the checks keep of a run: its description, its rows so far, and the metrics of its earlier blocks. */
    private static final class RunState {
        final RunInfo info;
        final int announced;
        final long firstLine;
        int count;
        /** The metrics of the run's blocks before the current one, with their lines (null until a block ends). */
        MetricId[] earlierMetrics;
        long[] earlierLines;

        RunState(RunInfo info, int announced, long firstLine) {
            this.info = info;
            this.announced = announced;
            this.firstLine = firstLine;
        }
    }

    private final Path file;
    private final Sink sink;
    private final Map<RunId, RunState> runs = new LinkedHashMap<>();
    private RunState block;
    private List<HistoryRow> blockRows = new ArrayList<>();
    private LineNumbers blockLines = new LineNumbers(16);
    /** The metrics of the current block (and of the run's earlier blocks) and their lines; metric ids are shared instances within one read. */
    private Map<MetricId, Long> blockKeys = new IdentityHashMap<>();

    /** Checks rows whose blocks go to {@code sink}. */
    RunBlocks(Path file, Sink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** The problem of the row on {@code line}, or empty when it is admitted (then it is held in its block). */
    Optional<HistoryProblem> admit(HistoryRow row, long line) {
        RunId runId = row.run().runId();
        RunState known = block != null && runId.equals(block.info.runId()) ? block : runs.get(runId);
        if (known != null && known.info != row.run() && !known.info.equals(row.run())) {
            return Optional.of(new HistoryProblem(file, line, Optional.empty(), "run " + runId + " is described"
                    + " differently than on its earlier rows (time, commit, branch, suite or environment); two runs"
                    + " share one id. Give one of them a new run id, or delete the line"));
        }
        if (known != block || block == null) {
            endBlock();
            blockKeys = new IdentityHashMap<>();
            if (known != null) {
                // the run appears again after other runs (a hand edit): its earlier rows' metrics count too
                for (int i = 0; i < known.earlierMetrics.length; i++) {
                    blockKeys.put(known.earlierMetrics[i], known.earlierLines[i]);
                }
                block = known;
            } else {
                block = new RunState(row.run(), row.runRows(), line);
                runs.put(runId, block);
            }
        }
        Long dup = blockKeys.putIfAbsent(row.measurement().id(), line);
        if (dup != null) {
            return Optional.of(new HistoryProblem(file, line, Optional.of("metric_id"), "the row " + row.key()
                    + " was already on line " + dup + "; a run has one row per metric. Delete one of the two lines"));
        }
        // one RunInfo instance per run, so that consumers can tell blocks apart by identity
        blockRows.add(row.run() == block.info ? row : new HistoryRow(block.info, row.runRows(), row.measurement()));
        blockLines.add(line);
        block.count++;
        return Optional.empty();
    }

    /** Hands the current block to the sink and remembers its metrics, in case its run appears again. */
    private void endBlock() {
        if (block == null || blockRows.isEmpty()) {
            return;
        }
        remember(block);
        sink.block(blockRows, blockLines.toArray());
        blockRows = new ArrayList<>();
        blockLines = new LineNumbers(16);
    }

    private void remember(RunState run) {
        int earlier = run.earlierMetrics == null ? 0 : run.earlierMetrics.length;
        MetricId[] metrics = new MetricId[earlier + blockRows.size()];
        long[] lines = new long[metrics.length];
        if (earlier > 0) {
            System.arraycopy(run.earlierMetrics, 0, metrics, 0, earlier);
            System.arraycopy(run.earlierLines, 0, lines, 0, earlier);
        }
        for (int i = 0; i < blockRows.size(); i++) {
            metrics[earlier + i] = blockRows.get(i).measurement().id();
            lines[earlier + i] = blockLines.get(i);
        }
        run.earlierMetrics = metrics;
        run.earlierLines = lines;
    }

    /**
     * Ends the read: drops a run cut short at the end of the file (its only block is the last one, with
     * fewer rows than it announces), hands the last block to the sink otherwise, and warns about runs
     * whose row count differs from what they announce.
     */
    void finish(List<HistoryProblem> warnings) {
        if (block != null && !blockRows.isEmpty() && block.earlierMetrics == null && block.count < block.announced) {
            long from = blockLines.get(0);
            long to = blockLines.get(blockRows.size() - 1);
            warnings.add(new HistoryProblem(file, from, Optional.empty(), "run " + block.info.runId() + " on lines "
                    + from + " to " + to + " has " + block.count + " of its " + block.announced + " rows: a writer"
                    + " stopped in the middle of appending it; its rows are ignored, and the next append removes them"));
            runs.remove(block.info.runId());
            blockRows = new ArrayList<>();
            blockLines = new LineNumbers(16);
        } else {
            endBlock();
        }
        block = null;
        runs.values().forEach(run -> {
            if (run.count != run.announced) {
                warnings.add(new HistoryProblem(file, run.firstLine, Optional.of("run_rows"), "run " + run.info.runId()
                        + " has " + run.count + " rows but announces " + run.announced + "; rows of it were deleted or"
                        + " added by hand. Its rows are kept; restore the file from git if that was not intended"));
            }
        });
    }
}
