package dev.caxton.bench.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which way a metric improves. */
public enum Direction {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The short label used in files: {@code higher} or {@code lower}. */
    public String label() {
        return label;
    }

    /** True when {@code candidate} is better than {@code reference} in this direction. */
    public boolean isBetter(double candidate, double reference) {
        return this == HIGHER_IS_BETTER ? candidate > reference : candidate < reference;
    }

    /** Parses a label ({@code higher}/{@code lower}, case-insensitive) or an enum name. */
    public static Direction fromLabel(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Direction d : values()) {
            if (d.label.equals(t) || d.name().toLowerCase(Locale.ROOT).equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown direction '" + text + "'. Known values are: "
                + Arrays.stream(values()).map(Direction::label).collect(Collectors.joining(", ")));
    }
}
