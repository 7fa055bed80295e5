package dev.caxton.bench.importer;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a JMH JSON result file of a given size with the shape JMH 1.37 writes: throughput and
 * average-time results with raw data of 5 forks x 20 iterations and GC secondary results, and
 * sample-mode results with raw histograms. Deterministic for a seed.
 */
public final class LargeJmhJson {
    private LargeJmhJson() {}

    /** At least {@code minBytes} of JMH JSON. */
    public static String generate(int minBytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(minBytes + 16_384);
        sb.append("[\n");
        int i = 0;
        while (sb.length() < minBytes) {
            if (i > 0) {
                sb.append(",\n");
            }
            String mode = switch (i % 3) {
                case 0 -> "thrpt";
                case 1 -> "avgt";
                default -> "sample";
            };
            String unit = mode.equals("thrpt") ? "ops/ms" : "us/op";
            sb.append("    {\n        \"jmhVersion\" : \"1.37\",\n        \"benchmark\" : \"org.example.bench.Generated")
                    .append(i / 30).append(".method").append(i % 30).append("\",\n        \"mode\" : \"").append(mode)
                    .append("\",\n        \"threads\" : 1,\n        \"forks\" : 5,\n        \"params\" : {\n")
                    .append("            \"size\" : \"").append(1 << (i % 12)).append("\",\n            \"payload\" : \"[\\\"k\\\"]\"\n")
                    .append("        },\n        \"primaryMetric\" : ");
            double base = 1 + random.nextDouble() * 1000;
            score(sb, random, base, unit, mode.equals("sample"));
            sb.append(",\n        \"secondaryMetrics\" : {\n            \"gc.alloc.rate\" : ");
            score(sb, random, 500, "MB/sec", false);
            sb.append(",\n            \"gc.alloc.rate.norm\" : ");
            score(sb, random, 48, "B/op", false);
            sb.append("\n        }\n    }");
            i++;
        }
        sb.append("\n]\n");
        return sb.toString();
    }

    private static void score(StringBuilder sb, SplittableRandom random, double base, String unit, boolean histogram) {
        sb.append("{\n            \"score\" : ").append(fmt(base)).append(",\n            \"scoreError\" : ")
                .append(fmt(base / 50)).append(",\n            \"scoreConfidence\" : [ ").append(fmt(base * 0.98))
                .append(", ").append(fmt(base * 1.02)).append(" ],\n            \"scorePercentiles\" : { \"0.0\" : ")
                .append(fmt(base * 0.9)).append(", \"50.0\" : ").append(fmt(base)).append(", \"90.0\" : ")
                .append(fmt(base * 1.1)).append(", \"99.0\" : ").append(fmt(base * 1.2)).append(", \"99.9\" : ")
                .append(fmt(base * 1.3)).append(", \"100.0\" : ").append(fmt(base * 1.4))
                .append(" },\n            \"scoreUnit\" : \"").append(unit).append("\",\n");
        if (histogram) {
            sb.append("            \"rawDataHistogram\" : [");
            for (int f = 0; f < 5; f++) {
                sb.append(f == 0 ? "\n                [" : ",\n                [");
                for (int it = 0; it < 5; it++) {
                    sb.append(it == 0 ? " [" : ", [");
                    for (int k = 0; k < 20; k++) {
                        sb.append(k == 0 ? "" : ", ").append('[').append(fmt(base * (0.5 + k * 0.1)))
                                .append(", ").append(1 + random.nextInt(500)).append(']');
                    }
                    sb.append(']');
                }
                sb.append(" ]");
            }
        } else {
            sb.append("            \"rawData\" : [");
            for (int f = 0; f < 5; f++) {
                sb.append(f == 0 ? "\n                [ " : ",\n                [ ");
                for (int it = 0; it < 20; it++) {
                    sb.append(it == 0 ? "" : ", ").append(fmt(base * (0.95 + random.nextDouble() * 0.1)));
                }
                sb.append(" ]");
            }
        }
        sb.append("\n            ]\n        }");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.12f", d);
    }
}
