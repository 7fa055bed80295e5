package dev.caxton.bench.cli;

import dev.caxton.bench.suite.SuiteContract;

/** The CLI tests' own suite keeps the Suite contract, as a user's suite would. */
class TinySuiteContractTest extends SuiteContract {
    TinySuiteContractTest() {
        super(TinySuite::new);
    }
}
