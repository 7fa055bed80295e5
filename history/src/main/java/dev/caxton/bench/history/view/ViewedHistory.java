package dev.caxton.bench.history.view;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;

import dev.caxton.bench.history.HistoryProblem;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;

/**
 * A history read for viewing by {@link HistoryView#read}: compact, with the filter and window it was
 * read with. Give it to {@link HistoryView#series(ViewedHistory, MetricId)},
 * {@link HistoryView#trend(ViewedHistory)} or {@link HistoryView#runs(ViewedHistory)}. Not thread-safe
 * while being read; effectively immutable afterwards.
 */
public final class ViewedHistory {
    private final ViewTable table;
    private final int window;
    private final List<HistoryProblem> warnings;

    ViewedHistory(ViewTable table, int window, List<HistoryProblem> warnings) {
        this.table = table;
        this.window = window;
        this.warnings = List.copyOf(warnings);
    }

    /** Every run of the file, whether it passes the filter or not, oldest first (for totals and for checking filter values). */
    public List<RunInfo> allRuns() {
        return table.allRuns();
    }

    /** Every metric of any run of the file, sorted by canonical id. */
    public SortedSet<MetricId> metrics() {
        return Collections.unmodifiableSortedSet(table.allMetrics());
    }

    /** What reading the file reported: a torn last line, runs cut short, skipped rows. */
    public List<HistoryProblem> warnings() {
        return warnings;
    }

    /** The filter the runs were read with. */
    public RunFilter filter() {
        return table.filter();
    }

    /** How many of the newest points of each series were kept in full. */
    public int window() {
        return window;
    }

    ViewTable table() {
        return table;
    }
}
