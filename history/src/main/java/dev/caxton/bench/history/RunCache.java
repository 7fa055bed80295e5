package dev.caxton.bench.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Unit;

/**
 * Shares objects between the rows of one read: consecutive rows of a run get the same {@link RunInfo},
 * equal metric ids the same {@link MetricId}, so a large history costs little more than its numbers.
 * It knows no column: the schema says which cells describe the run.
 */
final class RunCache {
    private List<String> lastCells;
    private RunInfo lastRun;
    private final Map<String, MetricId> metrics = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Direction> directions = new HashMap<>();

    /** The run of the previous row when {@code sameRun} says these cells describe it too, else a new one. */
    RunInfo run(List<String> cells, BiPredicate<List<String>, List<String>> sameRun, Supplier<RunInfo> make) {
        if (lastCells != null && sameRun.test(lastCells, cells)) {
            return lastRun;
        }
        RunInfo run = make.get();
        lastCells = cells;
        lastRun = run;
        return run;
    }

    /** @throws IllegalArgumentException for an unknown label, naming the known ones */
    Unit unit(String label) {
        Unit u = units.get(label);
        if (u == null) {
            u = Unit.fromLabel(label);
            units.put(label, u);
        }
        return u;
    }

    /** @throws IllegalArgumentException for an unknown label, naming the known ones */
    Direction direction(String label) {
        Direction d = directions.get(label);
        if (d == null) {
            d = Direction.fromLabel(label);
            directions.put(label, d);
        }
        return d;
    }

    /** @throws IllegalArgumentException for a malformed id */
    MetricId metric(String canonical) {
        MetricId id = metrics.get(canonical);
        if (id == null) {
            id = MetricId.parse(canonical);
            metrics.put(canonical, id);
        }
        return id;
    }
}
