package dev.caxton.bench.history.view;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.caxton.bench.history.History;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;

/**
 * What the views need of a history, kept compactly as the runs stream in: the description of every
 * run; of each run that passes the filter, its metrics' values as arrays (enough for totals and change
 * points); and the full {@link Measurement} only of the points a window can show, the newest
 * {@code keep} points of each metric in each series key and environment (a window of the newest N runs
 * or N points of a series, in any environment scope, is among them). A history of a million rows is
 * then held in about 13 bytes a row rather than a few hundred.
 */
final class ViewTable {
    /** A run that passed the filter: its metrics (indexes into the table's metrics), values, directions. */
    static final class Entry {
        final RunInfo info;
        final SeriesKey key;
        final String environment;
        int size;
        int[] metrics;
        double[] values;
        byte[] directions;
        /** The full measurement where a window may show it, else null (the array too, when nothing is kept). */
        Measurement[] kept;

        Entry(RunInfo info, int capacity, boolean keeps) {
            this.info = info;
            this.key = SeriesKey.of(info);
            this.environment = info.environment().fingerprint();
            metrics = new int[capacity];
            values = new double[capacity];
            directions = new byte[capacity];
            kept = keeps ? new Measurement[capacity] : null;
        }

        void add(int metric, Measurement m) {
            if (size == metrics.length) {
                int n = Math.max(4, size * 2);
                metrics = Arrays.copyOf(metrics, n);
                values = Arrays.copyOf(values, n);
                directions = Arrays.copyOf(directions, n);
                kept = kept == null ? null : Arrays.copyOf(kept, n);
            }
            metrics[size] = metric;
            values[size] = m.value();
            directions[size] = (byte) m.direction().ordinal();
            if (kept != null) {
                kept[size] = m;
            }
            size++;
        }

        /** The position of a metric in this run, or -1. */
        int find(int metric) {
            for (int i = 0; i < size; i++) {
                if (metrics[i] == metric) {
                    return i;
                }
            }
            return -1;
        }

        Direction direction(int position) {
            return DIRECTIONS[directions[position]];
        }
    }

    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Comparator<Entry> CHRONOLOGICAL = (a, b) -> History.CHRONOLOGICAL.compare(a.info, b.info);

    /** One kept point: a run and the position of the metric in it. */
    private record Kept(Entry entry, int position) {}

    private static final Comparator<Kept> KEPT_ORDER = (a, b) -> CHRONOLOGICAL.compare(a.entry, b.entry);

    private record Group(SeriesKey key, String environment) {}

    private final RunFilter filter;
    private final int keep;
    private final Predicate<MetricId> inFull;
    /** Per metric index, whether its measurements are kept in full (by {@link #inFull}). */
    private final BitSet full = new BitSet();
    private final Map<RunId, RunInfo> all = new LinkedHashMap<>();
    private final Map<RunId, Entry> accepted = new LinkedHashMap<>();
    private final Map<MetricId, Integer> metricIndex = new HashMap<>();
    private final List<MetricId> metrics = new ArrayList<>();
    /** The metrics of runs that did not pass the filter. */
    private final Set<MetricId> otherMetrics = new HashSet<>();
    /** Per series key and environment, per metric index, the newest points kept in full. */
    private final Map<Group, List<TreeSet<Kept>>> newest = new HashMap<>();

    /** A table of the runs that pass {@code filter}, keeping in full the newest {@code keep} points per series (0: none). */
    ViewTable(RunFilter filter, int keep, Predicate<MetricId> inFull) {
        this.filter = filter;
        this.keep = keep;
        this.inFull = inFull;
    }

    /** A table of every run of an in-memory history that passes {@code filter}, with every measurement kept. */
    static ViewTable of(History history, RunFilter filter) {
        ViewTable t = new ViewTable(filter, Integer.MAX_VALUE, m -> true);
        history.runs().forEach(r -> t.add(r.info(), r.measurements()));
        return t;
    }

    /** Adds a block of one run's measurements (a run may come in several blocks). */
    void add(RunInfo info, List<Measurement> measurements) {
        RunInfo known = all.putIfAbsent(info.runId(), info);
        if (!filter.accepts(known == null ? info : known)) {
            measurements.forEach(m -> otherMetrics.add(m.id()));
            return;
        }
        Entry e = accepted.computeIfAbsent(info.runId(), id -> new Entry(info, measurements.size(), keep > 0));
        List<TreeSet<Kept>> slots = keep == 0 || keep == Integer.MAX_VALUE ? null
                : newest.computeIfAbsent(new Group(e.key, e.environment), g -> new ArrayList<>());
        for (Measurement m : measurements) {
            Integer index = metricIndex.get(m.id());
            if (index == null) {
                index = metrics.size();
                metricIndex.put(m.id(), index);
                metrics.add(m.id());
                full.set(index, inFull.test(m.id()));
            }
            int position = e.size;
            e.add(index, m);
            if (keep == 0) {
                continue;
            }
            if (!full.get(index)) {
                e.kept[position] = null;
            } else if (slots != null) {
                while (slots.size() <= index) {
                    slots.add(null);
                }
                TreeSet<Kept> slot = slots.get(index);
                if (slot == null) {
                    slot = new TreeSet<>(KEPT_ORDER);
                    slots.set(index, slot);
                }
                slot.add(new Kept(e, position));
                if (slot.size() > keep) {
                    Kept dropped = slot.pollFirst();
                    dropped.entry().kept[dropped.position()] = null;
                }
            }
        }
    }

    /** Every run's description, passing the filter or not, oldest first. */
    List<RunInfo> allRuns() {
        List<RunInfo> out = new ArrayList<>(all.values());
        out.sort(History.CHRONOLOGICAL);
        return Collections.unmodifiableList(out);
    }

    /** The runs that passed the filter, oldest first. */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>(accepted.values());
        out.sort(CHRONOLOGICAL);
        return out;
    }

    /** Every metric of any run, passing the filter or not, sorted. */
    SortedSet<MetricId> allMetrics() {
        SortedSet<MetricId> out = new TreeSet<>(metrics);
        out.addAll(otherMetrics);
        return out;
    }

    RunFilter filter() {
        return filter;
    }

    /** The index of a metric, or -1 when no run that passed the filter measured it. */
    int index(MetricId metric) {
        Integer i = metricIndex.get(metric);
        return i == null ? -1 : i;
    }

    MetricId metric(int index) {
        return metrics.get(index);
    }
}
