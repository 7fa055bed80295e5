package dev.caxton.bench.report.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import dev.caxton.bench.model.Unit;

/**
 * How one series' values are shown: a display unit (for example milliseconds for a series measured in
 * nanoseconds), the divisor that converts into it, and a number of decimals that gives the series'
 * smallest value at least four significant digits.
 *
 * <p>The page's script never formats on its own: the data block carries every value already rounded by
 * {@link #compact}, and the script prints it with {@code toFixed(decimals)} and {@link #suffix}, which
 * reproduces {@link #format} exactly. So hover labels and the server-rendered newest values agree.
 *
 * @param suffix   appended to the number: {@code " ms"}, {@code "K msg/s"}, {@code " MB"}, {@code "%"} or empty
 * @param divisor  a value in the series' unit divided by this is in the display unit
 * @param decimals digits after the decimal point, 0 to {@value #MAX_DECIMALS}
 */
record DisplayScale(String suffix, double divisor, int decimals) {

    static final int MAX_DECIMALS = 6;
    private static final int SIGNIFICANT = 4;
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    DisplayScale {
        if (!(divisor > 0) || decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("divisor must be > 0 and decimals in 0.." + MAX_DECIMALS + ", got "
                    + divisor + " and " + decimals);
        }
    }

    /** The scale for a series of {@code values} in {@code unit}, chosen by the median magnitude. */
    static DisplayScale of(Unit unit, double[] values) {
        double[] abs = Arrays.stream(values).map(Math::abs).sorted().toArray();
        double median = abs.length == 0 ? 0 : abs[abs.length / 2];
        String suffix;
        double divisor;
        switch (unit.kind()) {
            case TIME -> {
                double nanos = median * unit.nanos();
                Unit shown = nanos >= 1e9 ? Unit.SECONDS : nanos >= 1e6 ? Unit.MILLISECONDS
                        : nanos >= 1e3 ? Unit.MICROSECONDS : Unit.NANOSECONDS;
                suffix = " " + (shown == Unit.MICROSECONDS ? "µs" : shown.label());
                divisor = shown.nanos() / unit.nanos();
            }
            case RATE -> {
                int step = decimalStep(median);
                suffix = new String[] {" ", "K ", "M ", "G "}[step] + unit.label();
                divisor = Math.pow(1000, step);
            }
            case SIZE -> {
                int step = decimalStep(median);
                suffix = new String[] {" B", " KB", " MB", " GB"}[step];
                divisor = Math.pow(1000, step);
            }
            case DIMENSIONLESS -> {
                suffix = unit == Unit.PERCENT ? "%" : "";
                divisor = 1;
            }
            default -> throw new IllegalStateException("Unknown unit kind " + unit.kind());
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (double a : abs) {
            if (a > 0) {
                smallest = Math.min(smallest, a / divisor);
                break;
            }
        }
        int decimals = 0;
        if (Double.isFinite(smallest)) {
            int magnitude = (int) Math.floor(Math.log10(smallest));
            decimals = Math.max(0, Math.min(MAX_DECIMALS, SIGNIFICANT - 1 - magnitude));
        }
        return new DisplayScale(suffix, divisor, decimals);
    }

    /** 0 for below a thousand, 1 for thousands, 2 for millions, 3 for billions and beyond. */
    private static int decimalStep(double value) {
        return value >= 1e9 ? 3 : value >= 1e6 ? 2 : value >= 1e3 ? 1 : 0;
    }

    /** The value in the display unit with {@link #decimals} digits and the suffix: {@code "1.234 ms"}. */
    String format(double value) {
        return fixed(value) + suffix;
    }

    /** The value in the display unit with {@link #decimals} digits, no suffix: {@code "1.234"}. */
    String fixed(double value) {
        return plain(value, false);
    }

    /**
     * The value in the display unit, rounded like {@link #fixed} but without trailing zeros: the shortest
     * text from which {@code toFixed(decimals)} gives back {@link #fixed}. This is what the data block holds.
     */
    String compact(double value) {
        return plain(value, true);
    }

    private String plain(double value, boolean strip) {
        double scaled = value / divisor;
        double units = scaled * POW10[decimals];
        if (Math.abs(units) < 1e15) {
            long n = Math.round(units);
            return digits(n, strip);
        }
        BigDecimal d = new BigDecimal(scaled).setScale(decimals, RoundingMode.HALF_UP);
        return strip ? d.stripTrailingZeros().toPlainString() : d.toPlainString();
    }

    private String digits(long n, boolean strip) {
        String sign = n < 0 ? "-" : "";
        String s = Long.toString(Math.abs(n));
        if (decimals == 0) {
            return sign + s;
        }
        if (s.length() <= decimals) {
            s = "0".repeat(decimals - s.length() + 1) + s;
        }
        String whole = s.substring(0, s.length() - decimals);
        String fraction = s.substring(s.length() - decimals);
        if (strip) {
            int end = fraction.length();
            while (end > 0 && fraction.charAt(end - 1) == '0') {
                end--;
            }
            fraction = fraction.substring(0, end);
        }
        return sign + whole + (fraction.isEmpty() ? "" : "." + fraction);
    }
}
