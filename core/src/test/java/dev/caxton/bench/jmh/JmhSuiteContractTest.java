package dev.caxton.bench.jmh;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;

import dev.caxton.bench.suite.Profile;
import dev.caxton.bench.suite.Suite;
import dev.caxton.bench.suite.SuiteContract;

/**
 * The jmh suite against the Suite contract: its declarations for every JMH method on the test class path,
 * and one small fixture method run in smoke and quick (one JMH fork each).
 */
class JmhSuiteContractTest extends SuiteContract {
    @BeforeAll
    static void allowParallelJmhRuns() {
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Override
    protected Suite createSuite() {
        return new JmhSuite();
    }

    @Override
    protected Set<Profile> profilesToRun() {
        return EnumSet.of(Profile.SMOKE, Profile.QUICK);
    }

    @Override
    protected Set<String> benchmarksToRun() {
        return Set.of("dev.caxton.bench.jmh.fixture.TinyBenchmarks.hashText");
    }
}
