package dev.caxton.bench.agent;

import java.util.Map;
import java.util.Optional;

/**
 * Settings for creating a system: the parallelism of its scheduler and free-form options a
 * provider documents (for example {@code slowdown.percent} of the reference runtime).
 */
public record AgentSystemConfig(int parallelism, Map<String, String> options) {
    public AgentSystemConfig {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        options = Map.copyOf(options);
    }

    /** One scheduler thread per available core, no options. */
    public static AgentSystemConfig defaults() {
        return new AgentSystemConfig(Runtime.getRuntime().availableProcessors(), Map.of());
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }
}
