package dev.caxton.bench.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Unit;

/**
 * Shares objects between the rows of one read: consecutive rows of a run get the same {@link RunInfo},
 * equal metric ids the same {@link MetricId}, so a large history costs little more than its numbers.
 */
final class RunCache {
    private static final int RUN_COLUMNS_END = 19; // run_id .. jvm_flags, without run_rows

    private List<String> lastFields;
    private RunInfo lastRun;
    private final Map<String, MetricId> metrics = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Direction> directions = new HashMap<>();

    private String lastLine;
    private int runPartEnd = -1;
    private List<String> lastRunPart = List.of();

    /**
     * The fields of a line. Consecutive rows of one run begin with the same text (the run columns up
     * to {@code metric_id}); when this line does, only the rest is split.
     */
    List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>(40);
        if (lastLine != null && runPartEnd > 0 && line.length() > runPartEnd
                && line.regionMatches(0, lastLine, 0, runPartEnd)) {
            out.addAll(lastRunPart);
            CsvLine.split(line, runPartEnd, out, -1);
            return out;
        }
        runPartEnd = CsvLine.split(line, 0, out, RUN_COLUMNS_END);
        lastLine = line;
        lastRunPart = runPartEnd > 0 ? List.copyOf(out.subList(0, RUN_COLUMNS_END)) : List.of();
        return out;
    }

    RunInfo get(List<String> fields, Supplier<RunInfo> make) {
        if (lastFields != null && sameRun(lastFields, fields)) {
            return lastRun;
        }
        RunInfo run = make.get();
        lastFields = fields;
        lastRun = run;
        return run;
    }

    Unit unit(String label) {
        Unit u = units.get(label);
        if (u == null) {
            try {
                u = Unit.fromLabel(label);
            } catch (IllegalArgumentException e) {
                throw new CsvV1.FieldError(23, e.getMessage());
            }
            units.put(label, u);
        }
        return u;
    }

    Direction direction(String label) {
        Direction d = directions.get(label);
        if (d == null) {
            try {
                d = Direction.fromLabel(label);
            } catch (IllegalArgumentException e) {
                throw new CsvV1.FieldError(24, e.getMessage());
            }
            directions.put(label, d);
        }
        return d;
    }

    MetricId metric(String canonical) {
        MetricId id = metrics.get(canonical);
        if (id == null) {
            try {
                id = MetricId.parse(canonical);
            } catch (IllegalArgumentException e) {
                throw new CsvV1.FieldError(19, e.getMessage());
            }
            metrics.put(canonical, id);
        }
        return id;
    }

    private static boolean sameRun(List<String> a, List<String> b) {
        for (int i = 1; i < RUN_COLUMNS_END; i++) {
            if (i != 10 && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
