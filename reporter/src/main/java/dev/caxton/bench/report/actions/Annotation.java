package dev.caxton.bench.report.actions;

import java.util.Objects;

/**
 * One workflow annotation: {@code ::warning title=...::message} and its kin. GitHub shows it on the run's
 * summary page (and on the file when one is named; these are not tied to a file).
 *
 * @param level   notice, warning or error
 * @param title   the short title, one line
 * @param message the text; may span lines
 */
public record Annotation(Level level, String title, String message) {
    public Annotation {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
    }

    /** The severity of an annotation, named as the workflow command that carries it. */
    public enum Level {
        NOTICE("notice"),
        WARNING("warning"),
        ERROR("error");

        private final String command;

        Level(String command) {
            this.command = command;
        }

        /** The workflow command's name: {@code notice}, {@code warning} or {@code error}. */
        public String command() {
            return command;
        }
    }
}
