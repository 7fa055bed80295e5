package dev.caxton.bench.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run was measured, as its files record it: under one of the suites' {@link Profile}s, or
 * elsewhere and imported, with the label of where it came from ({@code imported} for {@code caxton-bench
 * import}, {@code gab} for a github-action-benchmark history). Only runs of equal profiles compare.
 */
public sealed interface RunProfile permits RunProfile.Measured, RunProfile.Imported {
    /** The profile of a run read by {@code caxton-bench import}. */
    RunProfile IMPORTED = new Imported("imported");

    /** The label files record: {@code smoke}, {@code quick}, {@code full}, or the import's label. */
    String label();

    /** The profile the run was measured under; empty for an imported run. */
    Optional<Profile> measured();

    /** A run measured under {@code profile}. */
    static RunProfile of(Profile profile) {
        return new Measured(profile);
    }

    /**
     * The profile a file records: a {@link Profile} label exactly as {@link Profile#label()} writes it, else
     * the label of an import.
     *
     * @throws IllegalArgumentException when {@code label} is blank
     */
    static RunProfile parse(String label) {
        Objects.requireNonNull(label, "label");
        return Arrays.stream(Profile.values()).filter(p -> p.label().equals(label)).findFirst()
                .<RunProfile>map(Measured::new).orElseGet(() -> new Imported(label));
    }

    /** Measured by a suite of Caxton Bench under {@code profile}. */
    record Measured(Profile profile) implements RunProfile {
        public Measured {
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public String label() {
            return profile.label();
        }

        @Override
        public Optional<Profile> measured() {
            return Optional.of(profile);
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** Measured by another tool and imported; {@code label} says from where, such as {@code imported} or {@code gab}. */
    record Imported(String label) implements RunProfile {
        public Imported {
            Objects.requireNonNull(label, "label");
            if (label.isBlank() || !label.strip().equals(label) || label.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("The profile of an imported run is a label such as 'imported', "
                        + "without surrounding spaces or control characters, got '" + label + "'");
            }
            if (Arrays.stream(Profile.values()).anyMatch(p -> p.label().equals(label))) {
                throw new IllegalArgumentException("'" + label + "' is the label of a measured profile, not of an "
                        + "import; use RunProfile.of(Profile." + Profile.fromLabel(label).name() + ")");
            }
        }

        @Override
        public Optional<Profile> measured() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
