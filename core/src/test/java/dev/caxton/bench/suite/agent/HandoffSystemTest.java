package dev.caxton.bench.suite.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.agent.AgentRef;

class HandoffSystemTest {
    private static final AgentRef AGENT = StandInSystem.agents()[0];

    @Test
    void answersEveryAskWithItsMessageWhileItsThreadRuns() throws Exception {
        try (HandoffSystem system = new HandoffSystem()) {
            assertThat(handoffThreadAlive()).isTrue();
            List<CompletableFuture<Object>> replies = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                replies.add(system.ask(AGENT, i));
            }
            for (int i = 0; i < replies.size(); i++) {
                assertThat(replies.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
    }

    private static boolean handoffThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("caxton-handoff") && t.isAlive());
    }

    @Test
    void closeStopsItsThreadAndLaterAsksFail() throws Exception {
        HandoffSystem system = new HandoffSystem();
        assertThat(system.ask(AGENT, "x").get(10, TimeUnit.SECONDS)).isEqualTo("x");
        system.close();
        assertThat(handoffThreadAlive()).isFalse();
        assertThatThrownBy(() -> system.ask(AGENT, "late").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void standInsNameThemselves() {
        try (HandoffSystem handoff = new HandoffSystem(); InstantSystem instant = new InstantSystem()) {
            assertThat(handoff.name()).isEqualTo("handoff");
            assertThat(instant.name()).isEqualTo("instant");
            assertThat(instant.ask(AGENT, "y")).isCompletedWithValue("y");
        }
    }
}
