package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;
import dev.caxton.bench.target.Targets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: Debian's chromium, headless, loading the file from {@code file://}, driven
 * through the DevTools protocol on loopback. What a reader sees is checked where it is drawn: element
 * geometry ({@code getBoundingClientRect}), computed styles, rendered text and screenshot pixels. Skipped
 * only where chromium is missing and CI is not set.
 */
class DashboardChromiumTest {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 900;
    /** A pixel of antialiasing. */
    private static final double EDGE = 1.0;

    @TempDir
    static Path work;
    private static Path small;
    private static Path browsing;
    private static DashboardView.Page smallView;
    private static DashboardView.Page browsingView;
    private HeadlessChromium chromium;

    @BeforeAll
    static void renderThePages() throws IOException {
        small = work.resolve("small.html");
        browsing = work.resolve("browsing.html");
        Dashboard.withDefaults().write(Fixtures.small(), small);
        Dashboard.withDefaults().write(Fixtures.browsing(), browsing);
        smallView = DashboardView.of(Fixtures.small(), Targets.defaults(), new ChangePointDetector());
        browsingView = DashboardView.of(Fixtures.browsing(), Targets.defaults(), new ChangePointDetector());
    }

    /** Per test, so that a skip shows as skipped tests in the report, not as a class with none. */
    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.require();
    }

    /** Browsers with a page loaded, shared by the tests that only look (one browser start costs seconds). */
    private static final Map<Path, DevTools> LOOKING = new HashMap<>();

    @AfterAll
    static void closeTheBrowsers() throws Exception {
        for (DevTools tools : LOOKING.values()) {
            tools.close();
        }
    }

    /** The page in a browser that only looks at it: no test moves its mouse or changes its filters. */
    private DevTools look(Path page) throws Exception {
        DevTools tools = LOOKING.get(page);
        if (tools == null) {
            tools = open(page);
            LOOKING.put(page, tools);
        }
        return tools;
    }

    private DevTools open(Path page) throws Exception {
        DevTools tools = chromium.devTools(work, WIDTH, HEIGHT);
        assertThat(tools.load(page.toUri().toString())).isEqualTo("ready");
        return tools;
    }

    /** The charts as drawn: per figure its box, its plot's box, and per line and band their boxes. */
    private static JsonNode geometry(DevTools tools) throws Exception {
        return DevTools.parse(tools.evaluate("JSON.stringify(Array.from(document.querySelectorAll('figure.chart'))"
                + ".map(function (f) {"
                + "  function box(e) { var r = e.getBoundingClientRect();"
                + "    return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX,"
                + "      bottom: r.bottom + scrollY, width: r.width, height: r.height }; }"
                + "  function all(q) { return Array.from(f.querySelectorAll(q)).map(box); }"
                + "  return { id: f.id, card: box(f), plot: box(f.querySelector('svg.plot rect.frame')),"
                + "    lines: all('svg.plot path.line'), bands: all('svg.plot path.band'),"
                + "    strokes: Array.from(f.querySelectorAll('svg.plot path.line')).map(function (p) {"
                + "      return getComputedStyle(p).stroke; }),"
                + "    swatches: Array.from(f.querySelectorAll('.legend .swatch line')).map(function (l) {"
                + "      return getComputedStyle(l).stroke; }),"
                + "    legend: Array.from(f.querySelectorAll('.legend .label')).map(function (l) { return l.innerText; }),"
                + "    newest: Array.from(f.querySelectorAll('svg.plot path.line')).map(function (p) {"
                + "      return p.getAttribute('data-newest'); }),"
                + "    caption: f.querySelector('figcaption .meta').innerText,"
                + "    ticks: Array.from(f.querySelectorAll('svg.plot text.axis')).map(function (t) { return t.textContent; })"
                + "  }; }))").asText());
    }

    private static JsonNode figure(JsonNode geometry, DashboardView.Page view, String name) {
        String id = view.charts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
        for (JsonNode f : geometry) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no chart " + name + " on the page");
    }

    private static void assertInside(JsonNode inner, JsonNode outer, String what) {
        assertThat(inner.get("top").asDouble()).as("top of %s", what).isGreaterThanOrEqualTo(outer.get("top").asDouble() - EDGE);
        assertThat(inner.get("bottom").asDouble()).as("bottom of %s", what).isLessThanOrEqualTo(outer.get("bottom").asDouble() + EDGE);
        assertThat(inner.get("left").asDouble()).as("left of %s", what).isGreaterThanOrEqualTo(outer.get("left").asDouble() - EDGE);
        assertThat(inner.get("right").asDouble()).as("right of %s", what).isLessThanOrEqualTo(outer.get("right").asDouble() + EDGE);
    }

    @Test
    void everyBandAndLineStaysInsideItsPlotAndEveryPlotInsideItsCard() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode geometry = geometry(tools);

            int bands = 0;
            for (JsonNode f : geometry) {
                assertInside(f.get("plot"), f.get("card"), "the plot of " + f.get("id"));
                for (JsonNode band : f.get("bands")) {
                    assertInside(band, f.get("plot"), "a band of " + f.get("id"));
                    bands++;
                }
                for (JsonNode line : f.get("lines")) {
                    assertInside(line, f.get("plot"), "a line of " + f.get("id"));
                }
            }
            assertThat(bands).isEqualTo(2); // naive's in the response times, and the wide interval
            // the interval of 10 .. 400 ms around 100 ms sets the range: the band spans most of the plot
            JsonNode wide = figure(geometry, browsingView, Fixtures.WIDE.canonical());
            assertThat(wide.get("bands").get(0).get("height").asDouble() / wide.get("plot").get("height").asDouble())
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void nothingIsDrawnBetweenTheCards() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode geometry = geometry(tools);
            BufferedImage shot = tools.screenshot();
            int background = shot.getRGB(2, 2) & 0xffffff;

            List<String> stray = new ArrayList<>();
            for (JsonNode f : geometry) {
                JsonNode card = f.get("card");
                int left = (int) Math.ceil(card.get("left").asDouble());
                int right = (int) Math.floor(card.get("right").asDouble());
                int top = (int) Math.ceil(card.get("top").asDouble());
                int bottom = (int) Math.floor(card.get("bottom").asDouble());
                for (int y = bottom + 3; y <= bottom + 9 && y < shot.getHeight(); y++) { // the gap below the card
                    for (int x = left; x < right; x++) {
                        if ((shot.getRGB(x, y) & 0xffffff) != background) {
                            stray.add(f.get("id").asText() + " below at " + x + "," + y);
                        }
                    }
                }
                for (int x = right + 3; x <= right + 9 && x < shot.getWidth() - 30; x++) { // the gap to its right
                    for (int y = top; y < bottom; y++) {
                        if ((shot.getRGB(x, y) & 0xffffff) != background) {
                            stray.add(f.get("id").asText() + " right at " + x + "," + y);
                        }
                    }
                }
            }
            assertThat(stray).as("pixels drawn in the gaps between the cards").isEmpty();
        }
    }

    @Test
    void aHalfPercentChangeMovesTheLineByAFractionOfThePlotNotAllOfIt() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode steady = figure(geometry(tools), browsingView, Fixtures.STEADY.canonical());

            double share = steady.get("lines").get(0).get("height").asDouble() / steady.get("plot").get("height").asDouble();
            assertThat(share).as("height of a 0.5%% step over the plot's height").isLessThan(0.08);
        }
    }

    @Test
    void aParameterSweepIsOneChartWithALinePerValueAndALegend() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode geometry = geometry(tools);
            JsonNode spawn = figure(geometry, browsingView, Fixtures.SPAWN.canonical());

            assertThat(geometry).hasSize(5);
            assertThat(spawn.get("lines")).hasSize(3);
            assertThat(texts(spawn.get("legend"))).containsExactly("reference · agents=1", "reference · agents=100",
                    "reference · agents=10000");
            assertThat(new HashSet<>(texts(spawn.get("strokes")))).hasSize(3);
            // a logarithmic axis: the three lines, a hundredfold apart, are evenly spread over the plot
            double plotTop = spawn.get("plot").get("top").asDouble();
            double plotHeight = spawn.get("plot").get("height").asDouble();
            List<Double> positions = new ArrayList<>();
            spawn.get("lines").forEach(l -> positions.add((l.get("top").asDouble() - plotTop) / plotHeight));
            assertThat(positions.get(0) - positions.get(1)).isCloseTo(positions.get(1) - positions.get(2),
                    org.assertj.core.data.Offset.offset(0.03));
        }
    }

    @Test
    void theSystemsOfAMetricAreLinesOfOneChartInTheirLegendsColours() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode response = figure(geometry(tools), browsingView, Fixtures.RESPONSE.canonical());

            assertThat(texts(response.get("legend"))).containsExactly("naive", "pekko", "reference");
            List<String> strokes = texts(response.get("strokes"));
            assertThat(new HashSet<>(strokes)).hasSize(3);
            assertThat(texts(response.get("swatches"))).isEqualTo(strokes);
            assertThat(response.get("caption").asText()).contains("lower is better");
        }
    }

    @Test
    void hoverAndAxesShowNumbersAsTheCliFormatsThem() throws Exception {
        try (DevTools tools = open(browsing)) {
            JsonNode response = figure(geometry(tools), browsingView, Fixtures.RESPONSE.canonical());
            JsonNode plot = response.get("plot");
            tools.evaluate("window.scrollTo(0, 0)");
            JsonNode view = DevTools.parse(tools.evaluate("JSON.stringify(document.querySelector('#"
                    + response.get("id").asText() + " rect.frame').getBoundingClientRect())").asText());

            tools.mouseMove(view.get("left").asDouble() + 12.0 / 23 * view.get("width").asDouble(),
                    view.get("top").asDouble() + view.get("height").asDouble() / 2);

            String tooltip = tools.evaluate("document.getElementById('tooltip').hidden ? ''"
                    + " : document.getElementById('tooltip').innerText").asText();
            List<MetricSeries> systems = Fixtures.browsing().series().stream()
                    .filter(s -> s.id().equals(Fixtures.RESPONSE)).toList();
            MetricSeries.Point naive = systems.get(0).points().get(12);
            MetricSeries.Point pekko = systems.get(1).points().get(12);
            MetricSeries.Point reference = systems.get(2).points().get(12);
            assertThat(tooltip.lines()).containsExactly(
                    "2026-10-13 08:00 UTC · commit 00feed0c0000 · main",
                    "naive: " + ns(naive.value()) + " (CI " + ns(naive.ciLower().orElseThrow()) + " … "
                            + ns(naive.ciUpper().orElseThrow()) + ") · run n12",
                    "pekko: " + ns(pekko.value()) + " · run p12",
                    "reference: " + ns(reference.value()) + " · run r12");
            assertThat(tooltip).contains("µs").doesNotContain("0.0");
            assertThat(plot.get("height").asDouble()).isPositive();

            JsonNode data = new ObjectMapper().readTree(browsingView.dataJson());
            JsonNode chart = data.get("charts").get(Integer.parseInt(response.get("id").asText().substring(1)));
            List<String> labels = new ArrayList<>();
            chart.get("ticks").forEach(t -> labels.add(t.get(1).asText()));
            assertThat(labels).containsExactly("0 ns", "25 µs", "50 µs", "75 µs");
            assertThat(texts(response.get("ticks"))).containsSequence(labels);
        }
    }

    private static String ns(double value) {
        return HumanUnits.format(value, Unit.NANOSECONDS);
    }

    @Test
    void aCountWithoutADirectionIsNotLabelledLowerIsBetter() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode rounds = figure(geometry(tools), browsingView, Fixtures.ROUNDS.canonical());

            assertThat(rounds.get("caption").asText()).isEqualTo("main · linux-x64-4c · profile quick · count · 24 runs");
        }
    }

    @Test
    void gradesAreDrawnAsIconsWithoutAnEmojiFont() throws Exception {
        {
            DevTools tools = look(browsing);
            JsonNode icons = DevTools.parse(tools.evaluate("JSON.stringify(['target', 'acceptable'].map(function (g) {"
                    + " var r = document.querySelector('.legend .grade.' + g + ' svg.icon').getBoundingClientRect();"
                    + " return { left: r.left + scrollX, top: r.top + scrollY, width: r.width, height: r.height }; }))")
                    .asText());
            String text = tools.evaluate("document.body.innerText").asText();
            BufferedImage shot = tools.screenshot();

            assertThat(text.codePoints().filter(c -> c >= 0x1F300 || c == 0x2705 || c == 0x274C)).isEmpty();
            int[][] colours = {{0x1a, 0x7f, 0x37}, {0xd4, 0xa7, 0x2c}}; // the target's green, the acceptable's amber
            for (int i = 0; i < 2; i++) {
                JsonNode icon = icons.get(i);
                assertThat(icon.get("width").asDouble()).isGreaterThan(10);
                int matching = 0;
                int all = 0;
                for (int y = (int) icon.get("top").asDouble(); y < icon.get("top").asDouble() + icon.get("height").asDouble(); y++) {
                    for (int x = (int) icon.get("left").asDouble(); x < icon.get("left").asDouble() + icon.get("width").asDouble(); x++) {
                        int rgb = shot.getRGB(x, y);
                        all++;
                        if (Math.abs(((rgb >> 16) & 0xff) - colours[i][0]) < 40 && Math.abs(((rgb >> 8) & 0xff) - colours[i][1]) < 40
                                && Math.abs((rgb & 0xff) - colours[i][2]) < 40) {
                            matching++;
                        }
                    }
                }
                assertThat(matching).as("pixels of the icon %s in its colour, of %s", i, all).isGreaterThan(all / 3);
            }
        }
    }

    @Test
    void theScreenshotShowsTheCharts() throws Exception {
        {
            DevTools tools = look(small);
            BufferedImage image = tools.screenshot();

            assertThat(image.getWidth()).isEqualTo(WIDTH);
            // The first line of every chart is drawn in the accent blue (#0969da light): count strongly blue pixels.
            int blue = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (b > 180 && r < 110 && g < 170 && b - r > 100) {
                        blue++;
                    }
                }
            }
            assertThat(blue).as("strongly blue pixels of the drawn series").isGreaterThan(2_000);
            assertThat(tools.problems()).isEmpty();
        }
    }

    @Test
    void theScriptDrawsEveryChartAndItsNewestValuesAreTheViewModels() throws Exception {
        {
            DevTools tools = look(small);
            JsonNode geometry = geometry(tools);

            assertThat(tools.evaluate("document.getElementById('shown').textContent").asText())
                    .isEqualTo("4 of 4 charts shown");
            assertThat(tools.evaluate("document.getElementById('errors').hidden").asBoolean()).isTrue();
            for (int i = 0; i < smallView.charts().size(); i++) {
                DashboardView.Chart c = smallView.charts().get(i);
                assertThat(geometry.get(i).get("id").asText()).isEqualTo(c.id());
                assertThat(texts(geometry.get(i).get("newest"))).as("the script's newest values of %s", c.name())
                        .isEqualTo(c.legend().stream().map(DashboardView.Legend::newest).toList());
            }
            assertThat(attribute(tools, "m1", "data-change-points")).isEqualTo("0:20:regression");
            assertThat(attribute(tools, "m2", "data-change-points")).isEqualTo("0:15:improvement");
            assertThat(attribute(tools, "m0", "data-change-points")).isEmpty();
            // The tricky name went through the JSON block and back out through the DOM unchanged.
            assertThat(tools.evaluate("document.querySelector('#m0 svg.plot').getAttribute('aria-label')").asText())
                    .startsWith(Fixtures.TRICKY.canonical() + " on feature/<x>&\"y\": 1 series over 30 runs, newest sys <i> 0.51x");
            assertThat(tools.evaluate("document.querySelectorAll('script').length").asInt()).isEqualTo(3);
            assertThat(tools.evaluate("document.querySelectorAll('path.line').length").asInt()).isEqualTo(4);
            assertThat(tools.evaluate("document.querySelectorAll('g.cp.regression').length").asInt()).isEqualTo(1);
            assertThat(tools.evaluate("document.querySelectorAll('g.cp.improvement').length").asInt()).isEqualTo(1);
            assertThat(tools.problems()).isEmpty();
        }
    }

    private static String attribute(DevTools tools, String id, String name) throws Exception {
        return tools.evaluate("document.getElementById('" + id + "').getAttribute('" + name + "')").asText();
    }

    @Test
    void theFiltersReadFromTheAddressHideTheOtherCharts() throws Exception {
        try (DevTools tools = chromium.devTools(work, WIDTH, HEIGHT)) {
            assertThat(tools.load(small.toUri() + "#suite=jmh&branch=main")).isEqualTo("ready");

            assertThat(tools.evaluate("document.getElementById('shown').textContent").asText())
                    .isEqualTo("1 of 4 charts shown");
            assertThat(tools.evaluate("document.getElementById('m3').hidden").asBoolean()).isFalse();
            assertThat(tools.evaluate("document.getElementById('m1').hidden").asBoolean()).isTrue();
        }
        try (DevTools tools = chromium.devTools(work, WIDTH, HEIGHT)) {
            assertThat(tools.load(small.toUri() + "#profile=smoke")).isEqualTo("ready");

            assertThat(tools.evaluate("document.getElementById('shown').textContent").asText())
                    .isEqualTo("1 of 4 charts shown");
            assertThat(tools.evaluate("document.getElementById('m3').hidden").asBoolean()).isFalse();
        }
    }

    @Test
    void aBrokenPageIsCaughtSoTheChecksAboveAreNotVacuous() throws Exception {
        Path broken = work.resolve("broken.html");
        Files.writeString(broken, Files.readString(small).replace("\"runs\":[", "\"runs\":[oops"));

        try (DevTools tools = chromium.devTools(work, WIDTH, HEIGHT)) {
            assertThat(tools.load(broken.toUri().toString())).isEqualTo("loading");

            assertThat(tools.evaluate("document.getElementById('errors').textContent").asText()).contains("SyntaxError");
            assertThat(tools.problems()).anySatisfy(p -> assertThat(p).contains("SyntaxError"));
        }
        HeadlessChromium.Result dump = chromium.run(work, List.of("--dump-dom"), broken);
        assertThat(dump.stderr()).contains("Uncaught");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
