package dev.caxton.bench.compare;

import java.nio.file.Path;
import java.util.Objects;

import dev.caxton.bench.target.ConfigFile;
import dev.caxton.bench.target.Targets;

/**
 * Everything the configuration file ({@code .caxton-bench/targets.conf}) sets: the targets ({@code target}
 * lines over the guide's defaults) and the comparison thresholds ({@code threshold} and
 * {@code fail-threshold} lines over 10% and 25%). See {@link Targets} and {@link Thresholds} for the lines.
 */
public record BenchConfig(Targets targets, Thresholds thresholds) {
    public BenchConfig {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The guide's targets and the default thresholds: what applies without a file. */
    public static BenchConfig defaults() {
        return new BenchConfig(Targets.defaults(), Thresholds.defaults());
    }

    /**
     * Reads both kinds of lines from one file.
     *
     * @throws dev.caxton.bench.target.ConfigException naming the file and line of a bad line
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static BenchConfig load(Path file) {
        ConfigFile config = ConfigFile.read(file);
        return new BenchConfig(config.targets(), Thresholds.from(config));
    }

    /** The default comparison settings with these targets and thresholds. */
    public ComparisonSettings settings() {
        ComparisonSettings d = ComparisonSettings.defaults(targets);
        return new ComparisonSettings(thresholds, targets, d.alpha(), d.bootstrapResamples(), d.seed(), d.noiseMads());
    }
}
