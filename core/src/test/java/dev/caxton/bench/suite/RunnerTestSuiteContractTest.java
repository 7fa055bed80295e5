package dev.caxton.bench.suite;

import java.util.EnumSet;

import dev.caxton.bench.model.Profile;

/**
 * The runner's test suite against the Suite contract, its working benchmarks run in every profile (they
 * take milliseconds); the others hang, throw or stray on purpose.
 */
class RunnerTestSuiteContractTest extends SuiteContract {
    RunnerTestSuiteContractTest() {
        super(RunnerTestSuite::new, RunPlan.of(EnumSet.allOf(Profile.class), "works", "no_system", "asks_the_system"));
    }
}
