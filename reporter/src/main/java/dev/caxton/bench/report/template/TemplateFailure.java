package dev.caxton.bench.report.template;

/** A template that does not parse or fails while rendering: which one, where, and FreeMarker's description. */
public final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;
    private final String problem;

    TemplateFailure(String template, int line, int column, String description, Throwable cause) {
        super("The template " + template + " failed at line " + line + ", column " + column + ": "
                + (description == null ? "unknown problem" : description.strip()), cause);
        this.template = template;
        this.line = line;
        this.column = column;
        this.problem = firstLine(description);
    }

    public String template() {
        return template;
    }

    /** The line, 1-based; 0 when unknown. */
    public int line() {
        return line;
    }

    /** The column, 1-based; 0 when unknown. */
    public int column() {
        return column;
    }

    /** The first line of FreeMarker's description of the problem. */
    public String problem() {
        return problem;
    }

    private static String firstLine(String message) {
        String m = message == null ? "unknown problem" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
