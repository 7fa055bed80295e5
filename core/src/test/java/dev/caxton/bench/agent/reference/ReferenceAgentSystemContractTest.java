package dev.caxton.bench.agent.reference;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemContract;

class ReferenceAgentSystemContractTest extends AgentSystemContract {
    @Override
    protected AgentSystem createSystem() {
        return new ReferenceAgentSystemProvider().create(AgentSystemConfig.defaults());
    }
}
