package dev.caxton.bench.agent.pekko;

import java.util.Map;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemContract;

/** The contract with asks through Pekko's {@code AskPattern} instead of direct completion. */
class PekkoAskPatternContractTest extends AgentSystemContract {
    @Override
    protected AgentSystem createSystem() {
        return new PekkoAgentSystemProvider().create(new AgentSystemConfig(2, Map.of("ask", "pattern")));
    }
}
