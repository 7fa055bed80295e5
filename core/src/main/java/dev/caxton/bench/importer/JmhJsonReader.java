package dev.caxton.bench.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads JMH's JSON result format: an array of results, each with {@code benchmark}, {@code mode},
 * optional {@code params}, a {@code primaryMetric} and optional {@code secondaryMetrics}. Numbers may
 * be the strings {@code "NaN"}, {@code "+INF"} and {@code "-INF"}, as JMH writes them; raw data
 * ({@code rawData}, or {@code rawDataHistogram} in sample mode) may be missing.
 */
final class JmhJsonReader {
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private static final ArrayOf RESULTS = new ArrayOf("a JSON array of JMH results (-rf json)", "JMH results",
            "JMH result");

    private JmhJsonReader() {}

    /** Parses JSON, turning a syntax error into one that names its line and column. */
    static JsonNode parse(byte[] content, String expected) {
        try (JsonParser p = JSON.createParser(content)) {
            JsonNode root = JSON.readTree(p);
            if (root == null || root.isMissingNode()) {
                throw empty(expected);
            }
            requireEnd(p, expected);
            return root;
        } catch (IOException e) {
            throw syntaxError(e, content, expected);
        }
    }

    /** The elements a top-level JSON array is read for, in the messages about it. */
    record ArrayOf(String expected, String elements, String element) {}

    /** What a reader makes of one element of a top-level array, found at {@code path} ({@code $[i]}). */
    @FunctionalInterface
    interface ElementReader {
        void read(JsonNode element, String path);
    }

    /**
     * Reads a top-level JSON array one element at a time, handing each to {@code reader} as soon as it
     * is read, and never holds the tree of the whole array. The errors are those of reading the whole
     * tree first ({@link #parse}) and then each element: a syntax error anywhere, or content after the
     * array, is reported before any wrong shape, and of the wrong shapes the first; once an element is
     * refused, the rest of the file is only read for its syntax.
     */
    static void readArray(byte[] content, ArrayOf array, ElementReader reader) {
        try (JsonParser p = JSON.createParser(content)) {
            readArray(p, array, reader);
        } catch (IOException e) {
            throw syntaxError(e, content, array.expected());
        }
    }

    /** {@link #readArray(byte[], ArrayOf, ElementReader)} from a parser; its syntax errors are thrown as they are. */
    static void readArray(JsonParser p, ArrayOf array, ElementReader reader) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw empty(array.expected());
        }
        RuntimeException refused = null;
        if (first != JsonToken.START_ARRAY) {
            refused = new FormatError("$", "expected a JSON array of " + array.elements() + " but found "
                    + kind(element(p)));
        } else {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw new FormatError(location(p.currentLocation()), "the JSON ends early (the file is truncated); "
                            + "expected " + array.expected());
                }
                JsonNode e = element(p);
                if (refused == null) {
                    try {
                        reader.read(e, "$[" + i + "]");
                    } catch (RuntimeException wrong) { // thrown after the syntax of the whole file is known good
                        refused = wrong;
                    }
                }
                i++;
            }
            if (i == 0) {
                refused = new FormatError("$", "the array holds no results; expected at least one " + array.element());
            }
        }
        requireEnd(p, array.expected());
        if (refused != null) {
            throw refused;
        }
    }

    /** The value at the parser's current token, read whole (JSON's {@code null} as a null node). */
    private static JsonNode element(JsonParser p) throws IOException {
        JsonNode n = JSON.readTree(p);
        return n == null ? JSON.getNodeFactory().nullNode() : n;
    }

    private static FormatError empty(String expected) {
        return new FormatError("line 1, column 1", "the file is empty; expected " + expected);
    }

    private static void requireEnd(JsonParser p, String expected) throws IOException {
        if (p.nextToken() != null) {
            throw new FormatError(location(p.currentLocation()), "more content follows the JSON document; expected "
                    + expected + " alone");
        }
    }

    private static FormatError syntaxError(IOException e, byte[] content, String expected) {
        if (e instanceof StreamConstraintsException) {
            int max = JSON.getFactory().streamReadConstraints().getMaxNestingDepth();
            return new FormatError(tooDeep(content, max), "the JSON is nested deeper than " + max + " levels here; expected "
                    + expected);
        }
        if (e instanceof JsonProcessingException j) {
            String what = j.getOriginalMessage();
            String msg = what != null && what.contains("end-of-input")
                    ? "the JSON ends early (the file is truncated); expected " + expected
                    : "invalid JSON (" + what + "); expected " + expected;
            return new FormatError(j.getLocation() == null ? "" : location(j.getLocation()), msg);
        }
        return new FormatError("", "cannot parse: " + e);
    }

    /**
     * Where the nesting first goes deeper than {@code max}: Jackson reports the depth, but by the time
     * its tree reader gives up, its location is past the point.
     */
    private static String tooDeep(byte[] content, int max) {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            column++;
            if (b == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (b == '\\') {
                    i++;
                    column++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > max) {
                    return "line " + line + ", column " + column;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return "";
    }

    private static String location(com.fasterxml.jackson.core.JsonLocation l) {
        return "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    static void read(byte[] content, JmhMapper mapper) {
        readArray(content, RESULTS, (e, path) -> mapper.add(entry(e, path)));
    }

    private static JmhEntry entry(JsonNode n, String path) {
        requireObject(n, path, "a JMH result");
        String benchmark = text(n, path, "benchmark");
        String mode = text(n, path, "mode");
        SortedMap<String, String> params = new TreeMap<>();
        JsonNode p = n.get("params");
        if (p != null && !p.isNull()) {
            requireObject(p, path + ".params", "the benchmark's parameters");
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw new FormatError(path + ".params." + e.getKey(), "expected a parameter value but found "
                            + kind(e.getValue()));
                }
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode primary = n.get("primaryMetric");
        if (primary == null) {
            throw new FormatError(path, "missing field 'primaryMetric'; expected the benchmark's score");
        }
        JmhEntry.Score score = score(primary, path + ".primaryMetric");
        Map<String, JmhEntry.Score> secondaries = new LinkedHashMap<>();
        JsonNode sec = n.get("secondaryMetrics");
        if (sec != null && !sec.isNull()) {
            requireObject(sec, path + ".secondaryMetrics", "the secondary results by name");
            for (Map.Entry<String, JsonNode> e : sec.properties()) {
                secondaries.put(e.getKey(), score(e.getValue(), path + ".secondaryMetrics." + quoteKey(e.getKey())));
            }
        }
        return new JmhEntry(benchmark, mode, params, score, secondaries, path);
    }

    private static String quoteKey(String key) {
        return key.matches("[\\w.\u00b7]+") ? key : "[\"" + key.replace("\"", "\\\"") + "\"]";
    }

    private static JmhEntry.Score score(JsonNode m, String path) {
        requireObject(m, path, "a score object");
        double score = number(m, path, "score", true);
        double error = m.has("scoreError") ? number(m, path, "scoreError", true) : Double.NaN;
        double lo = Double.NaN;
        double hi = Double.NaN;
        JsonNode ci = m.get("scoreConfidence");
        if (ci != null && !ci.isNull()) {
            if (!ci.isArray() || ci.size() != 2) {
                throw new FormatError(path + ".scoreConfidence", "expected an array of two numbers [lower, upper] but found "
                        + kind(ci));
            }
            lo = number(ci.get(0), path + ".scoreConfidence[0]");
            hi = number(ci.get(1), path + ".scoreConfidence[1]");
        }
        String unit = text(m, path, "scoreUnit");
        SortedMap<Double, Double> percentiles = new TreeMap<>();
        JsonNode pc = m.get("scorePercentiles");
        if (pc != null && !pc.isNull()) {
            requireObject(pc, path + ".scorePercentiles", "percentiles by rank");
            for (Map.Entry<String, JsonNode> e : pc.properties()) {
                String at = path + ".scorePercentiles[\"" + e.getKey() + "\"]";
                double rank;
                try {
                    rank = Double.parseDouble(e.getKey());
                } catch (NumberFormatException x) {
                    throw new FormatError(at, "expected a percentile rank such as \"99.9\" as the key");
                }
                percentiles.put(rank, number(e.getValue(), at));
            }
        }
        double[] raw = new double[0];
        JsonNode rd = m.get("rawData");
        if (rd != null && !rd.isNull()) {
            raw = raw(rd, path + ".rawData");
        }
        List<JmhEntry.HistogramIteration> hist = List.of();
        JsonNode rh = m.get("rawDataHistogram");
        if (rh != null && !rh.isNull()) {
            hist = histogram(rh, path + ".rawDataHistogram");
        }
        return new JmhEntry.Score(score, error, lo, hi, unit, path + ".scoreUnit", raw, hist, percentiles, 0);
    }

    private static double[] raw(JsonNode rd, String path) {
        requireArray(rd, path, "an array per fork of per-iteration values");
        int total = 0;
        for (int f = 0; f < rd.size(); f++) {
            requireArray(rd.get(f), path + "[" + f + "]", "the fork's per-iteration values");
            total += rd.get(f).size();
        }
        double[] out = new double[total];
        int k = 0;
        for (int f = 0; f < rd.size(); f++) {
            JsonNode fork = rd.get(f);
            for (int i = 0; i < fork.size(); i++) {
                JsonNode v = fork.get(i);
                out[k++] = v.isNumber() ? v.doubleValue() : number(v, path + "[" + f + "][" + i + "]");
            }
        }
        return out;
    }

    private static List<JmhEntry.HistogramIteration> histogram(JsonNode rh, String path) {
        requireArray(rh, path, "an array per fork of per-iteration histograms");
        List<JmhEntry.HistogramIteration> out = new ArrayList<>();
        for (int f = 0; f < rh.size(); f++) {
            JsonNode fork = rh.get(f);
            String fp = path + "[" + f + "]";
            requireArray(fork, fp, "the fork's per-iteration histograms");
            for (int i = 0; i < fork.size(); i++) {
                JsonNode it = fork.get(i);
                String ip = fp + "[" + i + "]";
                requireArray(it, ip, "an array of [value, count] pairs");
                double[] values = new double[it.size()];
                long[] counts = new long[it.size()];
                for (int k = 0; k < it.size(); k++) {
                    JsonNode pair = it.get(k);
                    String pp = ip + "[" + k + "]";
                    if (!pair.isArray() || pair.size() != 2) {
                        throw new FormatError(pp, "expected a pair [value, count] but found " + kind(pair));
                    }
                    values[k] = number(pair.get(0), pp + "[0]");
                    JsonNode c = pair.get(1);
                    if (!c.canConvertToLong() || !c.isIntegralNumber()) {
                        throw new FormatError(pp + "[1]", "expected a whole count but found " + kind(c));
                    }
                    counts[k] = c.longValue();
                    if (counts[k] < 0) {
                        throw new FormatError(pp + "[1]", "a negative count " + counts[k] + "; expected a count of 0 or more");
                    }
                }
                out.add(new JmhEntry.HistogramIteration(values, counts));
            }
        }
        return out;
    }

    private static void requireObject(JsonNode n, String path, String what) {
        if (!n.isObject()) {
            throw new FormatError(path, "expected " + what + " (a JSON object) but found " + kind(n));
        }
    }

    private static void requireArray(JsonNode n, String path, String what) {
        if (!n.isArray()) {
            throw new FormatError(path, "expected " + what + " (a JSON array) but found " + kind(n));
        }
    }

    private static String text(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new FormatError(path, "missing field '" + field + "'");
        }
        if (!v.isTextual()) {
            throw new FormatError(path + "." + field, "expected a string but found " + kind(v));
        }
        return v.textValue();
    }

    private static double number(JsonNode n, String path, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null) {
            if (required) {
                throw new FormatError(path, "missing field '" + field + "'; expected a number");
            }
            return Double.NaN;
        }
        return number(v, path + "." + field);
    }

    /** A number, or one of the strings JMH writes for non-finite values. */
    static double number(JsonNode v, String path) {
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isInfinite(d)) {
                throw new FormatError(path, "the number is beyond the range of a double (about 1.8E308); expected a "
                        + "finite number");
            }
            return d;
        }
        if (v.isTextual()) {
            switch (v.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "+INF", "INF", "Infinity", "+Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-INF", "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new FormatError(path, "expected a number (or \"NaN\", \"+INF\", \"-INF\") but found " + kind(v));
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            String t = n.textValue();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "the boolean " + n.asText();
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
