package dev.caxton.bench.report.github;

/** The state of a commit status. */
public enum CommitState {
    PENDING("pending"),
    SUCCESS("success"),
    FAILURE("failure"),
    ERROR("error");

    private final String label;

    CommitState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
