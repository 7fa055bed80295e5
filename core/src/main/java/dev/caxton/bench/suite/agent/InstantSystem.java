package dev.caxton.bench.suite.agent;

import java.util.concurrent.CompletableFuture;

import dev.caxton.bench.agent.AgentRef;

/**
 * A stand-in system whose every ask is already answered: the open-loop load generator run against it
 * shows the generator's own floor on this machine (its pacing, its allocation, its thread being
 * descheduled), against which the system under test's latencies can be read.
 */
final class InstantSystem extends StandInSystem {
    @Override
    public String name() {
        return "instant";
    }

    @Override
    public CompletableFuture<Object> ask(AgentRef target, Object message) {
        return CompletableFuture.completedFuture(message);
    }
}
