package dev.caxton.bench.report.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.DoublePredicate;

/**
 * Numbers of the data block: as short as they can be while the page still shows what the Java side
 * shows. The page's script formats a value with its port of {@code HumanUnits} ({@code human-units.js},
 * proven identical by {@code HumanUnitsScriptTest}); a value written with fewer digits than it has could
 * round differently at three significant digits (a double rounding), so each value gets the fewest
 * significant digits, from a floor for drawing up to those that give the double back exactly, at which
 * the label it reads as is still the label of the exact value.
 */
final class ScriptNumbers {
    /** Enough for a position within a plot of a few hundred pixels. */
    static final int VALUE_DIGITS = 4;
    /** Enough for the length of a confidence bar. */
    static final int DISTANCE_DIGITS = 2;

    private ScriptNumbers() {}

    /**
     * The shortest JSON number with at least {@code floor} significant digits whose double passes
     * {@code sameLabel}; at most the digits of {@link Double#toString}, which give {@code value} back exactly.
     */
    static String shortest(double value, int floor, DoublePredicate sameLabel) {
        if (value == 0) {
            return "0";
        }
        // Candidates round the shortest text of the double, not its exact value: the check decides anyway.
        BigDecimal exact = BigDecimal.valueOf(value);
        for (int digits = floor; digits < exact.precision(); digits++) {
            String text = text(exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
            if (sameLabel.test(Double.parseDouble(text))) {
                return text;
            }
        }
        return text(exact);
    }

    /** The shorter of the plain and the scientific form: {@code 1250}, {@code 1.25e7}, {@code 0.0012}. */
    static String text(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.signum() == 0) {
            return "0";
        }
        String plain = s.toPlainString();
        String digits = s.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - s.scale();
        String scientific = (s.signum() < 0 ? "-" : "") + digits.charAt(0)
                + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + exponent;
        return scientific.length() < plain.length() ? scientific : plain;
    }
}
