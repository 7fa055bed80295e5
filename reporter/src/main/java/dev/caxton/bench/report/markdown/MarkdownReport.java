package dev.caxton.bench.report.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import dev.caxton.bench.report.template.LockedTemplates;


/**
 * The pull-request report: GitHub-flavoured Markdown rendered by FreeMarker templates from Java view
 * models. Its first line is a hidden {@linkplain #marker marker} that identifies the suite's comment, and
 * it never exceeds the {@linkplain ReportOptions#characterLimit character limit}: when the whole report
 * would, unchanged rows go first, then the other changed rows, and only then regressions, and a note says
 * how many were left out and where the full report is.
 *
 * <p>Stateless and thread-safe. Example:
 * <pre>{@code
 * String md = MarkdownReport.render(new ReportInput(comparison, "agent", "the PR's base commit",
 *         trends, "caxton-bench run --suite agent", Optional.of("report.md")), ReportOptions.defaults());
 * }</pre>
 */
public final class MarkdownReport {
    /**
     * GitHub's limit on a comment body, in characters. GitHub counts characters (code points); this
     * report counts UTF-16 code units ({@link String#length()}), which are never fewer, so a report
     * within the limit here is within GitHub's.
     */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;

    private static final String MARKER_PREFIX = "<!-- caxton-bench:report suite=";

    private MarkdownReport() {}

    /**
     * The hidden first line of a suite's report, {@code <!-- caxton-bench:report suite=NAME -->}, by which a
     * publisher finds the comment to update. The name is percent-encoded (UTF-8) except for letters, digits
     * and {@code - . _ ~}, so it cannot close the comment and two suites never share a marker.
     */
    public static String marker(String suiteName) {
        Objects.requireNonNull(suiteName, "suiteName");
        StringBuilder sb = new StringBuilder(MARKER_PREFIX);
        for (byte b : suiteName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.append(" -->").toString();
    }

    /** The report with the bundled templates and GitHub's comment limit. */
    public static String render(ReportInput input) {
        return render(input, ReportOptions.defaults());
    }

    /**
     * The report, at most {@code options.characterLimit()} characters long.
     *
     * @throws ReportTemplateException when a template of the template folder is broken
     * @throws IllegalArgumentException when the template folder is not a directory
     */
    public static String render(ReportInput input, ReportOptions options) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        LockedTemplates configuration = options.templateDirectory().map(MarkdownTemplates::withFolder)
                .orElseGet(MarkdownTemplates::bundled);
        ReportModel model = ReportModel.of(input, Flavour.MARKDOWN, options.characterLimit());
        return SizeLimit.fit(model, page -> MarkdownTemplates.render(configuration, page), options.characterLimit());
    }

    /** The size policy, apart from FreeMarker so it can be tested with any renderer. */
    static final class SizeLimit {
        /** What ends a report cut in the middle of its text: the last resort. */
        static final String CUT = "\n\n… (cut)\n";
        /** How many steps of the search for the largest fit interpolate before it bisects. */
        static final int INTERPOLATED = 4;

        private SizeLimit() {}

        static String fit(ReportModel model, Function<ReportView.Page, String> renderer, int limit) {
            String full = renderer.apply(model.page());
            if (full.length() <= limit) {
                return full;
            }
            int regressions = model.regressionCount();
            int others = model.otherCount();
            String allRegressions = renderer.apply(model.page(regressions, 0, false));
            if (allRegressions.length() <= limit) {
                return largestFit(k -> renderer.apply(model.page(regressions, k, false)), allRegressions, others,
                        full.length(), limit);
            }
            String bare = renderer.apply(model.page(0, 0, false));
            if (bare.length() <= limit) {
                return largestFit(k -> renderer.apply(model.page(k, 0, false)), bare, regressions,
                        allRegressions.length(), limit);
            }
            return cut(renderer.apply(model.page(0, 0, true)), limit);
        }

        /**
         * The rendering of the largest count in {@code [0, upper)} whose text fits. The text of count 0,
         * {@code fitsAtZero}, is known to fit, and the text of {@code upper}, {@code upperLength} characters
         * long, not to. Rows are of similar length, so the first {@value #INTERPOLATED} counts to try are
         * interpolated from the lengths at both ends of the interval (usually landing next to the answer);
         * the rest are bisected, so no input takes more than {@value #INTERPOLATED} renders plus a bisection.
         */
        static String largestFit(IntFunction<String> render, String fitsAtZero, int upper, int upperLength, int limit) {
            int lo = 0;
            int hi = upper;
            long loLength = fitsAtZero.length();
            long hiLength = upperLength;
            String best = fitsAtZero;
            int step = 0;
            while (hi - lo > 1) {
                int mid;
                if (step++ < INTERPOLATED && hiLength > loLength) {
                    long guess = lo + (limit - loLength) * (hi - lo) / (hiLength - loLength);
                    mid = (int) Math.max(lo + 1, Math.min(hi - 1, guess));
                } else {
                    mid = (lo + hi) >>> 1;
                }
                String text = render.apply(mid);
                if (text.length() <= limit) {
                    lo = mid;
                    loLength = text.length();
                    best = text;
                } else {
                    hi = mid;
                    hiLength = text.length();
                }
            }
            return best;
        }

        /** The text cut at the last line break that leaves room for {@link #CUT}, never inside a surrogate pair. */
        static String cut(String text, int limit) {
            if (text.length() <= limit) {
                return text;
            }
            int end = limit - CUT.length();
            int nl = text.lastIndexOf('\n', end - 1);
            if (nl > 0) {
                end = nl;
            } else if (Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            return text.substring(0, end) + CUT;
        }
    }
}
