package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's port of the CLI's formatter ({@code human-units.js}) against {@link HumanUnits} itself, in
 * chromium, over every unit and many values: the edges of every unit step, exact half-way ties at the third
 * digit, powers of ten, subnormals, signs, infinities, and seeded random values of every magnitude.
 */
class HumanUnitsScriptTest {
    private static final int CHUNK = 4_000;

    @TempDir
    Path work;

    record Case(double value, Unit unit) {}

    static List<Case> cases() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, 999.0, 999.4, 999.5, 999.5000001,
                999.49999, 1000.0, 1225.0, 1235.0, 12.25, 12.35, 0.125, 1.125, -1.125, 2.5, 59.95, 59.94, 60.0, 3599.0,
                59.95e9, 59.949e9, 3599e9, 3600e9, 3.5999e12, 999_500.0, 999_499.0, 999_999.0, 150_994_944.0,
                144_000_000.0, 2_500_000_000.0, 1e15, 1e18, 1e21, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, 1e-310,
                4.9e-324, 1e-320, 3.3e-315, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 1e-12, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int k = -15; k <= 20; k++) {
            values.add(Math.pow(10, k));
            values.add(-Math.pow(10, k));
            values.add(9.995 * Math.pow(10, k));
            values.add(Double.parseDouble("1.005e" + k));
        }
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 3_000; i++) {
            int digits = 100 + random.nextInt(900);
            int exponent = random.nextInt(-4, 13);
            values.add(Double.parseDouble(digits + "5e" + exponent)); // a tie at the third digit when it is exact
            values.add(Math.pow(10, random.nextDouble(-9, 16)) * (random.nextInt(5) == 0 ? -1 : 1));
            values.add(Math.rint(random.nextDouble(0, 2e6)) + 0.5);
        }
        List<Case> cases = new ArrayList<>();
        for (Unit unit : Unit.values()) {
            values.forEach(v -> cases.add(new Case(v, unit)));
        }
        return cases;
    }

    @Test
    void thePagesFormatterWritesEveryNumberAsTheCliDoes() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require();
        String script = resource("human-units.js");
        Path page = work.resolve("human-units.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body data-status=\"ready\">"
                + "<script>\n" + script + "\n</script></body></html>", StandardCharsets.UTF_8);
        List<Case> cases = cases();

        List<String> mismatches = new ArrayList<>();
        try (DevTools tools = chromium.devTools(work, 400, 300)) {
            tools.load(page.toUri().toString());
            for (int from = 0; from < cases.size(); from += CHUNK) {
                List<Case> chunk = cases.subList(from, Math.min(cases.size(), from + CHUNK));
                StringBuilder expression = new StringBuilder("JSON.stringify([");
                for (int i = 0; i < chunk.size(); i++) {
                    expression.append(i == 0 ? "" : ",").append('[').append(literal(chunk.get(i).value())).append(",'")
                            .append(chunk.get(i).unit().name()).append("']");
                }
                expression.append("].map(function (c) { return CaxtonUnits.format(c[0], c[1]); }))");
                JsonNode results = DevTools.parse(tools.evaluate(expression.toString()).asText());
                for (int i = 0; i < chunk.size(); i++) {
                    Case c = chunk.get(i);
                    String expected = HumanUnits.format(c.value(), c.unit());
                    String actual = results.get(i).asText();
                    if (!expected.equals(actual)) {
                        mismatches.add(c.value() + " " + c.unit() + ": Java " + expected + ", script " + actual);
                    }
                }
            }
            assertThat(tools.problems()).isEmpty();
        }
        assertThat(cases).hasSizeGreaterThan(100_000);
        assertThat(mismatches).as("values the two formatters write differently").isEmpty();
    }

    @Test
    void thePageCarriesThisVeryScript() throws IOException {
        assertThat(Dashboard.withDefaults().render(Fixtures.small())).contains(resource("human-units.js").strip());
    }

    private static String literal(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return v == 0 && 1 / v < 0 ? "-0" : Double.toString(v);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
