package dev.caxton.bench.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A comparison as JSON for tools ({@value #SCHEMA}): the runs, then per metric its id, unit, direction, both
 * values, verdict, evidence, relative change, p-value, interval of the ratio, threshold, minimum detectable
 * effect, critical flag and reason. Absent numbers are {@code null}; the format only grows (new fields).
 */
public final class ComparisonJson {
    public static final String SCHEMA = "caxton-bench/comparison/1";
    private static final JsonFactory JSON = new JsonFactory();

    private ComparisonJson() {}

    public static String write(Comparison c) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("current", c.current().runId().toString());
            g.writeStringField("baseline", c.baseline().map(b -> b.runId().toString()).orElse(null));
            g.writeNumberField("regressions", c.regressions().size());
            g.writeNumberField("improvements", c.improvements().size());
            number(g, "median_detectable", c.medianDetectable());
            g.writeArrayFieldStart("metrics");
            for (MetricComparison m : c.metrics()) {
                g.writeStartObject();
                g.writeStringField("id", m.id().canonical());
                g.writeStringField("unit", m.unit().label());
                g.writeStringField("direction", m.direction().name().toLowerCase(java.util.Locale.ROOT));
                number(g, "baseline", m.baseline().map(x -> OptionalDouble.of(x.value())).orElse(OptionalDouble.empty()));
                number(g, "current", m.current().map(x -> OptionalDouble.of(x.value())).orElse(OptionalDouble.empty()));
                g.writeStringField("verdict", m.verdict().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("evidence", m.evidence().label());
                number(g, "relative_change", m.relativeChange());
                number(g, "p_value", m.pValue());
                if (m.ratioInterval().isPresent()) {
                    g.writeObjectFieldStart("ratio_interval");
                    g.writeNumberField("lower", m.ratioInterval().get().lower());
                    g.writeNumberField("upper", m.ratioInterval().get().upper());
                    g.writeNumberField("level", m.ratioInterval().get().level());
                    g.writeEndObject();
                } else {
                    g.writeNullField("ratio_interval");
                }
                g.writeNumberField("threshold", m.threshold());
                number(g, "detectable", m.detectable());
                g.writeBooleanField("critical", m.critical());
                g.writeStringField("reason", m.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void number(JsonGenerator g, String name, OptionalDouble v) throws IOException {
        if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
            g.writeNumberField(name, v.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }
}
