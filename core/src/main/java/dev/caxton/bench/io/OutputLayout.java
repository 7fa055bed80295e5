package dev.caxton.bench.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Caxton Bench keeps its files in an output folder (by default {@code .caxton-bench} in the
 * working directory). The one place that names them:
 *
 * <pre>
 * .caxton-bench/
 *   runs/&lt;run-id&gt;.json        one run file per run
 *   histograms/&lt;run-id&gt;.hlog  the run's latency histograms, beside the history
 *   history.csv               the history, one row per metric per run
 *   baselines/&lt;name&gt;          a named baseline: one run id
 *   report.md, report.txt     the newest comparison's report (report-&lt;system&gt;.md per system)
 *   dashboard.html            the history as a page
 *   targets.conf              your targets and thresholds
 * </pre>
 *
 * A history file elsewhere keeps its histograms, baselines and runs beside it:
 * {@link #ofHistory(Path)} is the layout of the folder that holds it.
 *
 * @param root the output folder; relative paths stay relative
 */
public record OutputLayout(Path root) {
    /** The default output folder, {@code .caxton-bench}, relative to the working directory. */
    public static final OutputLayout DEFAULT = new OutputLayout(Path.of(".caxton-bench"));

    public OutputLayout {
        Objects.requireNonNull(root, "root");
    }

    /**
     * The layout of the folder that holds {@code historyFile}, whatever the file's name: its histograms,
     * baselines and runs are beside it. The root is absolute.
     */
    public static OutputLayout ofHistory(Path historyFile) {
        Path absolute = Objects.requireNonNull(historyFile, "historyFile").toAbsolutePath();
        Path parent = absolute.getParent();
        return new OutputLayout(parent == null ? absolute : parent);
    }

    /** {@code runs/}: one {@code <run-id>.json} per run. */
    public Path runs() {
        return root.resolve("runs");
    }

    /** {@code histograms/}: one HdrHistogram log {@code <run-id>.hlog} per run. */
    public Path histograms() {
        return root.resolve("histograms");
    }

    /** {@code history.csv}. */
    public Path history() {
        return root.resolve("history.csv");
    }

    /** {@code baselines/}: one file per named baseline. */
    public Path baselines() {
        return root.resolve("baselines");
    }

    /** {@code report.md}: the Markdown report of the newest comparison. */
    public Path markdownReport() {
        return root.resolve("report.md");
    }

    /** {@code report.txt}: the plain-text report of the newest comparison. */
    public Path textReport() {
        return root.resolve("report.txt");
    }

    /**
     * {@code report-<system>.md}: the Markdown report of one system when a run measured several; characters
     * other than letters, digits, '.', '_' and '-' in the name become '_'.
     */
    public Path markdownReport(String system) {
        Objects.requireNonNull(system, "system");
        return root.resolve("report-" + system.replaceAll("[^A-Za-z0-9._-]", "_") + ".md");
    }

    /** {@code dashboard.html}. */
    public Path dashboard() {
        return root.resolve("dashboard.html");
    }

    /** {@code targets.conf}: the configuration file, read when it exists. */
    public Path targets() {
        return root.resolve("targets.conf");
    }
}
