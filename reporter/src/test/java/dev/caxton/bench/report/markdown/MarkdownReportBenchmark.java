package dev.caxton.bench.report.markdown;

import java.util.Arrays;
import java.util.Locale;

/**
 * Renders a report of 1,000 metrics with 50 trend points each (60 regressions, one in ten improved, so the
 * report is over the comment limit and is shortened) and prints the median of the warm render times.
 * The goal: compare and render together in at most 200 ms, so render in at most 100 ms warm.
 *
 * <p>Run it from the project root, after {@code ./mvnw -o -B -q -pl reporter -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}:
 * <pre>
 * java -cp reporter/target/test-classes:reporter/target/classes:history/target/classes:core/target/classes:$(cat /tmp/cp.txt) \
 *     dev.caxton.bench.report.markdown.MarkdownReportBenchmark [runs]
 * </pre>
 */
final class MarkdownReportBenchmark {
    private MarkdownReportBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ReportInput input = Fixtures.huge(1_000, 60, 50);
        for (int i = 0; i < 20; i++) {
            MarkdownReport.render(input, ReportOptions.defaults());
            TextReport.render(input, ReportOptions.defaults());
        }
        long[] markdown = new long[runs];
        long[] text = new long[runs];
        int length = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            length = MarkdownReport.render(input, ReportOptions.defaults()).length();
            long t1 = System.nanoTime();
            TextReport.render(input, ReportOptions.defaults());
            markdown[i] = t1 - t0;
            text[i] = System.nanoTime() - t1;
        }
        System.out.printf(Locale.ROOT, "markdown: 1000 metrics x 50 points, %d chars, median %.1f ms (min %.1f, max %.1f) over %d runs%n",
                length, median(markdown), min(markdown), max(markdown), runs);
        System.out.printf(Locale.ROOT, "text:     median %.1f ms%n", median(text));
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return (s[s.length / 2] + s[(s.length - 1) / 2]) / 2e6;
    }

    private static double min(long[] v) {
        return Arrays.stream(v).min().orElse(0) / 1e6;
    }

    private static double max(long[] v) {
        return Arrays.stream(v).max().orElse(0) / 1e6;
    }
}
