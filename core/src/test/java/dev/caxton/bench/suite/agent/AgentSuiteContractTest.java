package dev.caxton.bench.suite.agent;

import java.util.EnumSet;

import dev.caxton.bench.model.Profile;
import dev.caxton.bench.suite.SuiteContract;

/**
 * The agent suite against the Suite contract. Every benchmark runs in smoke against every system in
 * {@link AgentSuiteSmokeTest}; here two also run in quick, to check that the profile changes sizes and
 * durations only: the cheapest, and the recovery benchmark, whose rounds may or may not see the
 * throughput drop.
 */
class AgentSuiteContractTest extends SuiteContract {
    AgentSuiteContractTest() {
        super(AgentSuite::new, RunPlan.of(EnumSet.of(Profile.SMOKE, Profile.QUICK), "agent_response_time", "recovery_time"));
    }
}
