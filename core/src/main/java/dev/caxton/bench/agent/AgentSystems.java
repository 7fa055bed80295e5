package dev.caxton.bench.agent;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds agent systems by name among the {@link AgentSystemProvider}s on the classpath. */
public final class AgentSystems {
    private AgentSystems() {}

    /** Every registered provider, sorted by name. */
    public static List<AgentSystemProvider> providers() {
        TreeMap<String, AgentSystemProvider> byName = new TreeMap<>();
        for (AgentSystemProvider p : ServiceLoader.load(AgentSystemProvider.class, AgentSystems.class.getClassLoader())) {
            byName.putIfAbsent(p.name(), p);
        }
        return List.copyOf(byName.values());
    }

    public static Optional<AgentSystemProvider> find(String name) {
        return providers().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The provider of {@code name}, or an error that lists the known names. */
    public static AgentSystemProvider require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown agent system '" + name
                + "'. Known systems are: " + String.join(", ", providers().stream().map(AgentSystemProvider::name).toList())
                + ". To benchmark your own runtime, implement AgentSystemProvider and list it in "
                + "META-INF/services/dev.caxton.bench.agent.AgentSystemProvider"));
    }
}
