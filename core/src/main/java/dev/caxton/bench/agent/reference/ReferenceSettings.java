package dev.caxton.bench.agent.reference;

import java.util.Optional;

import dev.caxton.bench.agent.AgentSystemConfig;

/**
 * The reference runtime's settings, read from {@link AgentSystemConfig}. Options (all optional):
 * <ul>
 *   <li>{@code batch}: messages one agent may process per scheduling before it yields its worker
 *       (fairness); default {@value #DEFAULT_BATCH}.</li>
 *   <li>{@code idle.spins}, {@code idle.yields}: how long the one polling idle worker polls before it
 *       parks: first {@code idle.spins} polls with {@link Thread#onSpinWait()} between them, then
 *       {@code idle.yields} polls with {@link Thread#yield()}; defaults {@value #DEFAULT_IDLE_SPINS}
 *       and {@value #DEFAULT_IDLE_YIELDS}.</li>
 *   <li>{@code slowdown.percent}: makes the workers' processing that much slower (each batch of messages
 *       is timed and the worker spins for that share of it, a microsecond at a time), to check that the
 *       comparison notices a regression of a known size; default 0.</li>
 * </ul>
 */
record ReferenceSettings(int parallelism, int batch, int idleSpins, int idleYields, int slowdownPercent) {
    static final int DEFAULT_BATCH = 64;
    /*
     * Measured on a 2-core VM with the open-loop ask benchmark at 200K/s (RuntimeMeasurements open):
     * an idle worker that busy-waits with Thread.onSpinWait, even for 50 pauses, takes the core from
     * the thread that produces the work (its send lag p50 grew to ~100 us once another process used a
     * core), while one that polls with Thread.yield gives way to any runnable thread and still picks up
     * the next request within a microsecond on a quiet machine.
     */
    static final int DEFAULT_IDLE_SPINS = 0;
    static final int DEFAULT_IDLE_YIELDS = 100;

    ReferenceSettings {
        require("batch", batch, 1);
        require("idle.spins", idleSpins, 0);
        require("idle.yields", idleYields, 0);
        require("slowdown.percent", slowdownPercent, 0);
    }

    static ReferenceSettings from(AgentSystemConfig config) {
        return new ReferenceSettings(config.parallelism(),
                intOption(config, "batch", DEFAULT_BATCH),
                intOption(config, "idle.spins", DEFAULT_IDLE_SPINS),
                intOption(config, "idle.yields", DEFAULT_IDLE_YIELDS),
                intOption(config, "slowdown.percent", 0));
    }

    private static int intOption(AgentSystemConfig config, String key, int defaultValue) {
        Optional<String> value = config.option(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The reference runtime's option '" + key
                    + "' must be a whole number, got '" + value.get() + "'", e);
        }
    }

    private static void require(String key, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("The reference runtime's option '" + key
                    + "' must be at least " + min + ", got " + value);
        }
    }
}
