package dev.caxton.bench.history;

import java.util.Optional;

/** Which runs a series holds: of one branch, of one environment fingerprint, or all (when empty). */
public record SeriesFilter(Optional<String> branch, Optional<String> environment) {
    public SeriesFilter {
        branch = branch == null ? Optional.empty() : branch;
        environment = environment == null ? Optional.empty() : environment;
    }

    /** Every run. */
    public static SeriesFilter all() {
        return new SeriesFilter(Optional.empty(), Optional.empty());
    }

    public SeriesFilter onBranch(String newBranch) {
        return new SeriesFilter(Optional.of(newBranch), environment);
    }

    /** Only runs of this environment fingerprint ({@code Environment.fingerprint()}). */
    public SeriesFilter inEnvironment(String fingerprint) {
        return new SeriesFilter(branch, Optional.of(fingerprint));
    }
}
