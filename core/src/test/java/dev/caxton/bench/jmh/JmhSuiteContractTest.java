package dev.caxton.bench.jmh;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeAll;

import dev.caxton.bench.model.Profile;
import dev.caxton.bench.suite.SuiteContract;

/**
 * The jmh suite against the Suite contract: its declarations for every JMH method on the test class path,
 * and one small fixture method run in smoke and quick (one JMH fork each).
 */
class JmhSuiteContractTest extends SuiteContract {
    JmhSuiteContractTest() {
        super(JmhSuite::new, RunPlan.of(EnumSet.of(Profile.SMOKE, Profile.QUICK),
                "dev.caxton.bench.jmh.fixture.TinyBenchmarks.hashText"));
    }

    @BeforeAll
    static void allowParallelJmhRuns() {
        System.setProperty("jmh.ignoreLock", "true");
    }
}
