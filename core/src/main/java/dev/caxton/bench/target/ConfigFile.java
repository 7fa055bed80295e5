package dev.caxton.bench.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The configuration file ({@code .caxton-bench/targets.conf}) read whole: its {@code target} lines as
 * {@link Targets} (the defaults overridden by the file), and its {@code threshold} and
 * {@code fail-threshold} lines, in file order, for the comparison's thresholds
 * ({@code dev.caxton.bench.compare.BenchConfig} turns them into {@code Thresholds}). The line forms are
 * described in {@link Targets}.
 */
public final class ConfigFile {
    /**
     * One {@code threshold} (or, when {@code fail}, {@code fail-threshold}) line.
     *
     * @param fraction the relative change, above zero (0.05 for {@code 5%})
     */
    public record Threshold(MetricGlob glob, boolean fail, double fraction) {
        public Threshold {
            Objects.requireNonNull(glob, "glob");
            if (!(fraction > 0) || !Double.isFinite(fraction)) {
                throw new IllegalArgumentException("A threshold must be a positive relative change such as 0.05 (5%), got "
                        + fraction + " for " + glob);
            }
        }
    }

    private final Targets targets;
    private final List<Threshold> thresholds;

    private ConfigFile(Targets targets, List<Threshold> thresholds) {
        this.targets = targets;
        this.thresholds = List.copyOf(thresholds);
    }

    /**
     * Reads a configuration file.
     *
     * @throws ConfigException naming the file and line when a line does not fit its form
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ConfigFile read(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(file, Targets.readLines(file));
    }

    static ConfigFile parse(Path file, List<String> lines) {
        TargetsFile.Parsed parsed = TargetsFile.parseAll(file, lines);
        return new ConfigFile(Targets.defaults().withAll(parsed.targets()), parsed.thresholds());
    }

    /** The default targets overridden by the file's {@code target} lines. */
    public Targets targets() {
        return targets;
    }

    /** The {@code threshold} and {@code fail-threshold} lines in file order. */
    public List<Threshold> thresholds() {
        return thresholds;
    }
}
