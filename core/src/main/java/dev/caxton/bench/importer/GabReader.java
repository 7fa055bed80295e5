package dev.caxton.bench.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * Reads github-action-benchmark's custom JSON: an array of {@code {name, unit, value, range?, extra?}}.
 * Each entry gives {@code gab/NAME/value} and, when its range is a number (such as {@code "± 3.2"} or
 * {@code "5%"}), {@code gab/NAME/range} in the same unit. {@code extra} (free text, often the iteration
 * count or the machine) becomes the value's {@link Measurement#note() note}. The direction is given by the format ({@link Format#GAB_BIGGER},
 * {@link Format#GAB_SMALLER}); with {@link Format#GAB} it comes from the unit, and units of times and
 * rates are the only ones that tell it.
 */
final class GabReader {
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:\u00b1|\\+/-|\\+-)?\\s*([0-9][0-9.,]*(?:[eE][-+]?\\d+)?)\\s*(%?)\\s*$");

    private static final JmhJsonReader.ArrayOf ENTRIES = new JmhJsonReader.ArrayOf(
            "a JSON array of {\"name\", \"unit\", \"value\"} objects", "{\"name\", \"unit\", \"value\"} objects",
            "{\"name\", \"unit\", \"value\"} object");

    private GabReader() {}

    static List<Measurement> read(byte[] content, Optional<Direction> direction, List<String> warnings) {
        List<Measurement> out = new ArrayList<>();
        JmhJsonReader.readArray(content, ENTRIES, (e, at) -> entry(e, at, direction, warnings, out));
        return out;
    }

    /** Reads from a parser into {@code out}, each entry's metrics as soon as the entry is read. */
    static void read(JsonParser p, Optional<Direction> direction, List<String> warnings, List<Measurement> out)
            throws IOException {
        JmhJsonReader.readArray(p, ENTRIES, (e, at) -> entry(e, at, direction, warnings, out));
    }

    private static void entry(JsonNode e, String at, Optional<Direction> direction, List<String> warnings,
                              List<Measurement> out) {
        if (!e.isObject()) {
            throw new FormatError(at, "expected an object {\"name\", \"unit\", \"value\"} but found " + JmhJsonReader.kind(e));
        }
        String name = text(e, at, "name");
        if (name.isBlank()) {
            throw new FormatError(at + ".name", "the name is empty; expected the benchmark's name");
        }
        String unitLabel = text(e, at, "unit");
        ForeignUnit unit = ForeignUnit.find(unitLabel).orElseThrow(() -> new FormatError(at + ".unit",
                "unknown unit '" + unitLabel + "'; expected one of ns, us, ms, s, ops/s, msg/s, bytes, bytes/s, percent, "
                        + "count, ratio (or ns/iter, ops/sec, B/op ...)"));
        JsonNode v = e.get("value");
        if (v == null) {
            throw new FormatError(at, "missing field 'value'; expected a number");
        }
        double raw = JmhJsonReader.number(v, at + ".value");
        double value = unit.convert(raw);
        if (Double.isNaN(value)) {
            throw new FormatError(at + ".value", "the value is NaN; expected a number");
        }
        // bytes/s is an allocation rate (a cost) as often as a throughput: only its name would tell
        boolean unitTells = unit.unit().kind() == Unit.Kind.TIME
                || unit.unit().kind() == Unit.Kind.RATE && unit.unit() != Unit.BYTES_PER_SECOND;
        Direction d = direction.orElseGet(() -> {
            if (!unitTells) {
                throw new FormatError(at + ".unit", "the unit '" + unitLabel + "' does not tell whether higher "
                        + "or lower is better; import with --format gab-bigger (customBiggerIsBetter) or "
                        + "--format gab-smaller (customSmallerIsBetter)");
            }
            return unit.unit().defaultDirection();
        });
        MetricId id = FormatError.at(at + ".name", () -> MetricId.of("gab", name, "value"));
        Measurement measured = new Measurement(id, unit.unit(), d, value, Statistics.single(value), List.of());
        JsonNode extra = e.get("extra");
        if (extra != null && !extra.isNull()) {
            if (!extra.isTextual()) {
                throw new FormatError(at + ".extra", "expected a string but found " + JmhJsonReader.kind(extra));
            }
            measured = measured.withNote(extra.textValue());
        }
        out.add(measured);
        JsonNode r = e.get("range");
        if (r != null && !r.isNull()) {
            Optional<Double> range = range(r, raw);
            if (range.isPresent()) {
                double rv = unit.convert(range.get());
                out.add(new Measurement(id.withMetric("range"), unit.unit(), Direction.LOWER_IS_BETTER, rv,
                        Statistics.single(rv), List.of()));
            } else {
                warnings.add(at + ".range: '" + r.asText() + "' is not a number such as \"± 3.2\" or \"5%\"; not kept");
            }
        }
    }

    private static Optional<Double> range(JsonNode r, double value) {
        if (r.isNumber()) {
            return Optional.of(Math.abs(r.doubleValue()));
        }
        Matcher m = RANGE.matcher(r.asText());
        if (!m.matches()) {
            return Optional.empty();
        }
        double x = LocaleNumbers.parse(m.group(1), "");
        if (!m.group(2).isEmpty()) {
            return Optional.of(Math.abs(value) * x / 100);
        }
        return Optional.of(x);
    }

    private static String text(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new FormatError(path, "missing field '" + field + "'; expected a string");
        }
        if (!v.isTextual()) {
            throw new FormatError(path + "." + field, "expected a string but found " + JmhJsonReader.kind(v));
        }
        return v.textValue();
    }
}
