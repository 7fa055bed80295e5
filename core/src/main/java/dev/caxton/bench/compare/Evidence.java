package dev.caxton.bench.compare;

/** What a verdict rests on, best first. */
public enum Evidence {
    /**
     * Interleaved rounds of both sides on one machine ({@code caxton-bench ab}): a signed-rank test on the
     * rounds' ratios and a bootstrap interval of their geometric mean.
     */
    PAIRED("paired rounds"),
    /** Samples on both sides: a two-sample test and a bootstrap interval of the ratio. */
    SAMPLES("samples"),
    /** Single values, judged against the baseline branch's recent noise in the history. */
    HISTORY_NOISE("history noise"),
    /**
     * Single values (or too few samples for the test) and no history: the guide's RegressionDetector threshold
     * still says whether a value moved, but a move beyond it is {@link Verdict#UNVERIFIED}, never a regression.
     */
    THRESHOLD("threshold only"),
    /** Nothing to compare (a new or missing metric). */
    NONE("none");

    private final String label;

    Evidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
