package dev.caxton.bench.compare;

/** What a verdict rests on, best first. */
public enum Evidence {
    /** Samples on both sides: a two-sample test and a bootstrap interval of the ratio. */
    SAMPLES("samples"),
    /** Single values, judged against the baseline branch's recent noise in the history. */
    HISTORY_NOISE("history noise"),
    /** Single values and no history: the threshold alone, as the guide's RegressionDetector does. */
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
