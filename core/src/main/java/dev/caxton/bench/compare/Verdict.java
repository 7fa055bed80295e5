package dev.caxton.bench.compare;

/** What the comparison of one metric against its baseline concluded. */
public enum Verdict {
    /** Worse than the baseline by more than the threshold, and beyond the noise. */
    REGRESSION("regression", "🔴"),
    /** Better than the baseline by more than the threshold, and beyond the noise. */
    IMPROVEMENT("improvement", "🟢"),
    /** Within the threshold. */
    NO_CHANGE("no change", "⚪"),
    /** Beyond the threshold, but the noise is larger than the change: not a verdict either way. */
    INCONCLUSIVE("inconclusive", "❔"),
    /**
     * Beyond the threshold, but with neither samples nor history to measure the noise: the change may be noise,
     * so it is neither a regression nor an improvement, and never fails the build.
     */
    UNVERIFIED("unverified", "❓"),
    /** Only in the current run. */
    NEW("new", "🆕"),
    /** Only in the baseline. */
    MISSING("missing", "➖");

    private final String label;
    private final String symbol;

    Verdict(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** The word used in reports and files. */
    public String label() {
        return label;
    }

    /** An emoji for reports. */
    public String symbol() {
        return symbol;
    }
}
