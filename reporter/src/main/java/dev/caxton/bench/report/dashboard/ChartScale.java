package dev.caxton.bench.report.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;

/**
 * The y-axis of one chart: the range it shows, whether it is logarithmic, and its ticks labelled in
 * human units ({@link HumanUnits}, the CLI's formatter).
 *
 * <p>The rules, once:
 * <ul>
 *   <li>The range holds every value <em>and every confidence bound</em> of every line of the chart, so a
 *       band never leaves its plot.</li>
 *   <li>It spans at least {@value #MIN_SPAN} of the largest magnitude shown: a flat series with noise of
 *       a fraction of a percent stays a flat line, and a 0.5% change moves the line by a twentieth of
 *       the plot, not by all of it. A range of values that are all at least zero is not extended below
 *       zero by this rule.</li>
 *   <li>It is logarithmic when every value and bound is positive and the largest is at least
 *       {@value #LOG_RATIO} times the smallest, as when one chart holds {@code agents=1} and
 *       {@code agents=10000}; its ticks are then powers of ten.</li>
 *   <li>Linear ticks are the multiples of 1, 2, 2.5 or 5 times a power of ten that give three to five
 *       ticks; the minimum span keeps their labels distinct at three significant digits.</li>
 *   <li>{@value #PAD} of the span is added above and below, so no line runs along the frame.</li>
 * </ul>
 *
 * @param min   the bottom of the plot, in the chart's unit
 * @param max   the top of the plot, in the chart's unit
 * @param log   whether positions are proportional to the logarithm of the value
 * @param ticks the gridlines, bottom first
 */
record ChartScale(double min, double max, boolean log, List<Tick> ticks) {
    static final double MIN_SPAN = 0.10;
    static final double LOG_RATIO = 100;
    static final double PAD = 0.05;
    private static final int MAX_LOG_TICKS = 6;

    /** A gridline: its value in the chart's unit and its label. */
    record Tick(double value, String label) {}

    ChartScale {
        ticks = List.copyOf(ticks);
        if (!(min < max)) {
            throw new IllegalArgumentException("A chart's range needs min < max, got " + min + " and " + max);
        }
    }

    /** The scale of a chart whose values and bounds lie between {@code lowest} and {@code highest}. */
    static ChartScale of(double lowest, double highest, Unit unit) {
        if (!Double.isFinite(lowest) || !Double.isFinite(highest) || lowest > highest) {
            throw new IllegalArgumentException("A chart needs finite extremes with lowest <= highest, got " + lowest
                    + " and " + highest);
        }
        if (lowest > 0 && highest / lowest >= LOG_RATIO) {
            return logarithmic(lowest, highest, unit);
        }
        double lo = lowest;
        double hi = highest;
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        double minSpan = magnitude > 0 ? MIN_SPAN * magnitude : 1;
        if (hi - lo < minSpan) {
            double mid = lo / 2 + hi / 2;
            lo = mid - minSpan / 2;
            hi = mid + minSpan / 2;
            if (lowest >= 0 && lo < 0) {
                hi -= lo;
                lo = 0;
            }
        }
        double pad = (hi - lo) * PAD;
        lo -= pad;
        hi += pad;
        double step = niceStep((hi - lo) / 4);
        List<Tick> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / step); k * step <= hi; k++) {
            double v = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(step)).doubleValue();
            if (lowest >= 0 && v < 0) {
                continue;
            }
            ticks.add(new Tick(v, HumanUnits.format(v, unit)));
        }
        return new ChartScale(lo, hi, false, ticks);
    }

    private static ChartScale logarithmic(double lowest, double highest, Unit unit) {
        double lo = Math.log10(lowest);
        double hi = Math.log10(highest);
        double pad = (hi - lo) * PAD;
        lo -= pad;
        hi += pad;
        int first = (int) Math.ceil(lo);
        int last = (int) Math.floor(hi);
        int every = Math.max(1, (last - first + MAX_LOG_TICKS) / MAX_LOG_TICKS);
        List<Tick> ticks = new ArrayList<>();
        for (int k = first; k <= last; k += every) {
            double v = Double.parseDouble("1e" + k);
            ticks.add(new Tick(v, HumanUnits.format(v, unit)));
        }
        return new ChartScale(Math.pow(10, lo), Math.pow(10, hi), true, ticks);
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= rough * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
