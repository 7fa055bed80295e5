package dev.caxton.bench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportResult;
import dev.caxton.bench.importer.Importers;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.suite.ProgressListener;
import dev.caxton.bench.suite.RunRequest;
import dev.caxton.bench.suite.SuiteRunner;
import dev.caxton.bench.target.Targets;

/**
 * The library calls behind the commands: run a suite, import other tools' files, save a run, load
 * targets. The standard engine is the core library; tests of the commands' own logic (exit codes,
 * tables, several systems) give them a hand-built one.
 */
interface Engine {
    Run run(RunRequest request, ProgressListener listener);

    /**
     * Imports result files into one run measured on this machine's environment.
     *
     * @throws dev.caxton.bench.importer.ImportException when the import is strict and a file has a problem
     */
    ImportResult importFiles(List<Path> files, ImportOptions options);

    /** Saves the run under {@code runsDir} and returns its file. */
    Path write(Path runsDir, Run run);

    /** The default targets, or the defaults overridden by {@code file}. */
    Grading grading(Optional<Path> file);

    /** The environment of this machine, for runs whose files do not say where they were measured. */
    default Environment environment() {
        return Environment.detect();
    }

    static Engine standard() {
        return new Engine() {
            @Override
            public Run run(RunRequest request, ProgressListener listener) {
                return new SuiteRunner().run(request, listener);
            }

            @Override
            public ImportResult importFiles(List<Path> files, ImportOptions options) {
                return Importers.importFiles(files, options, Environment.detect());
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
