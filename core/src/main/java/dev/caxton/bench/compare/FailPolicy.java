package dev.caxton.bench.compare;

/** Which comparison results fail a build (the {@code --fail-on} of {@code compare}, {@code report} and {@code ci}). */
public enum FailPolicy {
    /** Any regression verdict or any grade that got worse. */
    REGRESSION("regression"),
    /** A regression beyond the metric's fail threshold, or a grade that fell to critical or failing. */
    CRITICAL("critical"),
    /** Nothing fails the build. */
    NEVER("never");

    private final String label;

    FailPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
