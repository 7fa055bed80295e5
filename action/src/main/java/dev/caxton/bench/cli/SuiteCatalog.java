package dev.caxton.bench.cli;

import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.caxton.bench.suite.Suite;

/** The suites registered through {@link ServiceLoader}, by name. */
final class SuiteCatalog {
    private SuiteCatalog() {}

    /** Every registered suite, sorted by name (the first one found wins a name). */
    static List<Suite> suites() {
        TreeMap<String, Suite> byName = new TreeMap<>();
        for (Suite s : ServiceLoader.load(Suite.class, Suite.class.getClassLoader())) {
            byName.putIfAbsent(s.name(), s);
        }
        return List.copyOf(byName.values());
    }

    /** The suite called {@code name}, or an error that lists the known suites. */
    static Suite require(String name) {
        List<Suite> all = suites();
        return all.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown suite '" + name + "'. Known suites are: "
                        + (all.isEmpty() ? "(none registered)"
                                : all.stream().map(Suite::name).collect(Collectors.joining(", ")))
                        + ". A suite registers itself in META-INF/services/dev.caxton.bench.suite.Suite"));
    }
}
