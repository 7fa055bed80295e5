package dev.caxton.bench.history;

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
 * The column list is the single source of truth; docs/history-format.md describes it.
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

    private static final int RUN_ID = 1;
    private static final int TIMESTAMP = 2;
    private static final int COMMIT = 3;
    private static final int BRANCH = 4;
    private static final int PR = 5;
    private static final int SUITE = 6;
    private static final int PROFILE = 7;
    private static final int SYSTEM = 8;
    private static final int SHARD = 9;
    private static final int RUN_ROWS = 10;
    private static final int ENV = 11;
    private static final int CPU = 12;
    private static final int CORES = 13;
    private static final int MEMORY = 14;
    private static final int OS = 15;
    private static final int JVM_VENDOR = 16;
    private static final int JVM_VERSION = 17;
    private static final int JVM_FLAGS = 18;
    private static final int METRIC_ID = 19;
    private static final int UNIT = 23;
    private static final int DIRECTION = 24;
    private static final int VALUE = 25;
    private static final int CI_LOWER = 26;
    private static final int CI_UPPER = 27;
    private static final int CI_LEVEL = 28;
    private static final int N = 29;
    private static final int MEAN = 30;
    private static final int STDDEV = 31;
    private static final int MIN = 32;
    private static final int MAX = 33;
    private static final int SAMPLES = 34;

    private CsvV1() {}

    /** Appends the CSV line (with its '\n') of one measurement of a run. */
    static void writeRow(StringBuilder sb, RunInfo run, int runRows, Measurement m) {
        Environment env = run.environment();
        MetricId id = m.id();
        Statistics s = m.stats();
        sb.append(VERSION);
        field(sb, "run_id", run.runId().value());
        field(sb, "timestamp", run.startedAt().toString());
        field(sb, "commit", run.commit().orElse(""));
        field(sb, "branch", run.branch().orElse(""));
        sb.append(',');
        run.pullRequest().ifPresent(sb::append);
        field(sb, "suite", run.suite());
        field(sb, "profile", run.profile().label());
        field(sb, "system", run.system());
        field(sb, "shard", run.shard().map(Shard::label).orElse(""));
        sb.append(',').append(runRows);
        field(sb, "env", env.fingerprint());
        field(sb, "cpu", env.cpuModel());
        sb.append(',').append(env.cores());
        sb.append(',').append(env.memoryBytes());
        field(sb, "os", env.os());
        field(sb, "jvm_vendor", env.jvmVendor());
        field(sb, "jvm_version", env.jvmVersion());
        for (String flag : env.jvmFlags()) {
            if (flag.isEmpty() || flag.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("A JVM flag written to the history may not be empty or hold white space"
                        + " (flags are separated by spaces), got '" + flag + "'");
            }
        }
        field(sb, "jvm_flags", String.join(" ", env.jvmFlags()));
        field(sb, "metric_id", id.canonical());
        field(sb, "benchmark", id.benchmark());
        field(sb, "metric", id.metric());
        field(sb, "params", params(id.params()));
        field(sb, "unit", m.unit().label());
        field(sb, "direction", m.direction().label());
        number(sb, m.value());
        if (s.confidence().isPresent()) {
            ConfidenceInterval ci = s.confidence().get();
            number(sb, ci.lower());
            number(sb, ci.upper());
            number(sb, ci.level());
        } else {
            sb.append(",,,");
        }
        sb.append(',').append(s.n());
        number(sb, s.mean());
        number(sb, s.stddev());
        number(sb, s.min());
        number(sb, s.max());
        sb.append(',');
        for (int i = 0; i < m.samples().size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Double.toString(m.samples().get(i)));
        }
        sb.append('\n');
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

    private static void number(StringBuilder sb, double v) {
        // Double.toString is locale-independent and the shortest text that reads back to the same double
        sb.append(',').append(Double.toString(v));
    }

    private static void field(StringBuilder sb, String column, String text) {
        sb.append(',');
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("The history keeps one row per line: the " + column
                        + " may not hold a line break, got '" + text.replace("\n", "\\n").replace("\r", "\\r") + "'");
            }
            if (c == ',' || c == '"') {
                quote = true;
            }
        }
        if (text.isEmpty() || !quote && !needsQuoteForSniffing(text)) {
            sb.append(text);
            return;
        }
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** Leading or trailing spaces would be trimmed by some readers; quote them so they survive. */
    private static boolean needsQuoteForSniffing(String text) {
        return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
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
        RunInfo run = runCache.get(f, () -> run(f));
        Unit unit = runCache.unit(f.get(UNIT));
        Direction direction = runCache.direction(f.get(DIRECTION));
        MetricId id = runCache.metric(f.get(METRIC_ID));
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
        java.util.Optional<String> columnName() {
            if (column < 0) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(column < COLUMNS.size() ? COLUMNS.get(column) : "column " + (column + 1));
        }
    }
}
