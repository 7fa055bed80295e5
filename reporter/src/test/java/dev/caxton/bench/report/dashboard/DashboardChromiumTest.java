package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.target.Targets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: Debian's chromium, headless, loading the file from {@code file://} with
 * networking off. Skipped only where chromium is missing and CI is not set.
 */
class DashboardChromiumTest {
    private static final Pattern TAG = Pattern.compile("<(figure|svg|body|ul|output)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    @TempDir
    static Path work;
    private HeadlessChromium chromium;
    private static Path page;
    private static DashboardView.Page view;

    @BeforeAll
    static void renderTheSmallDashboard() throws IOException {
        page = work.resolve("dashboard.html");
        Dashboard.withDefaults().write(Fixtures.small(), page);
        view = DashboardView.of(Fixtures.small(), Targets.defaults(), new ChangePointDetector());
    }

    /** Per test, so that a skip shows as four skipped tests in the report, not as a class with none. */
    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.require();
    }

    @Test
    void theScreenshotShowsTheCharts() throws Exception {
        Path png = work.resolve("dashboard.png");

        HeadlessChromium.Result result = chromium.run(work, List.of("--screenshot=" + png, "--window-size=1200,1600",
                "--hide-scrollbars"), page);

        assertThat(result.stderr()).doesNotContain("Uncaught");
        assertThat(Files.size(png)).isGreaterThan(30_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(1600);
        // The series lines are drawn in the accent blue (#0969da light, #4493f8 dark): count strongly blue pixels.
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
    }

    @Test
    void theScriptDrawsEverySeriesAndTheDomReadsBackTheNewestValues() throws Exception {
        HeadlessChromium.Result result = chromium.run(work, List.of("--dump-dom"), page);
        String dom = result.stdout();

        assertNoErrors(result);
        assertThat(tag(dom, "body", null).get("data-status")).isEqualTo("ready");
        assertThat(elementText(dom, "output")).isEqualTo("4 of 4 series shown");
        for (DashboardView.Series s : view.series()) {
            Map<String, String> figure = tag(dom, "figure", s.id());
            assertThat(figure.get("data-points")).isEqualTo(s.runs());
            assertThat(figure.get("data-newest")).as("the script's newest value of %s", s.name()).isEqualTo(s.newest());
        }
        assertThat(tag(dom, "figure", "m1").get("data-change-points")).isEqualTo("20:regression");
        assertThat(tag(dom, "figure", "m2").get("data-change-points")).isEqualTo("15:improvement");
        assertThat(tag(dom, "figure", "m0").get("data-change-points")).isEmpty();
        // The tricky name went through the JSON block and back out through the DOM unchanged.
        String label = svgLabel(dom, "m0");
        assertThat(label).startsWith(Fixtures.TRICKY.canonical() + " on feature/<x>&\"y\": 30 runs, newest 0.5100");
        assertThat(dom).doesNotContain("<script>alert(1)");
        assertThat(countDrawn(dom, "class=\"series\"")).isEqualTo(4);
        assertThat(countDrawn(dom, "class=\"cp regression\"")).isEqualTo(1);
        assertThat(countDrawn(dom, "class=\"cp improvement\"")).isEqualTo(1);
    }

    @Test
    void theFiltersReadFromTheAddressHideTheOtherSeries() throws Exception {
        HeadlessChromium.Result jmh = chromium.runUrl(work, List.of("--dump-dom"), page.toUri() + "#suite=jmh&branch=main");

        assertNoErrors(jmh);
        assertThat(elementText(jmh.stdout(), "output")).isEqualTo("1 of 4 series shown");
        assertThat(tag(jmh.stdout(), "figure", "m3").containsKey("hidden")).isFalse();
        assertThat(tag(jmh.stdout(), "figure", "m1").containsKey("hidden")).isTrue();
    }

    @Test
    void aBrokenPageIsCaughtSoTheChecksAboveAreNotVacuous() throws Exception {
        Path broken = work.resolve("broken.html");
        Files.writeString(broken, Files.readString(page).replace("\"runs\":[", "\"runs\":[oops"));

        HeadlessChromium.Result result = chromium.run(work, List.of("--dump-dom"), broken);

        assertThat(result.stderr()).contains("Uncaught");
        assertThat(elementText(result.stdout(), "ul")).contains("SyntaxError");
        assertThat(tag(result.stdout(), "body", null).get("data-status")).isEqualTo("loading");
    }

    private static void assertNoErrors(HeadlessChromium.Result result) {
        assertThat(result.stderr()).as("console output of the page").doesNotContain("Uncaught")
                .doesNotContain(":CONSOLE(");
        assertThat(tag(result.stdout(), "ul", "errors")).as("the page's error list").containsKey("hidden");
        assertThat(elementText(result.stdout(), "ul")).isEmpty();
    }

    private static long countDrawn(String dom, String marker) {
        return Pattern.compile(Pattern.quote(marker)).matcher(dom).results().count();
    }

    /** The attributes of the first tag of that name (with that id, when given), entities decoded. */
    private static Map<String, String> tag(String dom, String name, String id) {
        Matcher m = TAG.matcher(dom);
        while (m.find()) {
            if (!m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> attributes = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2) == null ? "" : decode(a.group(2)));
            }
            if (id == null || id.equals(attributes.get("id"))) {
                return attributes;
            }
        }
        throw new AssertionError("no <" + name + (id == null ? "" : " id=" + id) + "> in the DOM");
    }

    private static String svgLabel(String dom, String figureId) {
        int at = dom.indexOf("<figure class=\"chart\" id=\"" + figureId + "\"");
        assertThat(at).isNotNegative();
        return tag(dom.substring(at), "svg", null).get("aria-label");
    }

    private static String elementText(String dom, String name) {
        Matcher m = Pattern.compile("<" + name + "\\b[^>]*(?:id=\"(?:errors|shown)\")[^>]*>(.*?)</" + name + ">",
                Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("<%s> in the DOM", name).isTrue();
        return decode(m.group(1).replaceAll("<[^>]+>", ""));
    }

    private static String decode(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
