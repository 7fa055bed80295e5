package dev.caxton.bench.report.format;

/**
 * A series as a line of unicode blocks, {@code ▁▂▃▄▅▆▇█}, one character per point: the lowest value
 * of the line is {@code ▁}, the highest {@code █}, the others in between by linear interpolation. A
 * series whose values are all equal is flat ({@code ▄}); a missing point (NaN) is a space, so gaps
 * stay where they happened.
 */
public final class Sparkline {
    /** The eight blocks, lowest first. */
    public static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final char FLAT = '▄';
    private static final char GAP = ' ';

    private Sparkline() {}

    /** One character per value; NaN is a gap. */
    public static String of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        StringBuilder sb = new StringBuilder(values.length);
        for (double v : values) {
            if (!Double.isFinite(v)) {
                sb.append(GAP);
            } else if (max - min <= Math.ulp(max) * 4) {
                sb.append(FLAT);
            } else {
                int i = (int) Math.round((v - min) / (max - min) * (BLOCKS.length() - 1));
                sb.append(BLOCKS.charAt(Math.max(0, Math.min(BLOCKS.length() - 1, i))));
            }
        }
        return sb.toString();
    }
}
