package dev.caxton.bench.target;

import java.nio.file.Path;

/**
 * A line of a configuration (targets) file that cannot be read. The message names the file, the line number, the text
 * of the line, what is wrong with it and the form expected.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String text;

    ConfigException(Path file, int line, String text, String problem) {
        this(file, line, text, problem, TargetsFile.FORM, TargetsFile.EXAMPLE);
    }

    ConfigException(Path file, int line, String text, String problem, String form, String example) {
        super(file + ":" + line + ": " + problem + " in '" + text.strip() + "'. Expected: " + form
                + ", for example: " + example);
        this.file = file;
        this.line = line;
        this.text = text;
    }

    public Path file() {
        return file;
    }

    /** The line number, from 1. */
    public int line() {
        return line;
    }

    /** The line as it was written. */
    public String text() {
        return text;
    }
}
