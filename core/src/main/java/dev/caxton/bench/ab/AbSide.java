package dev.caxton.bench.ab;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of an A/B run.
 *
 * @param label     {@code base} or {@code head}, for file names and messages
 * @param classPath the class path of the build to measure (a {@code caxton-bench.jar}, or several entries
 *                  joined by the platform's separator); empty means this JVM's own class path
 * @param system    the agent system to run
 * @param options   the system's options, {@code KEY=VALUE} (for example {@code slowdown.percent=10})
 */
public record AbSide(String label, Optional<String> classPath, String system, List<String> options) {
    public AbSide {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(system, "system");
        options = List.copyOf(options);
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("The " + label + " option '" + o + "' is not KEY=VALUE; give "
                        + "for example slowdown.percent=10");
            }
        }
    }
}
