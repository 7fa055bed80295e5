package dev.caxton.bench.importer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells a file's format from the first few kilobytes of its content. */
final class FormatDetector {
    private static final int PREFIX = 8192;
    private static final Pattern HLOG_LINE = Pattern.compile("(?m)^(?:Tag=[^,\\n]*,)?[0-9.]+,[0-9.]+,[0-9.]+,HIST");
    private static final Pattern BENCH_LINE = Pattern.compile("(?m)^test .+ \\.\\.\\. bench:");

    private FormatDetector() {}

    static Optional<Format> detect(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, PREFIX), StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        String t = head.stripLeading();
        if (t.startsWith("[")) {
            String body = t.substring(1).stripLeading();
            if (body.startsWith("{")) {
                if (body.contains("\"primaryMetric\"") || body.contains("\"jmhVersion\"")) {
                    return Optional.of(Format.JMH_JSON);
                }
                if (body.contains("\"name\"") && (body.contains("\"value\"") || body.contains("\"unit\""))) {
                    return Optional.of(Format.GAB);
                }
            }
            return Optional.empty();
        }
        if (t.startsWith("{")) {
            if (t.contains("\"point_estimate\"") || t.contains("\"iters\"")) {
                return Optional.of(Format.CRITERION);
            }
            return Optional.empty();
        }
        String firstLine = t.lines().findFirst().orElse("");
        if (firstLine.matches("\"?Benchmark\"?,.*")) {
            return Optional.of(Format.JMH_CSV);
        }
        if (firstLine.matches("\"?Benchmark\"?;.*")) {
            return Optional.of(Format.JMH_SCSV);
        }
        if (t.startsWith("#[Histogram log format version") || t.contains("\"StartTimestamp\",\"Interval_Length\"")
                || HLOG_LINE.matcher(t).find()) {
            return Optional.of(Format.HDR_LOG);
        }
        if (BENCH_LINE.matcher(head).find()) {
            return Optional.of(Format.BENCHER);
        }
        return Optional.empty();
    }
}
