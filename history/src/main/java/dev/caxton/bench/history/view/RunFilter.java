package dev.caxton.bench.history.view;

import java.util.Objects;
import java.util.Optional;

import dev.caxton.bench.model.RunInfo;

/**
 * Which runs a view shows: of a branch, a suite, a system under test, a profile (each when given) and
 * which environments ({@link EnvironmentScope}). Immutable; the {@code on…}/{@code of…}/{@code with…}
 * methods return a changed copy.
 *
 * @param branch      only runs on this branch, when given
 * @param suite       only runs of this suite, when given
 * @param system      only runs of this system under test, when given
 * @param profile     only runs of this profile label ({@code smoke}, {@code quick}, {@code full}), when given
 * @param environment which environments a series keeps to
 */
public record RunFilter(Optional<String> branch, Optional<String> suite, Optional<String> system,
                        Optional<String> profile, EnvironmentScope environment) {
    public RunFilter {
        branch = branch == null ? Optional.empty() : branch;
        suite = suite == null ? Optional.empty() : suite;
        system = system == null ? Optional.empty() : system;
        profile = profile == null ? Optional.empty() : profile;
        Objects.requireNonNull(environment, "environment");
    }

    /** Every run, in every environment. */
    public static RunFilter every() {
        return new RunFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                EnvironmentScope.any());
    }

    public RunFilter onBranch(String newBranch) {
        return new RunFilter(Optional.of(newBranch), suite, system, profile, environment);
    }

    public RunFilter ofSuite(String newSuite) {
        return new RunFilter(branch, Optional.of(newSuite), system, profile, environment);
    }

    public RunFilter ofSystem(String newSystem) {
        return new RunFilter(branch, suite, Optional.of(newSystem), profile, environment);
    }

    public RunFilter ofProfile(String newProfile) {
        return new RunFilter(branch, suite, system, Optional.of(newProfile), environment);
    }

    public RunFilter withEnvironment(EnvironmentScope newEnvironment) {
        return new RunFilter(branch, suite, system, profile, newEnvironment);
    }

    /**
     * Whether a run passes the filter. {@link EnvironmentScope#newest()} passes every environment here:
     * which one a series keeps to is decided per series, by {@link HistoryView}.
     */
    public boolean accepts(RunInfo info) {
        return branch.map(b -> info.branch().filter(b::equals).isPresent()).orElse(true)
                && suite.map(info.suite()::equals).orElse(true)
                && system.map(info.system()::equals).orElse(true)
                && profile.map(profileOf(info)::equals).orElse(true)
                && (!(environment instanceof EnvironmentScope.Only only)
                        || only.fingerprint().equals(info.environment().fingerprint()));
    }

    /** The profile label of a run: the one place this package reads it. */
    static String profileOf(RunInfo info) {
        return info.profile().label();
    }
}
