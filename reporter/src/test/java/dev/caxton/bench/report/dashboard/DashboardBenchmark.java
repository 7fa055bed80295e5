package dev.caxton.bench.report.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's performance goal of issue 4: 200 metrics x 1,000 runs render in at most 3 s and weigh at
 * most 5 MB. Renders the synthetic input in a warm JVM (5 warm-up renders, then 9 measured), prints the
 * median and the size, then loads the page once in headless chromium (when installed) and prints the time
 * the page's own script took to draw it and the browser's wall time.
 *
 * <p>Run it from the project root, after {@code ./mvnw -B -q -pl reporter -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}:
 * <pre>
 * java -cp reporter/target/test-classes:reporter/target/classes:history/target/classes:core/target/classes:$(cat /tmp/cp.txt) \
 *     dev.caxton.bench.report.dashboard.DashboardBenchmark
 * </pre>
 */
final class DashboardBenchmark {
    private static final int WARMUP = 5;
    private static final int MEASURED = 9;

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int metrics = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        DashboardInput input = Fixtures.synthetic(metrics, runs, 42);
        Dashboard dashboard = Dashboard.withDefaults();
        String html = "";
        for (int i = 0; i < WARMUP; i++) {
            html = dashboard.render(input);
        }
        double[] millis = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            html = dashboard.render(input);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(Locale.ROOT, "%d metrics x %d runs: render median %.0f ms (min %.0f, max %.0f) over %d renders"
                + " after %d warm-up; page %,d bytes (%.2f MB)%n", metrics, runs, millis[MEASURED / 2], millis[0],
                millis[MEASURED - 1], MEASURED, WARMUP, bytes, bytes / 1e6);
        browser(dashboard, input);
    }

    private static void browser(Dashboard dashboard, DashboardInput input) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("dashboard-benchmark");
        Path page = work.resolve("dashboard.html");
        dashboard.write(input, page);
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            System.out.println("chromium not installed: browser timing skipped");
            return;
        }
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(List.of("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(work, "profile"), "--dump-dom",
                    page.toUri().toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            long wall = (System.nanoTime() - start) / 1_000_000;
            Matcher m = Pattern.compile("data-status=\"(\\w+)\" data-render-ms=\"(\\d+)\"").matcher(dom);
            System.out.printf(Locale.ROOT, "chromium --dump-dom: status %s, page script drew all charts in %s ms; "
                    + "browser wall time %d ms (start, load, draw, serialise, exit)%n",
                    m.find() ? m.group(1) : "?", m.find(0) ? m.group(2) : "?", wall);
        }
    }
}
