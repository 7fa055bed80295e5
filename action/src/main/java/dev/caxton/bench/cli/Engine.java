package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.Optional;

import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.suite.ProgressListener;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.SuiteRunner;
import dev.caxton.bench.target.Targets;

/**
 * The library calls behind the {@code run} command: run a suite, save a run, load targets. The
 * standard engine is the core library; tests of the command's own logic (exit codes, tables,
 * several systems) give it a hand-built one.
 */
interface Engine {
    Run run(RunRequest request, ProgressListener listener);

    /** Saves the run under {@code runsDir} and returns its file. */
    Path write(Path runsDir, Run run);

    /** The default targets, or the defaults overridden by {@code file}. */
    Grading grading(Optional<Path> file);

    static Engine standard() {
        return new Engine() {
            @Override
            public Run run(RunRequest request, ProgressListener listener) {
                return new SuiteRunner().run(request, listener);
            }

            @Override
            public Path write(Path runsDir, Run run) {
                return RunFiles.write(runsDir, run);
            }

            @Override
            public Grading grading(Optional<Path> file) {
                return Grading.of(file.map(Targets::load).orElseGet(Targets::defaults));
            }
        };
    }
}
