package dev.caxton.bench.report.dashboard;

import dev.caxton.bench.report.template.LockedTemplates;

/**
 * The dashboard's templates, with the lockdown every reporter page has ({@link LockedTemplates}) and HTML
 * auto-escaping of every interpolation.
 */
final class Templates {
    private static final LockedTemplates DASHBOARD = LockedTemplates.bundled(Templates.class, LockedTemplates.Output.HTML);

    private Templates() {}

    static LockedTemplates dashboard() {
        return DASHBOARD;
    }
}
