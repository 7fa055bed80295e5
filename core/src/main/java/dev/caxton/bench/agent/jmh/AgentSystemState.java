package dev.caxton.bench.agent.jmh;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystems;

/** Creating the system under test by name, and waiting for answers without hanging a benchmark forever. */
final class AgentSystemState {
    /** Longer than any answer of a working system; a benchmark that waits this long has found a bug. */
    static final long ANSWER_TIMEOUT_SECONDS = 30;

    private AgentSystemState() {}

    /** A started system of the registered provider {@code name}, with the default settings. */
    static AgentSystem create(String name) {
        return AgentSystems.require(name).create(AgentSystemConfig.defaults());
    }

    static Object await(CompletableFuture<Object> answer) {
        try {
            return answer.get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an agent's answer", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The agent failed to answer: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer from the agent within " + ANSWER_TIMEOUT_SECONDS
                    + " s; the system under test lost a message or deadlocked", e);
        }
    }
}
