package dev.caxton.bench.jmh;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.caxton.bench.model.Profile;

/**
 * What JMH should run: benchmarks whose full name ({@code package.Class.method}) matches one of the
 * {@code include} patterns (all when empty) and none of the {@code exclude} patterns, the profile that
 * sets forks, iterations and their times ({@link JmhRunner}), JVM arguments appended to the forks',
 * {@code @Param} values by name, whether the GC profiler records allocation (on by default), and a
 * fork count that replaces the profile's ({@code 0} runs in this JVM, which only tests should do).
 */
public record JmhRequest(List<Pattern> include, List<Pattern> exclude, Profile profile, List<String> jvmArgs,
                         Map<String, List<String>> params, boolean gcProfiler, Optional<Integer> forks) {
    public JmhRequest {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(profile, "profile");
        jvmArgs = List.copyOf(jvmArgs);
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().isBlank()) {
                throw new IllegalArgumentException("A JMH parameter name must not be blank");
            }
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("The JMH parameter '" + e.getKey()
                        + "' has no value; give at least one, as in -p " + e.getKey() + "=VALUE");
            }
            p.put(e.getKey(), List.copyOf(e.getValue()));
        }
        params = java.util.Collections.unmodifiableMap(p);
        forks = forks == null ? Optional.empty() : forks;
        if (forks.isPresent() && forks.get() < 0) {
            throw new IllegalArgumentException("A fork count cannot be negative, got " + forks.get());
        }
    }

    /** Every benchmark on the classpath, quick profile, GC profiler on, no arguments or params. */
    public static JmhRequest defaults() {
        return new JmhRequest(List.of(), List.of(), Profile.QUICK, List.of(), Map.of(), true, Optional.empty());
    }

    public JmhRequest withInclude(List<Pattern> newInclude) {
        return new JmhRequest(newInclude, exclude, profile, jvmArgs, params, gcProfiler, forks);
    }

    public JmhRequest withExclude(List<Pattern> newExclude) {
        return new JmhRequest(include, newExclude, profile, jvmArgs, params, gcProfiler, forks);
    }

    public JmhRequest withProfile(Profile newProfile) {
        return new JmhRequest(include, exclude, newProfile, jvmArgs, params, gcProfiler, forks);
    }

    public JmhRequest withJvmArgs(List<String> newJvmArgs) {
        return new JmhRequest(include, exclude, profile, newJvmArgs, params, gcProfiler, forks);
    }

    public JmhRequest withParams(Map<String, List<String>> newParams) {
        return new JmhRequest(include, exclude, profile, jvmArgs, newParams, gcProfiler, forks);
    }

    public JmhRequest withGcProfiler(boolean on) {
        return new JmhRequest(include, exclude, profile, jvmArgs, params, on, forks);
    }

    public JmhRequest withForks(Optional<Integer> newForks) {
        return new JmhRequest(include, exclude, profile, jvmArgs, params, gcProfiler, newForks);
    }
}
