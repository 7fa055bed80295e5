package dev.caxton.bench.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The identity of one metric: suite, benchmark, metric name and sorted parameters.
 *
 * <p>Its canonical string form, {@code suite/benchmark/metric[param=value,...]}, is the key used
 * everywhere (CSV history, reports, thresholds, targets). The characters {@code \ / [ ] , =} inside
 * a part are escaped with a backslash, so every id round-trips through {@link #parse}. Every part
 * and parameter value follows the rule for names ({@link Names}).
 */
public record MetricId(String suite, String benchmark, String metric, SortedMap<String, String> params)
        implements Comparable<MetricId> {

    private static final String SPECIAL = "\\/[],=";
    /** The characters of {@link #SPECIAL}, all below 128, as bits: {@code c < 64} in the first word, others in the second. */
    private static final long[] SPECIAL_BITS = bits(SPECIAL);
    /** The parameters of the ids that have none, shared: most imported ids have none. */
    private static final SortedMap<String, String> NO_PARAMS = Collections.unmodifiableSortedMap(new TreeMap<>());

    public MetricId {
        requirePart("suite", suite);
        requirePart("benchmark", benchmark);
        requirePart("metric", metric);
        Objects.requireNonNull(params, "params");
        for (Map.Entry<String, String> e : params.entrySet()) {
            requirePart("parameter name", e.getKey());
            Objects.requireNonNull(e.getValue(), () -> "value of parameter " + e.getKey());
            Names.require("value of the parameter " + Names.printable(e.getKey()), e.getValue());
        }
        params = params.isEmpty() ? NO_PARAMS : Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    public static MetricId of(String suite, String benchmark, String metric) {
        return new MetricId(suite, benchmark, metric, NO_PARAMS);
    }

    public static MetricId of(String suite, String benchmark, String metric, Map<String, String> params) {
        return new MetricId(suite, benchmark, metric, new TreeMap<>(params));
    }

    /** The same id with another metric name (for example {@code p99} beside {@code latency}). */
    public MetricId withMetric(String newMetric) {
        return new MetricId(suite, benchmark, newMetric, params);
    }

    /** The same id with one more (or a replaced) parameter. */
    public MetricId withParam(String name, String value) {
        TreeMap<String, String> p = new TreeMap<>(params);
        p.put(name, value);
        return new MetricId(suite, benchmark, metric, p);
    }

    /** The canonical string form. */
    public String canonical() {
        StringBuilder sb = new StringBuilder(suite.length() + benchmark.length() + metric.length() + 2
                + 8 + (params.isEmpty() ? 0 : 16 * params.size())); // 8 for a few escapes
        escape(sb, suite);
        sb.append('/');
        escape(sb, benchmark);
        sb.append('/');
        escape(sb, metric);
        if (!params.isEmpty()) {
            sb.append('[');
            boolean first = true;
            for (Map.Entry<String, String> e : params.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                escape(sb, e.getKey());
                sb.append('=');
                escape(sb, e.getValue());
            }
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return canonical();
    }

    @Override
    public int compareTo(MetricId o) {
        return canonical().compareTo(o.canonical());
    }

    /** Parses the canonical form; the error names the position and what was expected there. */
    public static MetricId parse(String text) {
        Objects.requireNonNull(text, "text");
        Parser p = new Parser(text);
        String suite = p.part("suite", "/");
        p.expect('/');
        String benchmark = p.part("benchmark", "/");
        p.expect('/');
        String metric = p.part("metric", "[");
        TreeMap<String, String> params = new TreeMap<>();
        if (p.more()) {
            p.expect('[');
            while (true) {
                String key = p.part("parameter name", "=");
                p.expect('=');
                String value = p.value();
                if (params.put(key, value) != null) {
                    throw p.error("parameter '" + key + "' appears twice");
                }
                if (p.peek() == ',') {
                    p.expect(',');
                } else {
                    p.expect(']');
                    break;
                }
            }
            if (p.more()) {
                throw p.error("nothing may follow ']'");
            }
        }
        return new MetricId(suite, benchmark, metric, params);
    }

    private static void requirePart(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("A metric id's " + what + " must not be blank");
        }
        Names.require(what.endsWith(" name") ? what : what + " name", value);
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && (SPECIAL_BITS[c >> 6] & 1L << c) != 0) { // a shift of a long takes c mod 64
                return true;
            }
        }
        return false;
    }

    private static long[] bits(String chars) {
        long[] bits = new long[2];
        for (char c : chars.toCharArray()) {
            bits[c >> 6] |= 1L << c;
        }
        return bits;
    }

    private static void escape(StringBuilder sb, String s) {
        if (!needsEscape(s)) {
            sb.append(s); // the common case: one copy, not a character at a time
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        boolean more() {
            return pos < text.length();
        }

        char peek() {
            return more() ? text.charAt(pos) : '\0';
        }

        void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'" + (more() ? " but found '" + peek() + "'" : " but the text ended"));
            }
            pos++;
        }

        String part(String what, String stops) {
            String s = read(stops.equals("[") ? "[/],=" : "/[],=");
            if (s.isEmpty()) {
                throw error("expected the " + what);
            }
            return s;
        }

        String value() {
            return read(",]");
        }

        private String read(String stops) {
            StringBuilder sb = new StringBuilder();
            while (more()) {
                char c = text.charAt(pos);
                if (c == '\\') {
                    if (pos + 1 >= text.length()) {
                        throw error("a backslash must be followed by the character it escapes");
                    }
                    sb.append(text.charAt(pos + 1));
                    pos += 2;
                } else if (stops.indexOf(c) >= 0) {
                    break;
                } else {
                    sb.append(c);
                    pos++;
                }
            }
            return sb.toString();
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Invalid metric id '" + text + "' at column " + (pos + 1) + ": "
                    + what + ". The form is suite/benchmark/metric[param=value,...]; escape \\ / [ ] , = with a backslash");
        }
    }
}
