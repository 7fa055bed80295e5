package dev.caxton.bench.agent.naive;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemContract;

class NaiveAgentSystemContractTest extends AgentSystemContract {
    @Override
    protected AgentSystem createSystem() {
        return new NaiveAgentSystemProvider().create(AgentSystemConfig.defaults());
    }
}
