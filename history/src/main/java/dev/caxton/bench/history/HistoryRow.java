package dev.caxton.bench.history;

import java.util.Objects;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * One row of the history: a run's identity and one of its measurements. {@code runRows} is the
 * number of rows the run was appended with; a run with fewer rows in the file was cut short by a
 * crash or a bad merge.
 */
public record HistoryRow(RunInfo run, int runRows, Measurement measurement) {
    public HistoryRow {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(measurement, "measurement");
        if (runRows < 1) {
            throw new IllegalArgumentException("A run has at least one row, got run_rows " + runRows);
        }
    }

    /** The key that is unique in a history: run id and canonical metric id. */
    public Key key() {
        return new Key(run.runId(), measurement.id());
    }

    /** The identity of a row: run id and metric id. */
    public record Key(RunId runId, MetricId metric) {
        public Key {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public String toString() {
            return "(run " + runId + ", metric " + metric.canonical() + ")";
        }
    }
}
