package dev.caxton.bench.report.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import dev.caxton.bench.model.Unit;

/**
 * Values in units people read at a glance: {@code 8.1M msg/s}, {@code 12.3 µs}, {@code 180 B},
 * {@code 151 MB/s}. Sizes and byte rates use decimal prefixes (1 MB = 1,000,000 B). Three
 * significant digits, trailing zeros dropped, always formatted with {@link java.util.Locale#ROOT} rules
 * (a dot for decimals, no grouping), so output never varies by locale.
 */
public final class HumanUnits {
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final BigInteger FOUR_DIGITS = BigInteger.valueOf(1_000);
    private static final BigInteger FIVE_DIGITS = BigInteger.valueOf(10_000);
    private static final List<String> SI = List.of("", "K", "M", "G", "T", "P");
    private static final List<String> BYTES = List.of("B", "kB", "MB", "GB", "TB", "PB");

    private HumanUnits() {}

    /** A number and its unit suffix, for example {@code 8.1M} and {@code msg/s}; the suffix may be empty. */
    public record Parts(String number, String suffix) {
        /** The number and the suffix as people write them: {@code 8.1M msg/s}, {@code 4.2%}. */
        public String text() {
            if (suffix.isEmpty()) {
                return number;
            }
            return glued(suffix) ? number + suffix : number + " " + suffix;
        }

        private static boolean glued(String suffix) {
            return suffix.equals("%") || suffix.equals("x");
        }
    }

    /** {@code value} in {@code unit}, scaled to a readable magnitude. */
    public static String format(double value, Unit unit) {
        return parts(value, unit).text();
    }

    /** {@code value} in {@code unit} split into its number and its unit suffix, for columns that share a suffix. */
    public static Parts parts(double value, Unit unit) {
        if (Double.isNaN(value)) {
            return new Parts("NaN", suffixOf(unit));
        }
        if (Double.isInfinite(value)) {
            return new Parts(value > 0 ? "∞" : "-∞", suffixOf(unit));
        }
        return switch (unit.kind()) {
            case TIME -> time(unit.convert(value, Unit.NANOSECONDS), unit);
            case SIZE -> scaled(value, 1000, BYTES);
            case RATE -> unit == Unit.BYTES_PER_SECOND ? perSecond(scaled(value, 1000, BYTES))
                    : new Parts(scaled(value, 1000, SI).number(), unit.label());
            case DIMENSIONLESS -> switch (unit) {
                case PERCENT -> new Parts(digits(value), "%");
                case RATIO -> new Parts(digits(value), "x");
                default -> scaled(value, 1000, SI);
            };
        };
    }

    private static String suffixOf(Unit unit) {
        return switch (unit) {
            case PERCENT -> "%";
            case RATIO -> "x";
            case COUNT -> "";
            case MICROSECONDS -> "µs";
            case BYTES_PER_SECOND -> "B/s";
            default -> unit.label();
        };
    }

    /** A size as a rate: {@code 151 MB} becomes {@code 151 MB/s}. */
    private static Parts perSecond(Parts size) {
        return new Parts(size.number(), size.suffix() + "/s");
    }

    /**
     * Scales by {@code base} until the rounded magnitude is below {@code base}. SI letters stick to
     * the number ({@code 8.1M}); byte units are a suffix of their own ({@code 1.5 kB}). Sizes are
     * decimal (1 kB = 1,000 B), as the guide's "10 MB" is, and so are byte rates ({@code 151 MB/s}): JMH's
     * allocation rate of 144 MB/sec is 144 MiB/s, and reads 151 MB/s here.
     */
    private static Parts scaled(double value, int base, List<String> names) {
        boolean bytes = names == BYTES;
        double v = value;
        int i = 0;
        BigDecimal rounded = round(v);
        while (rounded.abs().compareTo(BigDecimal.valueOf(base)) >= 0 && i < names.size() - 1) {
            v /= base;
            i++;
            rounded = round(v);
        }
        String number = plain(rounded);
        return bytes ? new Parts(number, names.get(i)) : new Parts(number + names.get(i), "");
    }

    private static Parts time(double nanos, Unit unit) {
        if (Double.isInfinite(nanos)) { // a finite value too large for nanoseconds
            return new Parts(nanos > 0 ? "∞" : "-∞", suffixOf(unit));
        }
        double abs = Math.abs(nanos);
        if (round(abs).compareTo(BigDecimal.valueOf(1_000)) < 0) {
            return new Parts(digits(nanos), "ns");
        }
        if (round(abs / 1e3).compareTo(BigDecimal.valueOf(1_000)) < 0) {
            return new Parts(digits(nanos / 1e3), "µs");
        }
        if (round(abs / 1e6).compareTo(BigDecimal.valueOf(1_000)) < 0) {
            return new Parts(digits(nanos / 1e6), "ms");
        }
        if (round(abs / 1e9).compareTo(BigDecimal.valueOf(60)) < 0) {
            return new Parts(digits(nanos / 1e9), "s");
        }
        if (round(abs / 60e9).compareTo(BigDecimal.valueOf(60)) < 0) {
            return new Parts(digits(nanos / 60e9), "min");
        }
        return new Parts(digits(nanos / 3600e9), "h");
    }

    /**
     * A relative change as a signed percentage with three significant digits: {@code +21.9%}, {@code -0.5%},
     * {@code ±0%}; {@code +∞%} or {@code -∞%} for a change from zero; {@code n/a} when there is no
     * number for it (NaN: a change from or to an infinite value, which an old history may hold).
     */
    public static String percentChange(double relative) {
        if (Double.isNaN(relative)) {
            return "n/a";
        }
        if (Double.isInfinite(relative)) {
            return relative > 0 ? "+∞%" : "-∞%";
        }
        if (relative == 0) {
            return "±0%";
        }
        return (relative > 0 ? "+" : "") + digits(relative * 100) + "%";
    }

    /**
     * Three significant digits, trailing zeros dropped: {@code 12.3}, {@code 8.1}, {@code 180}; {@code ∞},
     * {@code -∞} and {@code NaN} for the values that are not finite.
     */
    public static String digits(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return plain(round(value));
    }

    /**
     * {@code value} rounded half-even to three significant digits, as its exact binary value says. The
     * shortest decimal that reads back as {@code value} ({@link Double#toString}) rounds the same way unless
     * it is itself half-way ({@code 1.225}): no half-way point can lie between it and the exact value, which
     * is within half an ulp of it, else that point would be a shorter decimal reading back as {@code value}.
     * Only then, and for subnormal values (whose ulp is no longer tiny against three digits), is the exact
     * value, whose expansion is slow to build, consulted.
     */
    private static BigDecimal round(double value) {
        if (value != 0 && Math.abs(value) < Double.MIN_NORMAL) {
            return new BigDecimal(value).round(THREE_DIGITS);
        }
        BigDecimal shortest = BigDecimal.valueOf(value);
        if (shortest.precision() <= 3) {
            return shortest;
        }
        BigInteger digits = shortest.stripTrailingZeros().unscaledValue().abs();
        if (digits.compareTo(FOUR_DIGITS) >= 0 && digits.compareTo(FIVE_DIGITS) < 0
                && digits.mod(BigInteger.TEN).intValue() == 5) {
            return new BigDecimal(value).round(THREE_DIGITS);
        }
        return shortest.round(THREE_DIGITS);
    }

    private static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** A duration in words: {@code 412 ms}, {@code 12.3 s}, {@code 2.5 min}. */
    public static String duration(java.time.Duration d) {
        return format(d.toNanos(), Unit.NANOSECONDS);
    }

    /** A clock reading for progress lines: {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(java.util.Locale.ROOT, "%d:%02d", m, sec);
    }
}
