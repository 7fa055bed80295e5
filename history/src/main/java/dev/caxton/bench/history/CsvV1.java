package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Shard;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * Schema version 1 of the history CSV: its header, how a row is written and how it is read back.
 * The column list is the single source of truth, and this class the only one that knows a column's
 * position; docs/history-format.md describes it. Cells are read and written by commons-csv
 * ({@link CsvCells}).
 */
final class CsvV1 {
    static final int VERSION = 1;

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of(
            "schema_v1", "run_id", "timestamp", "commit", "branch", "pr", "suite", "profile", "system", "shard",
            "run_rows", "env", "cpu", "cores", "memory_bytes", "os", "jvm_vendor", "jvm_version", "jvm_flags",
            "metric_id", "benchmark", "metric", "params", "unit", "direction", "value", "ci_lower", "ci_upper",
            "ci_level", "n", "mean", "stddev", "min", "max", "samples");

    static final String HEADER = String.join(",", COLUMNS) + "\n";

    // The 0-based position of each column, found in COLUMNS: this class is the only one that knows them.
    static final int SCHEMA = column("schema_v1");
    static final int RUN_ID = column("run_id");
    static final int TIMESTAMP = column("timestamp");
    static final int COMMIT = column("commit");
    static final int BRANCH = column("branch");
    static final int PR = column("pr");
    static final int SUITE = column("suite");
    static final int PROFILE = column("profile");
    static final int SYSTEM = column("system");
    static final int SHARD = column("shard");
    static final int RUN_ROWS = column("run_rows");
    static final int ENV = column("env");
    static final int CPU = column("cpu");
    static final int CORES = column("cores");
    static final int MEMORY = column("memory_bytes");
    static final int OS = column("os");
    static final int JVM_VENDOR = column("jvm_vendor");
    static final int JVM_VERSION = column("jvm_version");
    static final int JVM_FLAGS = column("jvm_flags");
    static final int METRIC_ID = column("metric_id");
    static final int BENCHMARK = column("benchmark");
    static final int METRIC = column("metric");
    static final int PARAMS = column("params");
    static final int UNIT = column("unit");
    static final int DIRECTION = column("direction");
    static final int VALUE = column("value");
    static final int CI_LOWER = column("ci_lower");
    static final int CI_UPPER = column("ci_upper");
    static final int CI_LEVEL = column("ci_level");
    static final int N = column("n");
    static final int MEAN = column("mean");
    static final int STDDEV = column("stddev");
    static final int MIN = column("min");
    static final int MAX = column("max");
    static final int SAMPLES = column("samples");

    private CsvV1() {}

    private static int column(String name) {
        int i = COLUMNS.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("No column " + name + " in " + COLUMNS);
        }
        return i;
    }

    /**
     * Writes rows of this version through commons-csv ({@link CsvCells}), one line each. The cells that
     * describe the run (up to {@code jvm_flags}) are the same in every row of a run: they are checked and
     * written once and reused while the rows are of the same run, so a run of N metrics costs N rows,
     * not N times the run's 19 cells and its fingerprint.
     */
    static final class RowWriter {
        private final Appendable out;
        private RunInfo run;
        private int runRows;
        private String runCells;

        RowWriter(Appendable sink) {
            this.out = sink;
        }

        /** The header line. */
        RowWriter header() {
            for (int i = 0; i < COLUMNS.size(); i++) {
                CsvCells.cell(out, COLUMNS.get(i), i == 0);
            }
            CsvCells.endLine(out);
            return this;
        }

        /**
         * The line of one measurement of a run.
         *
         * @throws IllegalArgumentException when a text holds a line break, or a JVM flag is empty or holds white space
         */
        RowWriter row(RunInfo run, int runRows, Measurement m) {
            if (run != this.run || runRows != this.runRows || runCells == null) {
                runCells = runCells(run, runRows);
                this.run = run;
                this.runRows = runRows;
            }
            MetricId id = m.id();
            Statistics s = m.stats();
            Optional<ConfidenceInterval> ci = s.confidence();
            String[] cells = new String[COLUMNS.size()]; // the run's cells, before METRIC_ID, are in runCells
            cells[METRIC_ID] = id.canonical();
            cells[BENCHMARK] = id.benchmark();
            cells[METRIC] = id.metric();
            cells[PARAMS] = params(id.params());
            cells[UNIT] = m.unit().label();
            cells[DIRECTION] = m.direction().label();
            String value = number(m.value());
            cells[VALUE] = value;
            cells[CI_LOWER] = ci.map(c -> number(c.lower())).orElse("");
            cells[CI_UPPER] = ci.map(c -> number(c.upper())).orElse("");
            cells[CI_LEVEL] = ci.map(c -> number(c.level())).orElse("");
            cells[N] = Long.toString(s.n());
            // a single value is also its mean, min and max: its text is made once
            cells[MEAN] = sameOr(s.mean(), m.value(), value);
            cells[STDDEV] = number(s.stddev());
            cells[MIN] = sameOr(s.min(), m.value(), value);
            cells[MAX] = sameOr(s.max(), m.value(), value);
            cells[SAMPLES] = samples(m.samples());
            for (int i = METRIC_ID; i < cells.length; i++) {
                oneLine(i, cells[i]);
            }
            try {
                out.append(runCells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = METRIC_ID; i < cells.length; i++) {
                if (i >= VALUE && i <= MAX) { // value to max: the numbers (or empty cells), never quoted
                    CsvCells.number(out, cells[i]);
                } else {
                    CsvCells.cell(out, cells[i], false);
                }
            }
            CsvCells.endLine(out);
            return this;
        }

        /** The cells of a run's rows before {@code metric_id}, written as a line starts. */
        private static String runCells(RunInfo run, int runRows) {
            Environment env = run.environment();
            for (String flag : env.jvmFlags()) {
                if (flag.isEmpty() || flag.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("A JVM flag written to the history may not be empty or hold white"
                            + " space (flags are separated by spaces), got '" + flag + "'");
                }
            }
            String[] cells = new String[METRIC_ID];
            cells[SCHEMA] = Integer.toString(VERSION);
            cells[RUN_ID] = run.runId().value();
            cells[TIMESTAMP] = run.startedAt().toString();
            cells[COMMIT] = run.commit().orElse("");
            cells[BRANCH] = run.branch().orElse("");
            cells[PR] = run.pullRequest().map(String::valueOf).orElse("");
            cells[SUITE] = run.suite();
            cells[PROFILE] = run.profile().label();
            cells[SYSTEM] = run.system();
            cells[SHARD] = run.shard().map(Shard::label).orElse("");
            cells[RUN_ROWS] = Integer.toString(runRows);
            cells[ENV] = env.fingerprint();
            cells[CPU] = env.cpuModel();
            cells[CORES] = Integer.toString(env.cores());
            cells[MEMORY] = Long.toString(env.memoryBytes());
            cells[OS] = env.os();
            cells[JVM_VENDOR] = env.jvmVendor();
            cells[JVM_VERSION] = env.jvmVersion();
            cells[JVM_FLAGS] = String.join(" ", env.jvmFlags());
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < cells.length; i++) {
                CsvCells.cell(sb, oneLine(i, cells[i]), i == 0);
            }
            return sb.toString();
        }
    }

    /** The line (with its '\n') of one measurement of a run. */
    static String line(RunInfo run, int runRows, Measurement m) {
        StringBuilder sb = new StringBuilder(400);
        new RowWriter(sb).row(run, runRows, m);
        return sb.toString();
    }

    private static String oneLine(int column, String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The history keeps one row per line: the " + COLUMNS.get(column)
                    + " may not hold a line break, got '" + text.replace("\n", "\\n").replace("\r", "\\r") + "'");
        }
        return text;
    }

    private static String samples(List<Double> samples) {
        StringBuilder sb = new StringBuilder(samples.size() * 12);
        for (int i = 0; i < samples.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Double.toString(samples.get(i)));
        }
        return sb.toString();
    }

    /** Parameters as {@code k=v;k=v} (sorted), for filtering in a spreadsheet; the metric id is the source. */
    static String params(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(k).append('=').append(v);
        });
        return sb.toString();
    }

    private static String number(double v) {
        // Double.toString is locale-independent and the shortest text that reads back to the same double
        return Double.toString(v);
    }

    /** The text of {@code v}: {@code knownText} when {@code v} is {@code known} (-0.0 is not 0.0). */
    private static String sameOr(double v, double known, String knownText) {
        return Double.compare(v, known) == 0 ? knownText : number(v);
    }

    /** A row's fields, read back; {@code runCache} shares equal run identities between rows. */
    static HistoryRow readRow(List<String> f, RunCache runCache) {
        if (f.size() != COLUMNS.size()) {
            throw new FieldError(-1, "expected " + COLUMNS.size() + " columns, found " + f.size());
        }
        if (!f.get(0).equals("1")) {
            throw new FieldError(0, "the schema column holds '" + f.get(0) + "' but the header says version 1;"
                    + " the file mixes schema versions; rewrite it with 'caxton-bench history merge'");
        }
        RunInfo run = runCache.run(f, CsvV1::sameRun, () -> run(f));
        Unit unit = parse(UNIT, () -> runCache.unit(f.get(UNIT)));
        Direction direction = parse(DIRECTION, () -> runCache.direction(f.get(DIRECTION)));
        MetricId id = parse(METRIC_ID, () -> runCache.metric(f.get(METRIC_ID)));
        double value = dbl(f, VALUE);
        Optional<ConfidenceInterval> ci;
        if (f.get(CI_LOWER).isEmpty() && f.get(CI_UPPER).isEmpty() && f.get(CI_LEVEL).isEmpty()) {
            ci = Optional.empty();
        } else {
            double lo = dbl(f, CI_LOWER);
            double hi = dbl(f, CI_UPPER);
            double level = dbl(f, CI_LEVEL);
            ci = Optional.of(parse(CI_LOWER, () -> new ConfidenceInterval(lo, hi, level)));
        }
        long n = lng(f, N);
        double mean = dbl(f, MEAN);
        double sd = dbl(f, STDDEV);
        double min = dbl(f, MIN);
        double max = dbl(f, MAX);
        Statistics stats = parse(N, () -> new Statistics(n, mean, sd, min, max, ci));
        List<Double> samples = samples(f.get(SAMPLES));
        int runRows = (int) lng(f, RUN_ROWS);
        Measurement m = parse(VALUE, () -> new Measurement(id, unit, direction, value, stats, samples));
        return parse(RUN_ROWS, () -> new HistoryRow(run, runRows, m));
    }

    private static RunInfo run(List<String> f) {
        Instant ts = parse(TIMESTAMP, () -> {
            try {
                return Instant.parse(f.get(TIMESTAMP));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expected an ISO-8601 UTC time such as 2026-11-26T17:20:00Z, found '"
                        + f.get(TIMESTAMP) + "'");
            }
        });
        Optional<Integer> pr = f.get(PR).isEmpty() ? Optional.empty() : Optional.of((int) lng(f, PR));
        int cores = (int) lng(f, CORES);
        long memory = lng(f, MEMORY);
        List<String> flags = f.get(JVM_FLAGS).isEmpty() ? List.of() : Arrays.asList(f.get(JVM_FLAGS).split(" "));
        Environment env = parse(CPU, () -> new Environment(f.get(CPU), cores, memory, f.get(OS), f.get(JVM_VENDOR),
                f.get(JVM_VERSION), flags));
        if (!env.fingerprint().equals(f.get(ENV))) {
            throw new FieldError(ENV, "the fingerprint '" + f.get(ENV) + "' does not match the environment columns"
                    + " (they give '" + env.fingerprint() + "'); an environment column was edited");
        }
        RunId id = parse(RUN_ID, () -> new RunId(f.get(RUN_ID)));
        RunProfile profile = parse(PROFILE, () -> RunProfile.parse(f.get(PROFILE)));
        Optional<Shard> shard = f.get(SHARD).isEmpty() ? Optional.empty()
                : Optional.of(parse(SHARD, () -> Shard.parse(f.get(SHARD))));
        return parse(RUN_ID, () -> new RunInfo(id, ts, opt(f.get(COMMIT)), opt(f.get(BRANCH)), pr, env,
                f.get(SUITE), profile, f.get(SYSTEM), shard));
    }

    /** Whether two rows' cells describe the same run: equal run columns, {@code run_rows} aside. */
    static boolean sameRun(List<String> a, List<String> b) {
        for (int i = RUN_ID; i < METRIC_ID; i++) {
            if (i != RUN_ROWS && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The run id and announced row count of a row's cells; empty when the cells are no row of this version. */
    static Optional<RowHead> head(List<String> f) {
        if (f.size() != COLUMNS.size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RowHead(f.get(RUN_ID), Integer.parseInt(f.get(RUN_ROWS))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the tail repair needs of a row: which run it belongs to and how many rows that run announces. */
    record RowHead(String runId, int runRows) {}

    private static List<Double> samples(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] parts = text.split(" ");
        List<Double> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            out.add(number(SAMPLES, p));
        }
        return out;
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static double dbl(List<String> f, int column) {
        return number(column, f.get(column));
    }

    private static double number(int column, String text) {
        if (text.isEmpty()) {
            throw new FieldError(column, "expected a number, found an empty cell");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new FieldError(column, "expected a number such as 1234.5 or 1.2E-4, found '" + text + "'");
        }
    }

    private static long lng(List<String> f, int column) {
        String text = f.get(column);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new FieldError(column, "expected a whole number, found '" + text + "'");
        }
    }

    private static <T> T parse(int column, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (FieldError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FieldError(column, e.getMessage());
        }
    }

    /** A bad cell: its 0-based column and what is wrong. */
    static final class FieldError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        FieldError(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }

        /** The column's name, empty when the whole line is at fault. */
        Optional<String> columnName() {
            if (column < 0) {
                return Optional.empty();
            }
            return Optional.of(column < COLUMNS.size() ? COLUMNS.get(column) : "column " + (column + 1));
        }
    }
}
