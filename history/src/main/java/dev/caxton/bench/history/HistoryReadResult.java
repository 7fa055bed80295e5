package dev.caxton.bench.history;

import java.util.List;

/**
 * What a history file holds: its schema version, its rows in file order, and warnings (a torn last
 * line, a run cut short at the end of the file, and in lenient mode every skipped row).
 */
public record HistoryReadResult(int schemaVersion, List<HistoryRow> rows, List<HistoryProblem> warnings) {
    public HistoryReadResult {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
