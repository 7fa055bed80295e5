package dev.caxton.bench.history.view;

import java.util.Objects;

/**
 * Which environments a series keeps to. Values measured on different machines are not comparable, so
 * a view keeps each series to one environment fingerprint ({@code Environment.fingerprint()}) unless
 * told otherwise.
 */
public sealed interface EnvironmentScope {

    /** Each series keeps to the environment of its newest run (the default of {@code history show} and {@code trend}). */
    static EnvironmentScope newest() {
        return Newest.INSTANCE;
    }

    /** Every environment in one series ({@code --any-environment}). */
    static EnvironmentScope any() {
        return Any.INSTANCE;
    }

    /** Only runs of this environment fingerprint ({@code --environment FP}). */
    static EnvironmentScope only(String fingerprint) {
        return new Only(fingerprint);
    }

    /** See {@link EnvironmentScope#newest()}. */
    record Newest() implements EnvironmentScope {
        private static final Newest INSTANCE = new Newest();
    }

    /** See {@link EnvironmentScope#any()}. */
    record Any() implements EnvironmentScope {
        private static final Any INSTANCE = new Any();
    }

    /** See {@link EnvironmentScope#only(String)}. */
    record Only(String fingerprint) implements EnvironmentScope {
        public Only {
            Objects.requireNonNull(fingerprint, "fingerprint");
            if (fingerprint.isBlank()) {
                throw new IllegalArgumentException("An environment fingerprint must not be blank; "
                        + "'history list' and the run files show the fingerprints of the runs");
            }
        }
    }
}
