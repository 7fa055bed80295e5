package dev.caxton.bench.report.markdown;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to render a report.
 *
 * @param templateDirectory a folder whose templates replace the bundled ones of the same name; a template
 *                          it lacks is taken from the bundled set
 * @param characterLimit    the most characters (UTF-16 code units, {@link String#length()}) the Markdown may
 *                          have; {@link MarkdownReport#GITHUB_COMMENT_LIMIT} by default, at least
 *                          {@value #MIN_CHARACTER_LIMIT}
 * @param colour            ANSI colours in the terminal table (regressions red, improvements green)
 */
public record ReportOptions(Optional<Path> templateDirectory, int characterLimit, boolean colour) {
    /** The smallest limit accepted: room for the header, the summary and the notes. */
    public static final int MIN_CHARACTER_LIMIT = 4_000;

    public ReportOptions {
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        if (characterLimit < MIN_CHARACTER_LIMIT) {
            throw new IllegalArgumentException("The character limit must be at least " + MIN_CHARACTER_LIMIT
                    + ", got " + characterLimit + "; GitHub's own is " + MarkdownReport.GITHUB_COMMENT_LIMIT);
        }
    }

    /** Bundled templates, GitHub's comment limit, no colour. */
    public static ReportOptions defaults() {
        return new ReportOptions(Optional.empty(), MarkdownReport.GITHUB_COMMENT_LIMIT, false);
    }

    public ReportOptions withTemplateDirectory(Path directory) {
        return new ReportOptions(Optional.of(directory), characterLimit, colour);
    }

    public ReportOptions withCharacterLimit(int limit) {
        return new ReportOptions(templateDirectory, limit, colour);
    }

    public ReportOptions withColour(boolean on) {
        return new ReportOptions(templateDirectory, characterLimit, on);
    }
}
