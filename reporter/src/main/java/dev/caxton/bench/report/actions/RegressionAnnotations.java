package dev.caxton.bench.report.actions;

import java.util.List;
import java.util.Locale;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.compare.MetricComparison;

/** Annotations for the regressions of a comparison: an error for each one that fails the job, a warning otherwise. */
public final class RegressionAnnotations {
    private RegressionAnnotations() {}

    /** One annotation per regression, in the comparison's order; print them with {@link WorkflowCommands#annotations}. */
    public static List<Annotation> of(Comparison comparison, FailPolicy policy) {
        return comparison.regressions().stream().map(m -> annotation(m, policy)).toList();
    }

    private static Annotation annotation(MetricComparison m, FailPolicy policy) {
        boolean fails = policy.failsOn(m);
        String change = m.relativeChange().isPresent()
                ? String.format(Locale.ROOT, " (%+.1f%%)", m.relativeChange().getAsDouble() * 100) : "";
        return new Annotation(fails ? Annotation.Level.ERROR : Annotation.Level.WARNING,
                "Performance regression: " + m.id().canonical(), m.reason() + change);
    }
}
