package dev.caxton.bench.cli;

import dev.caxton.bench.agent.AgentSystem;
import dev.caxton.bench.agent.AgentSystemConfig;
import dev.caxton.bench.agent.AgentSystemProvider;

/** A test-only system name, {@code stub}, for running several systems side by side with a fake engine. */
public final class StubSystemProvider implements AgentSystemProvider {
    @Override
    public String name() {
        return "stub";
    }

    @Override
    public String description() {
        return "Test-only: a second name for side-by-side runs";
    }

    @Override
    public AgentSystem create(AgentSystemConfig config) {
        throw new UnsupportedOperationException("The stub system only has a name; the CLI tests never create it");
    }
}
