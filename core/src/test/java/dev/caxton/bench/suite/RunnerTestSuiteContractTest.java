package dev.caxton.bench.suite;

import java.util.EnumSet;
import java.util.Set;

/**
 * The runner's test suite against the Suite contract, its working benchmarks run in every profile (they
 * take milliseconds); the others hang, throw or stray on purpose.
 */
class RunnerTestSuiteContractTest extends SuiteContract {
    @Override
    protected Suite createSuite() {
        return new RunnerTestSuite();
    }

    @Override
    protected Set<Profile> profilesToRun() {
        return EnumSet.allOf(Profile.class);
    }

    @Override
    protected Set<String> benchmarksToRun() {
        return Set.of("works", "no_system", "asks_the_system");
    }
}
