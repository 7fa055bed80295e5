package dev.caxton.bench.report.markdown;

/**
 * A report template that cannot be parsed or fails while it renders: names the template, the line and
 * the column (1-based; 0 when FreeMarker did not tell), and what went wrong.
 */
public final class ReportTemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    ReportTemplateException(String template, int line, int column, String problem, Throwable cause) {
        super("The report template " + template + " failed at line " + line + ", column " + column + ": "
                + problem + ". Fix the template, or delete it from the template folder to use the bundled one", cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** The template's name, relative to the template folder. */
    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
