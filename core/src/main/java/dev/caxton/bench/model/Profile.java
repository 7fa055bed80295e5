package dev.caxton.bench.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How long and how big a suite runs. A profile scales durations and sizes, never what is measured:
 * {@code smoke} takes seconds (tests), {@code quick} about a minute per system (the default), {@code full} uses the
 * guide's own parameters.
 */
public enum Profile {
    SMOKE("smoke"),
    QUICK("quick"),
    FULL("full");

    private final String label;

    Profile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Picks one of three values by profile. */
    public <T> T pick(T smoke, T quick, T full) {
        return switch (this) {
            case SMOKE -> smoke;
            case QUICK -> quick;
            case FULL -> full;
        };
    }

    public int pick(int smoke, int quick, int full) {
        return switch (this) {
            case SMOKE -> smoke;
            case QUICK -> quick;
            case FULL -> full;
        };
    }

    public static Profile fromLabel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Profile p : values()) {
            if (p.label.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown profile '" + text + "'. Known profiles are: "
                + Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", ")));
    }
}
