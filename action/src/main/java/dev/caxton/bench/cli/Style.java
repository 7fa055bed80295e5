package dev.caxton.bench.cli;

import dev.caxton.bench.target.Grade;

/**
 * ANSI colours, or none: one instance per output stream, decided once by {@link Main} from the
 * terminal, {@code TERM} and {@code NO_COLOR}.
 */
enum Style {
    COLOUR,
    PLAIN;

    private static final String RESET = "\u001B[0m";

    String bold(String s) {
        return wrap("\u001B[1m", s);
    }

    String dim(String s) {
        return wrap("\u001B[2m", s);
    }

    String green(String s) {
        return wrap("\u001B[32m", s);
    }

    String yellow(String s) {
        return wrap("\u001B[33m", s);
    }

    String red(String s) {
        return wrap("\u001B[31m", s);
    }

    String cyan(String s) {
        return wrap("\u001B[36m", s);
    }

    /** The grade's colour: green, yellow, yellow (bold), red. */
    String grade(Grade grade, String s) {
        return switch (grade) {
            case TARGET -> green(s);
            case ACCEPTABLE -> yellow(s);
            case CRITICAL -> bold(yellow(s));
            case FAILING -> red(s);
        };
    }

    private String wrap(String code, String s) {
        return this == COLOUR ? code + s + RESET : s;
    }
}
