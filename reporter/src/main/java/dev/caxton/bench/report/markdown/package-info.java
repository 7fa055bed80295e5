/**
 * The pull-request report: GitHub-flavoured Markdown rendered by FreeMarker templates from Java view
 * models, and the same view models as a plain-text table for the terminal.
 *
 * <p>The public API is small: {@link dev.caxton.bench.report.markdown.ReportInput} says what to show,
 * {@link dev.caxton.bench.report.markdown.ReportOptions} how, {@link dev.caxton.bench.report.markdown.MarkdownReport}
 * and {@link dev.caxton.bench.report.markdown.TextReport} render it, and
 * {@link dev.caxton.bench.report.markdown.ReportTemplateException} names a broken custom template's line and
 * column. View models, escaping, the size policy and the locked-down FreeMarker configuration are
 * package-private. See {@code docs/report.md}.
 */
package dev.caxton.bench.report.markdown;
