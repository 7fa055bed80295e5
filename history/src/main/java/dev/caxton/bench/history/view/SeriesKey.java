package dev.caxton.bench.history.view;

import java.util.Comparator;
import java.util.Objects;

import dev.caxton.bench.model.RunInfo;

/**
 * What makes runs comparable: one suite, one system under test, one profile. A series never mixes
 * two keys; the environment is kept apart by {@link EnvironmentScope}.
 */
public record SeriesKey(String suite, String system, String profile) implements Comparable<SeriesKey> {
    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::suite)
            .thenComparing(SeriesKey::system).thenComparing(SeriesKey::profile);

    public SeriesKey {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(profile, "profile");
    }

    /** The key of a run. */
    public static SeriesKey of(RunInfo info) {
        return new SeriesKey(info.suite(), info.system(), RunFilter.profileOf(info));
    }

    /** Sorted by suite, then system, then profile. */
    @Override
    public int compareTo(SeriesKey o) {
        return ORDER.compare(this, o);
    }

    /** {@code agent/reference/quick}. */
    @Override
    public String toString() {
        return suite + "/" + system + "/" + profile;
    }
}
