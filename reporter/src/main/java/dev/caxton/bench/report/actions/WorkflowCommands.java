package dev.caxton.bench.report.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Workflow commands as lines for the caller to print on standard output, escaped as the Actions runner
 * expects (data: {@code %}, CR, LF; properties also {@code :} and {@code ,}).
 *
 * <p>Whoever prints a token-bearing line first prints {@link #addMask(String)} for the token, so that the runner
 * hides it from the log from then on.
 */
public final class WorkflowCommands {
    /** GitHub shows at most 10 error and 10 warning annotations per step; we never print more than this many. */
    public static final int MAX_ANNOTATIONS = 10;

    private WorkflowCommands() {}

    /** {@code ::add-mask::VALUE}: from this line on the runner replaces {@code value} with {@code ***} in the log. */
    public static String addMask(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Cannot mask an empty value: pass the secret itself");
        }
        return "::add-mask::" + escapeData(value);
    }

    /** One annotation as a workflow command line. */
    public static String annotation(Annotation annotation) {
        return "::" + annotation.level().command() + " title=" + escapeProperty(annotation.title()) + "::"
                + escapeData(annotation.message());
    }

    /**
     * The annotations as command lines, at most {@link #MAX_ANNOTATIONS}: when there are more, the first nine
     * are printed and a tenth, of the most severe level among the rest, says how many were left out.
     */
    public static List<String> annotations(List<Annotation> annotations) {
        List<String> lines = new ArrayList<>();
        if (annotations.size() <= MAX_ANNOTATIONS) {
            annotations.forEach(a -> lines.add(annotation(a)));
            return List.copyOf(lines);
        }
        List<Annotation> shown = annotations.subList(0, MAX_ANNOTATIONS - 1);
        List<Annotation> rest = annotations.subList(MAX_ANNOTATIONS - 1, annotations.size());
        shown.forEach(a -> lines.add(annotation(a)));
        Annotation.Level worst = rest.stream().map(Annotation::level)
                .max(Enum::compareTo).orElse(Annotation.Level.WARNING);
        lines.add(annotation(new Annotation(worst, rest.size() + " more",
                rest.size() + " more annotations are not shown here; the job summary lists them all.")));
        return List.copyOf(lines);
    }

    /** Escapes a command's message: {@code %} as {@code %25}, CR as {@code %0D}, LF as {@code %0A}. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command's property value: as {@link #escapeData} and also {@code :} as {@code %3A}, {@code ,} as {@code %2C}. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
