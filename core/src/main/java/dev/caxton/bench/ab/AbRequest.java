package dev.caxton.bench.ab;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an A/B run measures.
 *
 * @param base        the side measured as the baseline
 * @param head        the side compared with it
 * @param suite       the suite both sides run
 * @param profile     the profile's label ({@code smoke}, {@code quick}, ...)
 * @param include     benchmark name patterns to run (all when empty)
 * @param exclude     benchmark name patterns to skip
 * @param rounds      how many rounds: each runs both sides once, in an order drawn from {@code seed}
 * @param seed        the seed of the order of the sides per round
 * @param jvmOptions  options of every child JVM (for example {@code -Xmx2g})
 * @param workDir     where the rounds' run files and logs go
 * @param roundLimit  the most one side's JVM of one round may take before it is stopped and the run fails
 */
public record AbRequest(AbSide base, AbSide head, String suite, String profile, List<String> include,
                        List<String> exclude, int rounds, long seed, List<String> jvmOptions, Path workDir,
                        java.time.Duration roundLimit) {
    /** The default number of rounds: above the 8 a signed-rank test needs at p < 0.01. */
    public static final int DEFAULT_ROUNDS = 10;
    public static final int MAX_ROUNDS = 200;

    public AbRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(roundLimit, "roundLimit");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        jvmOptions = List.copyOf(jvmOptions);
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException("--rounds " + rounds + " is out of range: give 1 to " + MAX_ROUNDS
                    + " (" + DEFAULT_ROUNDS + " by default; a verdict needs at least 8)");
        }
        if (roundLimit.isZero() || roundLimit.isNegative()) {
            throw new IllegalArgumentException("The round limit must be positive, not " + roundLimit);
        }
    }
}
