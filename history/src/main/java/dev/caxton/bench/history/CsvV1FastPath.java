package dev.caxton.bench.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.io.NumberInput;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * Reads the common v1 row straight from the file's bytes. A run's rows are consecutive and begin
 * with the same bytes (the run columns, up to {@code metric_id}); after the first row of a run has
 * been read the careful way ({@link CsvV1#readRow}), every following row that begins with exactly
 * those bytes, holds only ASCII in the rest, and is plainly formed is read here without building
 * strings: cells are found by position, numbers parsed from the bytes.
 *
 * <p>Anything else (a new run, a doubled quote, a byte above 127, a cell that does not parse, a value
 * that a record refuses) makes {@link #read} answer {@code null}, and the caller reads the line the
 * careful way, which gives the same row, or the error with its column and fix. So this class never
 * decides whether a line is malformed; it only skips work on lines that are not.
 */
final class CsvV1FastPath {
    /**
     * The cells this class reads after a run's bytes, in order: the schema's columns from {@code metric_id}
     * to the last ({@code CsvV1FastPathTest} checks that they are).
     */
    static final List<String> READS = List.of("metric_id", "benchmark", "metric", "params", "unit", "direction",
            "value", "ci_lower", "ci_upper", "ci_level", "n", "mean", "stddev", "min", "max", "samples");
    private static final long MAX_EXACT = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p; // 1e0 .. 1e22 are exact doubles
            p *= 10;
        }
    }

    private final RunCache cache;
    private byte[] prefix = new byte[0];
    private int prefixLength = -1;
    private RunInfo run;
    private int runRows;
    private final List<byte[]> unitLabels = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<byte[]> directionLabels = new ArrayList<>();
    private final List<Direction> directions = new ArrayList<>();

    // the cell found by the last call of cell(): its content [start, end), and where the next begins
    private int start;
    private int end;
    private int next;

    CsvV1FastPath(RunCache cache) {
        this.cache = cache;
    }

    /**
     * Remembers the run columns of a line that was read the careful way into {@code row}, so that the
     * run's next rows can be read here.
     */
    void learn(byte[] b, int from, int to, HistoryRow row) {
        int length = runPartLength(b, from, to);
        if (length < 0) {
            prefixLength = -1;
            return;
        }
        if (prefix.length < length) {
            prefix = new byte[Math.max(length, prefix.length * 2)];
        }
        System.arraycopy(b, from, prefix, 0, length);
        prefixLength = length;
        run = row.run();
        runRows = row.runRows();
    }

    /** The row of the line {@code [from, to)} (without its '\n'), or null to read it the careful way. */
    HistoryRow read(byte[] b, int from, int to) {
        int length = prefixLength;
        if (length < 0 || to - from <= length || Arrays.mismatch(b, from, from + length, prefix, 0, length) >= 0) {
            return null;
        }
        try {
            return readRest(b, from + length, to > from && b[to - 1] == '\r' ? to - 1 : to);
        } catch (RuntimeException e) {
            return null; // the careful way reports it
        }
    }

    private HistoryRow readRest(byte[] b, int from, int to) {
        next = from;
        if (!cell(b, to)) {
            return null;
        }
        MetricId id = cache.metric(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        for (int i = 0; i < 3; i++) { // benchmark, metric, params: the metric id is their source
            if (!cell(b, to)) {
                return null;
            }
        }
        if (!cell(b, to)) {
            return null;
        }
        Unit unit = unit(b);
        if (unit == null || !cell(b, to)) {
            return null;
        }
        Direction direction = direction(b);
        if (direction == null || !cell(b, to)) {
            return null;
        }
        double value = number(b);
        if (!cell(b, to)) {
            return null;
        }
        int loStart = start;
        int loEnd = end;
        if (!cell(b, to)) {
            return null;
        }
        int hiStart = start;
        int hiEnd = end;
        if (!cell(b, to)) {
            return null;
        }
        Optional<ConfidenceInterval> ci;
        if (loStart == loEnd && hiStart == hiEnd && start == end) {
            ci = Optional.empty();
        } else {
            double level = number(b);
            ci = Optional.of(new ConfidenceInterval(number(b, loStart, loEnd), number(b, hiStart, hiEnd), level));
        }
        if (!cell(b, to)) {
            return null;
        }
        long n = whole(b, start, end);
        double[] stats = new double[4]; // mean, stddev, min, max
        for (int i = 0; i < 4; i++) {
            if (!cell(b, to)) {
                return null;
            }
            stats[i] = number(b);
        }
        if (!cell(b, to) || next <= to) { // samples is the last cell
            return null;
        }
        List<Double> samples = samples(b, start, end);
        if (samples == null) {
            return null;
        }
        Statistics s = new Statistics(n, stats[0], stats[1], stats[2], stats[3], ci);
        return new HistoryRow(run, runRows, new Measurement(id, unit, direction, value, s, samples));
    }

    /**
     * Finds the next cell from {@code next}: false when it is not plain (a doubled quote, a quote
     * inside an unquoted cell, a byte above 127, no comma after a closing quote) or the line has no
     * more cells. After the last cell {@code next} is {@code to + 1}.
     */
    private boolean cell(byte[] b, int to) {
        int i = next;
        if (i > to) {
            return false;
        }
        if (i < to && b[i] == '"') {
            i++;
            start = i;
            while (true) {
                if (i >= to) {
                    return false;
                }
                byte c = b[i];
                if (c == '"') {
                    break;
                }
                if (c < 0) {
                    return false;
                }
                i++;
            }
            end = i;
            i++;
            if (i == to) {
                next = to + 1;
                return true;
            }
            if (b[i] != ',') {
                return false; // a doubled quote, or text after the closing quote
            }
            next = i + 1;
            return true;
        }
        start = i;
        while (i < to) {
            byte c = b[i];
            if (c == ',') {
                break;
            }
            if (c == '"' || c < 0) {
                return false;
            }
            i++;
        }
        end = i;
        next = i + 1;
        return true;
    }

    private Unit unit(byte[] b) {
        for (int i = 0; i < unitLabels.size(); i++) {
            if (Arrays.equals(b, start, end, unitLabels.get(i), 0, unitLabels.get(i).length)) {
                return units.get(i);
            }
        }
        Unit u = cache.unit(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        unitLabels.add(Arrays.copyOfRange(b, start, end));
        units.add(u);
        return u;
    }

    private Direction direction(byte[] b) {
        for (int i = 0; i < directionLabels.size(); i++) {
            if (Arrays.equals(b, start, end, directionLabels.get(i), 0, directionLabels.get(i).length)) {
                return directions.get(i);
            }
        }
        Direction d = cache.direction(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        directionLabels.add(Arrays.copyOfRange(b, start, end));
        directions.add(d);
        return d;
    }

    private double number(byte[] b) {
        return number(b, start, end);
    }

    /** Samples separated by single spaces, as {@link CsvV1} writes them; null for anything else. */
    private static List<Double> samples(byte[] b, int from, int to) {
        if (from == to) {
            return List.of();
        }
        if (b[from] == ' ' || b[to - 1] == ' ') {
            return null;
        }
        List<Double> out = new ArrayList<>(8);
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == ' ') {
                if (i == s) {
                    return null; // two spaces
                }
                out.add(number(b, s, i));
                s = i + 1;
            }
        }
        return out;
    }

    /**
     * The double of the text {@code [from, to)}, exactly as {@link Double#parseDouble} gives it. A plain
     * decimal ({@code -12.5}, {@code 1.0E-4}) whose digits form an integer of at most 2^53 and whose
     * power of ten is at most 22 is an exact double divided or multiplied by an exact power of ten,
     * which IEEE arithmetic rounds correctly in one operation (Clinger's fast path). Other plain
     * decimals (the 17 digits of {@code 1000.0/3}) go to Jackson's correctly rounded parser
     * (Lemire's algorithm, from FastDoubleParser), anything else to {@code Double.parseDouble}, which
     * throws for an empty cell or a word.
     */
    static double number(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && b[i] == '-') {
            negative = true;
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = 0;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            if (count < 18) {
                digits = digits * 10 + (b[i] - '0');
            }
            i++;
            count++;
        }
        if (i < to && b[i] == '.') {
            i++;
            while (i < to && b[i] >= '0' && b[i] <= '9') {
                if (count < 18) {
                    digits = digits * 10 + (b[i] - '0');
                    fraction++;
                }
                i++;
                count++;
            }
        }
        if (count == 0) {
            return Double.parseDouble(text(b, from, to));
        }
        int exponent = 0;
        if (i < to && (b[i] == 'E' || b[i] == 'e')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            int expDigits = 0;
            while (i < to && b[i] >= '0' && b[i] <= '9' && expDigits < 4) {
                exponent = exponent * 10 + (b[i++] - '0');
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.parseDouble(text(b, from, to));
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.parseDouble(text(b, from, to));
        }
        if (count > 18 || digits > MAX_EXACT) {
            return NumberInput.parseDouble(text(b, from, to), true);
        }
        exponent -= fraction;
        double v;
        if (digits == 0) {
            v = 0.0;
        } else if (exponent == 0) {
            v = digits;
        } else if (exponent > 0 && exponent < POWERS_OF_TEN.length) {
            v = digits * POWERS_OF_TEN[exponent];
        } else if (exponent < 0 && -exponent < POWERS_OF_TEN.length) {
            v = digits / POWERS_OF_TEN[-exponent];
        } else {
            return NumberInput.parseDouble(text(b, from, to), true);
        }
        return negative ? -v : v;
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** A whole number, exactly as {@link Long#parseLong} reads it. */
    static long whole(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && b[i] == '-') {
            negative = true;
            i++;
        }
        if (i == to || to - i > 18) {
            return Long.parseLong(text(b, from, to));
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return Long.parseLong(text(b, from, to));
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * The length in bytes of the run columns (schema_v1 .. jvm_flags, each with its comma) of a well
     * formed line, or -1.
     */
    static int runPartLength(byte[] b, int from, int to) {
        int i = from;
        for (int field = 0; field < CsvV1.METRIC_ID; field++) {
            if (i < to && b[i] == '"') {
                i++;
                while (true) {
                    if (i >= to) {
                        return -1;
                    }
                    if (b[i] == '"') {
                        if (i + 1 < to && b[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            } else {
                while (i < to && b[i] != ',') {
                    i++;
                }
            }
            if (i >= to || b[i] != ',') {
                return -1;
            }
            i++;
        }
        return i - from;
    }
}
