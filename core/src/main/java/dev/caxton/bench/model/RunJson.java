package dev.caxton.bench.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link Run}, schema {@value #SCHEMA}. Jackson stays inside this class.
 *
 * <p>Writing is deterministic: fields in a fixed order, two-space indentation, {@code \n} line
 * ends, UTF-8, a final newline. Doubles are written in their shortest form that reads back to the
 * same bits (Jackson's Schubfach writer, so the text does not depend on the JDK version or the
 * default locale). JSON has no NaN or infinities, so a non-finite double is written as one of the
 * strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}; every double field accepts these
 * strings on reading. The file therefore stays standard JSON and round-trips exactly. Absent
 * optional values are written as {@code null}; on reading, a missing optional field means absent
 * too.
 *
 * <p>Reading is strict about what it needs and lenient about what it does not know: unknown fields
 * are ignored (a later minor addition stays readable), but a missing or mistyped field, an unknown
 * unit or direction label, a duplicate key or another schema version fails with a
 * {@link RunFileException} naming the JSON path. The environment's {@code fingerprint} is written
 * for readers of the file and ignored on reading, since it is derived from the other fields.
 */
final class RunJson {
    static final String SCHEMA = "caxton-bench.run/1";
    private static final String SCHEMA_PREFIX = "caxton-bench.run/";
    private static final String FIX = "Fix the file by hand or write it again with caxton-bench";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private RunJson() {}

    // ---------------------------------------------------------------- writing

    static byte[] write(Run run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode run " + run.info().runId() + " as JSON", e);
        }
        return out.toByteArray();
    }

    /** Writes the run file's bytes to {@code out}, a measurement at a time, and leaves {@code out} open. */
    static void write(Run run, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.setPrettyPrinter(prettyPrinter());
            new Writer(g).run(run);
        }
        out.write('\n');
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static final class Writer {
        private final JsonGenerator g;
        private final boolean fastDoubles;
        /** The last finite number written, and its text: a single value is also its mean, min and max. */
        private double last = Double.NaN;
        private String lastText;

        Writer(JsonGenerator g) {
            this.g = g;
            this.fastDoubles = g.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
        }

        void run(Run run) throws IOException {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeFieldName("info");
            info(run.info());
            g.writeArrayFieldStart("measurements");
            for (int i = 0; i < run.measurements().size(); i++) {
                measurement(run.measurements().get(i), "$.measurements[" + i + "]");
            }
            g.writeEndArray();
            g.writeObjectFieldStart("histograms");
            for (Map.Entry<String, LatencyDistribution> e : run.histograms().entrySet()) {
                g.writeFieldName(checked(e.getKey(), "$.histograms (a key)", ""));
                g.writeString(e.getValue().encoded());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("failures");
            for (int i = 0; i < run.failures().size(); i++) {
                BenchmarkFailure f = run.failures().get(i);
                String path = "$.failures[" + i + "]";
                g.writeStartObject();
                string("suite", f.suite(), path);
                string("benchmark", f.benchmark(), path);
                string("cause", f.cause(), path);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void info(RunInfo info) throws IOException {
            String path = "$.info";
            g.writeStartObject();
            g.writeStringField("runId", info.runId().value());
            g.writeStringField("startedAt", info.startedAt().toString());
            optionalString("commit", info.commit(), path);
            optionalString("branch", info.branch(), path);
            g.writeFieldName("pullRequest");
            if (info.pullRequest().isPresent()) {
                g.writeNumber(info.pullRequest().get());
            } else {
                g.writeNull();
            }
            Environment env = info.environment();
            String envPath = path + ".environment";
            g.writeObjectFieldStart("environment");
            string("cpuModel", env.cpuModel(), envPath);
            g.writeNumberField("cores", env.cores());
            g.writeNumberField("memoryBytes", env.memoryBytes());
            string("os", env.os(), envPath);
            string("jvmVendor", env.jvmVendor(), envPath);
            string("jvmVersion", env.jvmVersion(), envPath);
            g.writeArrayFieldStart("jvmFlags");
            for (String flag : env.jvmFlags()) {
                g.writeString(checked(flag, envPath, "jvmFlags"));
            }
            g.writeEndArray();
            g.writeStringField("fingerprint", env.fingerprint());
            g.writeEndObject();
            string("suite", info.suite(), path);
            string("profile", info.profile().label(), path);
            string("system", info.system(), path);
            optionalString("shard", info.shard().map(Shard::label), path);
            g.writeEndObject();
        }

        private void measurement(Measurement m, String path) throws IOException {
            g.writeStartObject();
            string("id", m.id().canonical(), path);
            g.writeStringField("unit", m.unit().label());
            g.writeStringField("direction", m.direction().label());
            number("value", m.value());
            Statistics s = m.stats();
            g.writeObjectFieldStart("stats");
            g.writeNumberField("n", s.n());
            number("mean", s.mean());
            number("stddev", s.stddev());
            number("min", s.min());
            number("max", s.max());
            g.writeFieldName("ci");
            if (s.confidence().isPresent()) {
                ConfidenceInterval ci = s.confidence().get();
                g.writeStartObject();
                number("lower", ci.lower());
                number("upper", ci.upper());
                number("level", ci.level());
                g.writeEndObject();
            } else {
                g.writeNull();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("samples");
            for (double sample : m.samples()) {
                number(sample);
            }
            g.writeEndArray();
            if (m.note().isPresent()) {
                string("note", m.note().get(), path);
            }
            g.writeEndObject();
        }

        private void string(String field, String value, String path) throws IOException {
            g.writeStringField(field, checked(value, path, field));
        }

        private void optionalString(String field, Optional<String> value, String path) throws IOException {
            g.writeFieldName(field);
            if (value.isPresent()) {
                g.writeString(checked(value.get(), path, field));
            } else {
                g.writeNull();
            }
        }

        private void number(String field, double value) throws IOException {
            g.writeFieldName(field);
            number(value);
        }

        private void number(double value) throws IOException {
            if (Double.isFinite(value)) {
                // the text writeNumber(double) writes, made once for a run of the same value
                if (lastText == null || Double.compare(value, last) != 0) {
                    last = value;
                    lastText = NumberOutput.toString(value, fastDoubles);
                }
                g.writeNumber(lastText);
            } else {
                g.writeString(Double.toString(value));
            }
        }
    }

    /** UTF-8 cannot hold a lone UTF-16 surrogate; refuse it here with a message instead of deep in Jackson. */
    private static String checked(String s, String path, String field) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("Cannot write " + path + (field.isEmpty() ? "" : "." + field) + ": the text '" + s
                        + "' holds an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c) + ") at index " + i
                        + ", which UTF-8 cannot encode. Remove it from the name where the text comes from");
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- reading

    static Run read(byte[] bytes, Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RunFileException(file, where, "the JSON is nested deeper than "
                    + FACTORY.streamReadConstraints().getMaxNestingDepth() + " levels; a run file is nested 5 deep. "
                    + FIX, e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new RunFileException(file, where, "malformed JSON: " + e.getOriginalMessage() + ". " + FIX, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read run file " + file, e);
        }
        return new Reader(file).run(root);
    }

    private static final class Reader {
        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        Run run(JsonNode root) {
            if (root == null || root.isMissingNode()) {
                throw error("$", "the file is empty; expected a JSON object with \"schema\": \"" + SCHEMA + "\"");
            }
            requireObject(root, "$", "a run object");
            JsonNode schemaNode = root.get("schema");
            if (schemaNode == null || !schemaNode.isTextual()) {
                throw error("$.schema", "expected the string \"" + SCHEMA + "\" but "
                        + (schemaNode == null ? "the field is missing" : "found " + describe(schemaNode))
                        + "; this does not look like a caxton-bench run file");
            }
            String schema = schemaNode.textValue();
            if (!schema.equals(SCHEMA)) {
                String hint = schema.startsWith(SCHEMA_PREFIX)
                        ? "the file was written by another version of caxton-bench; read it with a version that knows "
                        + schema
                        : "this does not look like a caxton-bench run file";
                throw error("$.schema", "unknown schema '" + schema + "', this version reads \"" + SCHEMA + "\"; "
                        + hint);
            }
            RunInfo info = info(field(root, "$", "info"), "$.info");
            List<Measurement> measurements = list(root, "$", "measurements", this::measurement);
            Map<String, LatencyDistribution> histograms = new LinkedHashMap<>();
            JsonNode h = optionalField(root, "histograms");
            if (h != null) {
                requireObject(h, "$.histograms", "an object from metric id to base64 histogram");
                for (Map.Entry<String, JsonNode> e : h.properties()) {
                    String path = "$.histograms['" + e.getKey().replace("\\", "\\\\").replace("'", "\\'") + "']";
                    String encoded = text(e.getValue(), path, "a base64 compressed HdrHistogram");
                    histograms.put(e.getKey(), construct(path, () -> LatencyDistribution.decode(encoded)));
                }
            }
            List<BenchmarkFailure> failures = list(root, "$", "failures", (node, path) -> {
                requireObject(node, path, "a failure object");
                return construct(path, () -> new BenchmarkFailure(string(node, path, "suite"),
                        string(node, path, "benchmark"), string(node, path, "cause")));
            });
            return construct("$", () -> new Run(info, measurements, histograms, failures));
        }

        private RunInfo info(JsonNode node, String path) {
            requireObject(node, path, "the run info object");
            String runId = string(node, path, "runId");
            String startedText = string(node, path, "startedAt");
            Instant startedAt;
            try {
                startedAt = Instant.parse(startedText);
            } catch (DateTimeParseException e) {
                throw error(path + ".startedAt", "expected an ISO-8601 instant such as 2026-11-26T16:24:37Z, found '"
                        + startedText + "'", e);
            }
            Optional<String> commit = optionalString(node, path, "commit");
            Optional<String> branch = optionalString(node, path, "branch");
            Optional<Integer> pr = Optional.empty();
            JsonNode prNode = optionalField(node, "pullRequest");
            if (prNode != null) {
                pr = Optional.of(intValue(prNode, path + ".pullRequest"));
            }
            Environment env = environment(field(node, path, "environment"), path + ".environment");
            String suite = string(node, path, "suite");
            String profile = string(node, path, "profile");
            String system = string(node, path, "system");
            RunId id = construct(path + ".runId", () -> new RunId(runId));
            RunProfile runProfile = construct(path + ".profile", () -> RunProfile.parse(profile));
            Optional<String> shardText = optionalString(node, path, "shard");
            Optional<Shard> shard = shardText.isEmpty() ? Optional.empty()
                    : Optional.of(construct(path + ".shard", () -> Shard.parse(shardText.get())));
            Optional<Integer> pullRequest = pr;
            return construct(path, () -> new RunInfo(id, startedAt, commit, branch, pullRequest, env, suite,
                    runProfile, system, shard));
        }

        private Environment environment(JsonNode node, String path) {
            requireObject(node, path, "the environment object");
            String cpu = string(node, path, "cpuModel");
            int cores = intValue(field(node, path, "cores"), path + ".cores");
            long memory = longValue(field(node, path, "memoryBytes"), path + ".memoryBytes");
            String os = string(node, path, "os");
            String vendor = string(node, path, "jvmVendor");
            String version = string(node, path, "jvmVersion");
            List<String> flags = list(node, path, "jvmFlags", (n, p) -> text(n, p, "a JVM flag"));
            return construct(path, () -> new Environment(cpu, cores, memory, os, vendor, version, flags));
        }

        private Measurement measurement(JsonNode node, String path) {
            requireObject(node, path, "a measurement object");
            String idText = string(node, path, "id");
            MetricId id = construct(path + ".id", () -> MetricId.parse(idText));
            String unitText = string(node, path, "unit");
            Unit unit = construct(path + ".unit", () -> Unit.fromLabel(unitText));
            String directionText = string(node, path, "direction");
            Direction direction = construct(path + ".direction", () -> Direction.fromLabel(directionText));
            double value = doubleValue(field(node, path, "value"), path + ".value");
            Statistics stats = statistics(field(node, path, "stats"), path + ".stats");
            List<Double> samples = list(node, path, "samples", this::doubleValue);
            JsonNode noteNode = node.get("note");
            Optional<String> note = noteNode == null || noteNode.isNull() ? Optional.empty()
                    : Optional.of(text(noteNode, path + ".note", "a note (text)"));
            return construct(path, () -> new Measurement(id, unit, direction, value, stats, samples, note));
        }

        private Statistics statistics(JsonNode node, String path) {
            requireObject(node, path, "a statistics object");
            long n = longValue(field(node, path, "n"), path + ".n");
            double mean = doubleValue(field(node, path, "mean"), path + ".mean");
            double stddev = doubleValue(field(node, path, "stddev"), path + ".stddev");
            double min = doubleValue(field(node, path, "min"), path + ".min");
            double max = doubleValue(field(node, path, "max"), path + ".max");
            Optional<ConfidenceInterval> ci = Optional.empty();
            JsonNode ciNode = optionalField(node, "ci");
            if (ciNode != null) {
                String p = path + ".ci";
                requireObject(ciNode, p, "a confidence interval object");
                double lower = doubleValue(field(ciNode, p, "lower"), p + ".lower");
                double upper = doubleValue(field(ciNode, p, "upper"), p + ".upper");
                double level = doubleValue(field(ciNode, p, "level"), p + ".level");
                ci = Optional.of(construct(p, () -> new ConfidenceInterval(lower, upper, level)));
            }
            Optional<ConfidenceInterval> confidence = ci;
            return construct(path, () -> new Statistics(n, mean, stddev, min, max, confidence));
        }

        // ------------------------------------------------------------ field access

        private interface Element<T> {
            T read(JsonNode node, String path);
        }

        private <T> List<T> list(JsonNode parent, String parentPath, String name, Element<T> element) {
            String path = parentPath + "." + name;
            JsonNode node = field(parent, parentPath, name);
            if (!node.isArray()) {
                throw error(path, "expected an array but found " + describe(node));
            }
            List<T> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                out.add(element.read(node.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        private JsonNode field(JsonNode parent, String parentPath, String name) {
            JsonNode node = parent.get(name);
            if (node == null || node.isNull()) {
                throw error(parentPath + "." + name, "the required field '" + name + "' is "
                        + (node == null ? "missing" : "null"));
            }
            return node;
        }

        /** The field, or null when it is missing or JSON null. */
        private static JsonNode optionalField(JsonNode parent, String name) {
            JsonNode node = parent.get(name);
            return node == null || node.isNull() ? null : node;
        }

        private String string(JsonNode parent, String parentPath, String name) {
            return text(field(parent, parentPath, name), parentPath + "." + name, "a string");
        }

        private Optional<String> optionalString(JsonNode parent, String parentPath, String name) {
            JsonNode node = optionalField(parent, name);
            return node == null ? Optional.empty() : Optional.of(text(node, parentPath + "." + name, "a string or null"));
        }

        private String text(JsonNode node, String path, String expected) {
            if (!node.isTextual()) {
                throw error(path, "expected " + expected + " but found " + describe(node));
            }
            return node.textValue();
        }

        private long longValue(JsonNode node, String path) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                throw error(path, "expected a whole number but found " + describe(node));
            }
            return node.longValue();
        }

        private int intValue(JsonNode node, String path) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error(path, "expected a whole number that fits in 32 bits but found " + describe(node));
            }
            return node.intValue();
        }

        private double doubleValue(JsonNode node, String path) {
            if (node.isNumber()) {
                return node.doubleValue();
            }
            if (node.isTextual()) {
                switch (node.textValue()) {
                    case "NaN":
                        return Double.NaN;
                    case "Infinity":
                        return Double.POSITIVE_INFINITY;
                    case "-Infinity":
                        return Double.NEGATIVE_INFINITY;
                    default:
                        break;
                }
            }
            throw error(path, "expected a number (or one of the strings \"NaN\", \"Infinity\", \"-Infinity\") but found "
                    + describe(node));
        }

        private void requireObject(JsonNode node, String path, String expected) {
            if (!node.isObject()) {
                throw error(path, "expected " + expected + " (a JSON object) but found " + describe(node));
            }
        }

        /** Runs a model constructor or parser; its validation message gets the file and path. */
        private <T> T construct(String path, java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                if (e instanceof RunFileException r) {
                    throw r;
                }
                throw error(path, e.getMessage(), e);
            }
        }

        private RunFileException error(String path, String problem) {
            return error(path, problem, null);
        }

        private RunFileException error(String path, String problem, Throwable cause) {
            String p = problem.endsWith(".") ? problem.substring(0, problem.length() - 1) : problem;
            return new RunFileException(file, path, p + ". " + FIX, cause);
        }

        private static String describe(JsonNode node) {
            if (node.isNull()) {
                return "null";
            }
            String text = node.toString();
            if (text.length() > 60) {
                text = text.substring(0, 57) + "...";
            }
            return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + text;
        }
    }
}
