package dev.caxton.bench.report.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import dev.caxton.bench.history.changepoint.ChangePointDetector;
import dev.caxton.bench.io.AtomicFiles;
import dev.caxton.bench.target.Targets;
import dev.caxton.bench.report.template.LockedTemplates;
import dev.caxton.bench.report.template.TemplateFailure;

/**
 * Renders the self-contained HTML dashboard: one file with its styles, data and script inline, no
 * network access, readable from {@code file://}.
 *
 * <p>Immutable and thread-safe. Example:
 * <pre>{@code
 * Dashboard.withDefaults().write(new DashboardInput("Nightly", Instant.now(), series), Path.of("dashboard.html"));
 * }</pre>
 */
public final class Dashboard {
    private static final String TEMPLATE = "dashboard.ftlh";

    private final Targets targets;
    private final ChangePointDetector detector;
    private final LockedTemplates templates;

    private Dashboard(Targets targets, ChangePointDetector detector) {
        this.targets = Objects.requireNonNull(targets, "targets");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.templates = Templates.dashboard();
    }

    /** Grades against {@link Targets#defaults()} and finds change points with the detector's default options. */
    public static Dashboard withDefaults() {
        return new Dashboard(Targets.defaults(), new ChangePointDetector());
    }

    /** The same dashboard grading newest values against {@code targets}. */
    public Dashboard withTargets(Targets targets) {
        return new Dashboard(targets, detector);
    }

    /** The same dashboard finding change points with {@code options}. */
    public Dashboard withChangePoints(ChangePointDetector.Options options) {
        return new Dashboard(targets, new ChangePointDetector(options));
    }

    /**
     * What a page shows, in numbers.
     *
     * @param charts one per metric (its parameters aside), unit, branch, environment and profile
     * @param series the lines of all charts: one per metric, system, branch, environment and profile
     * @param runs   the runs that have a point on the page
     */
    public record Summary(int charts, int series, int runs) {}

    /** The page as a string. */
    public String render(DashboardInput input) {
        return html(page(input));
    }

    /** The numbers of the page {@link #render} gives for {@code input}. */
    public Summary summary(DashboardInput input) {
        return summary(page(input));
    }

    private DashboardView.Page page(DashboardInput input) {
        Objects.requireNonNull(input, "input");
        return DashboardView.of(input, targets, detector);
    }

    private static Summary summary(DashboardView.Page page) {
        return new Summary(page.charts().size(), page.rows().size(), Integer.parseInt(page.runCount()));
    }

    private String html(DashboardView.Page page) {
        try {
            return templates.render(TEMPLATE, Map.of("page", page));
        } catch (TemplateFailure e) {
            throw new IllegalStateException("The dashboard template failed (a bug in Caxton Bench): " + e.getMessage(), e);
        }
    }

    /**
     * Renders the page into {@code file}, atomically ({@link AtomicFiles}): readers see the old file or the whole new one.
     *
     * @return what the page shows, in numbers
     */
    public Summary write(DashboardInput input, Path file) {
        Objects.requireNonNull(file, "file");
        DashboardView.Page page = page(input);
        String html = html(page);
        Path target = file.toAbsolutePath();
        try {
            AtomicFiles.writeString(target, html);
            return summary(page);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dashboard to " + target + ": " + e.getMessage()
                    + "; check that the folder is writable", e);
        }
    }
}
