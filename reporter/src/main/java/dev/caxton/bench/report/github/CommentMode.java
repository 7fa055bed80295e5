package dev.caxton.bench.report.github;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When the sticky pull-request comment is written. In every mode an existing comment (one carrying the suite's
 * marker) is updated in place and never duplicated, and no request is made when its body is already the
 * report (line ends and trailing white space aside). The modes differ in when a missing comment is created:
 */
public enum CommentMode {
    /** Create the comment when there is none; update it when the report differs. */
    ALWAYS("always"),
    /**
     * Create the comment only when the report has a regression or an improvement; update an existing comment
     * whenever the report differs (so a comment never shows stale numbers).
     */
    ON_CHANGE("on-change"),
    /**
     * Create the comment only when the report has a regression; update an existing comment whenever the report
     * differs (so a fixed regression is shown as fixed).
     */
    ON_REGRESSION("on-regression"),
    /** Never read or write comments. */
    NEVER("never");

    private final String label;

    CommentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when a missing comment should be created for a report with these counts. */
    boolean creates(int regressions, int improvements) {
        return switch (this) {
            case ALWAYS -> true;
            case ON_CHANGE -> regressions + improvements > 0;
            case ON_REGRESSION -> regressions > 0;
            case NEVER -> false;
        };
    }

    /** The mode named {@code label} ({@code always}, {@code on-change}, {@code on-regression}, {@code never}). */
    public static CommentMode parse(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (CommentMode mode : values()) {
            if (mode.label.equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown comment mode '" + label + "'. Known values are "
                + Arrays.stream(values()).map(CommentMode::label).collect(Collectors.joining(", ")));
    }
}
