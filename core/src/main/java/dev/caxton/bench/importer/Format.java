package dev.caxton.bench.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file formats {@link Importers} reads, each with the label users pass to {@code --format}.
 *
 * <p>github-action-benchmark's JSON does not say which way its values improve: the action is told by
 * its {@code tool} setting ({@code customBiggerIsBetter} or {@code customSmallerIsBetter}). The same
 * choice is made here with {@link #GAB_BIGGER} or {@link #GAB_SMALLER}; a file whose format is
 * detected (or given as {@link #GAB}) takes each value's direction from its unit, and a unit that does
 * not tell the direction is an error that asks for one of the two explicit formats.
 */
public enum Format {
    /** JMH's {@code -rf json} output, every mode, with or without raw data. */
    JMH_JSON("jmh-json", "JMH JSON (-rf json)"),
    /** JMH's {@code -rf csv} output, in any locale. */
    JMH_CSV("jmh-csv", "JMH CSV (-rf csv)"),
    /** JMH's {@code -rf scsv} output (semicolons), in any locale. */
    JMH_SCSV("jmh-scsv", "JMH SCSV (-rf scsv)"),
    /** criterion's {@code target/criterion/**}{@code /new/estimates.json} with its {@code sample.json}; or the folder. */
    CRITERION("criterion", "criterion estimates.json and sample.json"),
    /** libtest's bench output, also written by criterion's {@code --output-format bencher}. */
    BENCHER("bencher", "bencher text (test NAME ... bench: N ns/iter (+/- M))"),
    /** github-action-benchmark custom JSON; directions from the units. */
    GAB("gab", "github-action-benchmark JSON, directions from units"),
    /** github-action-benchmark custom JSON as {@code customBiggerIsBetter}: every value improves upwards. */
    GAB_BIGGER("gab-bigger", "github-action-benchmark JSON, customBiggerIsBetter"),
    /** github-action-benchmark custom JSON as {@code customSmallerIsBetter}: every value improves downwards. */
    GAB_SMALLER("gab-smaller", "github-action-benchmark JSON, customSmallerIsBetter"),
    /** HdrHistogram interval logs ({@code .hlog}, log format 1.3 and earlier). */
    HDR_LOG("hlog", "HdrHistogram log (.hlog)");

    private final String label;
    private final String description;

    Format(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The label passed to {@code --format}, for example {@code jmh-json}. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The format of a label, case-insensitively; the error lists the known labels. */
    public static Format fromLabel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.label.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown import format '" + text + "'. Known formats are: " + knownLabels());
    }

    static String knownLabels() {
        return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
    }
}
