package dev.caxton.bench.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Unit;

/** Reads the line-based targets file described in {@link Targets}. */
final class TargetsFile {
    static final String FORM = "target <metric-glob> = <target> <acceptable> <critical> <unit> [higher|lower]";
    static final String EXAMPLE = "target agent/request_latency/p99* = 10ms 50ms 100ms ms";
    static final String THRESHOLD_FORM = "threshold|fail-threshold <metric-glob> = <percent>%|<fraction>";
    static final String THRESHOLD_EXAMPLE = "threshold agent/request_latency/p99* = 15%";

    private static final Pattern VALUE = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(\\S*)");

    private TargetsFile() {}

    /** The target entries of a file; threshold lines are checked but left out. */
    static List<Targets.Entry> parse(Path file, List<String> lines) {
        return parseAll(file, lines).targets();
    }

    /** Both kinds of entries of a file, each kind in file order. */
    static Parsed parseAll(Path file, List<String> lines) {
        List<Targets.Entry> targets = new ArrayList<>();
        List<ConfigFile.Threshold> thresholds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String content = stripComment(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String keyword = content.split("\\s+", 2)[0];
            switch (keyword) {
                case "threshold", "fail-threshold" -> thresholds.add(parseThreshold(content, problem ->
                        new ConfigException(file, number, line, problem, THRESHOLD_FORM, THRESHOLD_EXAMPLE)));
                case "target" -> targets.add(parseLine(content, problem -> new ConfigException(file, number, line, problem)));
                default -> throw new ConfigException(file, number, line, "a line must start with the word 'target', "
                        + "'threshold' or 'fail-threshold', found '" + keyword + "'", FORM + " or " + THRESHOLD_FORM,
                        EXAMPLE);
            }
        }
        return new Parsed(List.copyOf(targets), List.copyOf(thresholds));
    }

    record Parsed(List<Targets.Entry> targets, List<ConfigFile.Threshold> thresholds) {}

    private interface Errors {
        ConfigException at(String problem);
    }

    /** A {@code threshold} or {@code fail-threshold} line: a glob and a relative change (5% or 0.05). */
    private static ConfigFile.Threshold parseThreshold(String content, Errors errors) {
        String[] t = content.split("\\s+");
        boolean fail = t[0].equals("fail-threshold");
        if (t.length < 2 || t[1].equals("=")) {
            throw errors.at("the metric glob is missing");
        }
        if (t.length < 3 || !t[2].equals("=")) {
            throw errors.at("expected '=' after the metric glob" + (t.length < 3 ? "" : ", found '" + t[2] + "'"));
        }
        if (t.length < 4) {
            throw errors.at("expected a relative change after '=', such as 5% or 0.05");
        }
        if (t.length > 4) {
            throw errors.at("unexpected '" + t[4] + "' after the threshold");
        }
        double fraction = fraction(t[3], errors);
        try {
            return new ConfigFile.Threshold(MetricGlob.of(t[1]), fail, fraction);
        } catch (IllegalArgumentException e) {
            throw errors.at(e.getMessage());
        }
    }

    /** A relative change: a percentage ({@code 5%}) or a plain fraction below 1 ({@code 0.05}). */
    private static double fraction(String text, Errors errors) {
        Matcher m = VALUE.matcher(text);
        if (!m.matches() || !(m.group(2).isEmpty() || m.group(2).equals("%"))) {
            throw errors.at("the threshold '" + text + "' is not a percentage or a fraction (write for example 5% or 0.05)");
        }
        double number = Double.parseDouble(m.group(1));
        boolean percent = m.group(2).equals("%");
        double fraction = percent ? number / 100 : number;
        if (!(fraction > 0) || !Double.isFinite(fraction)) {
            throw errors.at("the threshold '" + text + "' must be above zero (write for example 5% or 0.05)");
        }
        if (!percent && number >= 1) {
            throw errors.at("the threshold '" + text + "' is a plain number of 1 or more, which would mean "
                    + Math.round(number * 100) + "%; write a percentage such as " + text + "% or a fraction such as 0.05");
        }
        return fraction;
    }

    private static Targets.Entry parseLine(String content, Errors errors) {
        String[] t = content.split("\\s+");
        if (!t[0].equals("target")) {
            throw errors.at("a line must start with the word 'target', found '" + t[0] + "'");
        }
        if (t.length < 2 || t[1].equals("=")) {
            throw errors.at("the metric glob is missing");
        }
        if (t.length < 3 || !t[2].equals("=")) {
            throw errors.at("expected '=' after the metric glob" + (t.length < 3 ? "" : ", found '" + t[2] + "'"));
        }
        if (t.length < 7) {
            throw errors.at("expected three thresholds and a unit after '=', found " + (t.length - 3) + " word(s)");
        }
        if (t.length > 8) {
            throw errors.at("unexpected '" + t[8] + "' after the direction");
        }
        Unit unit = Unit.find(t[6]).orElseThrow(() -> errors.at("unknown unit '" + t[6] + "' (known units: "
                + String.join(", ", java.util.Arrays.stream(Unit.values()).map(Unit::label).toList()) + ")"));
        Direction direction = unit.defaultDirection();
        if (t.length == 8) {
            direction = switch (t[7].toLowerCase(Locale.ROOT)) {
                case "higher" -> Direction.HIGHER_IS_BETTER;
                case "lower" -> Direction.LOWER_IS_BETTER;
                default -> throw errors.at("unknown direction '" + t[7] + "' (write higher or lower)");
            };
        }
        String glob = t[1];
        double target = value(t[3], "target", unit, errors);
        double acceptable = value(t[4], "acceptable", unit, errors);
        double critical = value(t[5], "critical", unit, errors);
        try {
            Targets.compile(glob);
            return Targets.Entry.of(glob, new Tier(glob, target, acceptable, critical, unit, direction));
        } catch (IllegalArgumentException e) {
            throw errors.at(e.getMessage());
        }
    }

    /** A threshold in {@code unit}: a number with an optional multiplier, time, size or percent suffix. */
    static double value(String text, String which, Unit unit, Errors errors) {
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            throw errors.at("the " + which + " threshold '" + text + "' is not a number (write for example 100K, 1.5M, 10ms, 2min, 10MB)");
        }
        double number = Double.parseDouble(m.group(1));
        String suffix = m.group(2);
        Optional<Double> multiplier = switch (suffix) {
            case "" -> Optional.of(1.0);
            case "K", "k" -> Optional.of(1e3);
            case "M" -> Optional.of(1e6);
            case "G" -> Optional.of(1e9);
            default -> Optional.empty();
        };
        if (multiplier.isPresent()) {
            return number * multiplier.get();
        }
        Optional<Double> nanos = switch (suffix) {
            case "ns" -> Optional.of(1.0);
            case "us", "µs", "μs" -> Optional.of(1e3);
            case "ms" -> Optional.of(1e6);
            case "s" -> Optional.of(1e9);
            case "min" -> Optional.of(60e9);
            case "h" -> Optional.of(3600e9);
            default -> Optional.empty();
        };
        if (nanos.isPresent()) {
            if (unit.kind() != Unit.Kind.TIME) {
                throw errors.at("the " + which + " threshold '" + text + "' is a time but the unit is " + unit.label());
            }
            return Unit.NANOSECONDS.convert(number * nanos.get(), unit);
        }
        Optional<Double> bytes = switch (suffix) {
            case "B" -> Optional.of(1.0);
            case "KB", "kB" -> Optional.of(1e3);
            case "MB" -> Optional.of(1e6);
            case "GB" -> Optional.of(1e9);
            case "KiB" -> Optional.of(1024.0);
            case "MiB" -> Optional.of(1024.0 * 1024);
            case "GiB" -> Optional.of(1024.0 * 1024 * 1024);
            default -> Optional.empty();
        };
        if (bytes.isPresent()) {
            if (unit != Unit.BYTES) {
                throw errors.at("the " + which + " threshold '" + text + "' is a size but the unit is " + unit.label());
            }
            return number * bytes.get();
        }
        if (suffix.equals("%")) {
            if (unit != Unit.PERCENT) {
                throw errors.at("the " + which + " threshold '" + text + "' is a percentage but the unit is " + unit.label());
            }
            return number;
        }
        throw errors.at("the " + which + " threshold '" + text + "' has an unknown suffix '" + suffix
                + "' (known: K M G, ns us ms s min h, B KB MB GB KiB MiB GiB, %)");
    }

    /** The line without a comment: from a '#' at the start or after whitespace to the end. */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
