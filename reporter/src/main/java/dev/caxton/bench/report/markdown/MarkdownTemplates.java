package dev.caxton.bench.report.markdown;

import java.nio.file.Path;
import java.util.Map;

import dev.caxton.bench.report.template.LockedTemplates;
import dev.caxton.bench.report.template.TemplateFailure;

/**
 * The templates of the Markdown report: the bundled set, or a user's folder first and the bundled set for
 * what it lacks, with the lockdown every reporter page has ({@link LockedTemplates}). Nothing is escaped by
 * FreeMarker: the view model is escaped for Markdown in Java ({@link Flavour}).
 */
final class MarkdownTemplates {
    /** The main template. */
    static final String MAIN = "report.md.ftl";

    private static final LockedTemplates BUNDLED = LockedTemplates.bundled(MarkdownTemplates.class,
            LockedTemplates.Output.PLAIN);

    private MarkdownTemplates() {}

    static LockedTemplates bundled() {
        return BUNDLED;
    }

    /** Templates from {@code folder} first, the bundled ones for any it lacks. */
    static LockedTemplates withFolder(Path folder) {
        try {
            return BUNDLED.withFolder(folder);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The report template folder " + folder.toAbsolutePath()
                    + " is not a directory; create it or leave the template folder option out", e);
        }
    }

    /** Renders {@code page} with the main template; a broken template's error names it, its line and column. */
    static String render(LockedTemplates templates, ReportView.Page page) {
        try {
            return templates.render(MAIN, Map.of("page", page));
        } catch (TemplateFailure e) {
            throw new ReportTemplateException(e.template(), e.line(), e.column(), e.problem(), e);
        }
    }
}
