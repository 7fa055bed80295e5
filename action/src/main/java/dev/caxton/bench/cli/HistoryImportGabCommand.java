package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.GabImport;
import dev.caxton.bench.history.HistoryProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history import-gab data.js}: migrates a github-action-benchmark history. */
@Command(name = "import-gab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Migrates a github-action-benchmark history (the data.js of its gh-pages branch, usually "
                + "dev/bench/data.js) into the history: one run per entry, its benches named gab/NAME/value as "
                + "'import --format gab' names them. Importing the same file again changes nothing.",
                "data.js does not say where it was measured: runs get this machine's environment."},
        footer = {"", "Exit codes: 0 imported; 1 data.js is not such a history, or the history is malformed "
                + "(nothing was changed); 2 usage error; 3 internal error."})
final class HistoryImportGabCommand implements Callable<Integer> {
    private final Invocation invocation;
    private final Engine engine;

    @Parameters(index = "0", paramLabel = "DATA_JS", description = "The data.js file.")
    Path dataJs;

    @Option(names = "--branch", paramLabel = "B", description = "The branch the action ran on (data.js does not say).")
    Optional<String> branch = Optional.empty();

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    HistoryImportGabCommand(Invocation invocation, Engine engine) {
        this.invocation = invocation;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        Path js = invocation.resolve(dataJs);
        if (!Files.isRegularFile(js)) {
            throw new UsageException(invocation.show(js) + " does not exist; give the data.js of github-action-benchmark");
        }
        Path f = file.file(invocation);
        GabImport.Result r;
        try {
            r = GabImport.importInto(js, f, branch, engine.environment());
        } catch (IllegalArgumentException e) {
            invocation.err().println("caxton-bench: " + TerminalText.sanitize(e.getMessage().replace(js.toString(),
                    invocation.show(js))) + " (exit 1; nothing was changed).");
            return ExitCode.POLICY_FAILURE.code();
        }
        for (HistoryProblem w : r.merge().warnings()) {
            invocation.err().println("caxton-bench: warning: " + HistoryCommand.describe(invocation, w));
        }
        invocation.out().println("Imported " + r.runs() + (r.runs() == 1 ? " run" : " runs") + " (" + r.rows()
                + " rows) from " + invocation.show(js) + " into " + invocation.show(f) + ", which now holds "
                + r.merge().runs() + (r.merge().runs() == 1 ? " run" : " runs") + " (" + r.merge().duplicatesCollapsed()
                + " rows were there already).");
        invocation.out().flush();
        return ExitCode.OK.code();
    }
}
