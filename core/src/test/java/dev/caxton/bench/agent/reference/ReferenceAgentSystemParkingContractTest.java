package dev.caxton.bench.agent.reference;

import java.util.Map;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemContract;

/** The contract again with batches of one message and workers that park at once: the rare paths. */
class ReferenceAgentSystemParkingContractTest extends AgentSystemContract {
    @Override
    protected AgentSystem createSystem() {
        return new ReferenceAgentSystemProvider().create(new AgentSystemConfig(3,
                Map.of("batch", "1", "idle.spins", "0", "idle.yields", "0")));
    }
}
