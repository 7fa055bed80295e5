package dev.caxton.bench.target;

import java.util.Objects;
import java.util.regex.Pattern;

import dev.caxton.bench.model.MetricId;

/**
 * A glob over canonical metric ids ({@code suite/benchmark/metric[param=value,...]}), as targets and
 * comparison thresholds use it: {@code *} matches any run of characters (slashes and brackets included),
 * {@code ?} any one character, everything else itself; the glob must match the whole id.
 */
public final class MetricGlob {
    private final String glob;
    private final Pattern pattern;
    /** The glob's text before its first wildcard: an id that does not start with it cannot match. */
    private final String prefix;

    private MetricGlob(String glob, Pattern pattern) {
        this.glob = glob;
        this.pattern = pattern;
        int wildcard = 0;
        while (wildcard < glob.length() && glob.charAt(wildcard) != '*' && glob.charAt(wildcard) != '?') {
            wildcard++;
        }
        this.prefix = glob.substring(0, wildcard);
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException when the glob is blank
     */
    public static MetricGlob of(String glob) {
        Objects.requireNonNull(glob, "glob");
        return new MetricGlob(glob, compile(glob));
    }

    /** The glob as it was written. */
    public String glob() {
        return glob;
    }

    /** True when the glob matches the metric's whole canonical id. */
    public boolean matches(MetricId id) {
        return matches(id.canonical());
    }

    /** True when the glob matches the whole of a canonical id. */
    public boolean matches(String canonicalId) {
        return canonicalId.startsWith(prefix) && pattern.matcher(canonicalId).matches();
    }

    static Pattern compile(String glob) {
        if (glob.isBlank()) {
            throw new IllegalArgumentException("A metric glob must not be blank");
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricGlob other && other.glob.equals(glob);
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    @Override
    public String toString() {
        return glob;
    }
}
