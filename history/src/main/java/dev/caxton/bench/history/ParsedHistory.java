package dev.caxton.bench.history;

import java.util.List;

/**
 * A history as read, with each row's 1-based line number ({@code lines[i]} is the line of row i), for
 * messages that point at lines.
 */
record ParsedHistory(int version, List<HistoryRow> rows, long[] lines, List<HistoryProblem> warnings) {
    long line(int row) {
        return lines[row];
    }

    HistoryReadResult result() {
        return new HistoryReadResult(version, rows, warnings);
    }
}
