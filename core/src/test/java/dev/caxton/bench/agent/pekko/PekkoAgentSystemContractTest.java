package dev.caxton.bench.agent.pekko;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemContract;

class PekkoAgentSystemContractTest extends AgentSystemContract {
    @Override
    protected AgentSystem createSystem() {
        return new PekkoAgentSystemProvider().create(AgentSystemConfig.defaults());
    }
}
