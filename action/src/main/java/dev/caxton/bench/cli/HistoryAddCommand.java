package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.caxton.bench.history.HistoryRecorder;
import dev.caxton.bench.history.Recording;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code history add RUN_FILE...}: appends saved runs to the history, for a run whose append failed
 * or a history that was started late. A run the history already holds is skipped.
 */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Appends run files (OUTPUT/runs/<run-id>.json) to the history, and writes their latency "
                + "histograms beside it. Runs already in the history are skipped.")
final class HistoryAddCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Parameters(arity = "1..*", paramLabel = "RUN_FILE", description = "Run files written by 'run' or 'import'.")
    List<Path> runFiles = new ArrayList<>();

    @Mixin
    HistoryCommand.FileOption file = new HistoryCommand.FileOption();

    @Option(names = "--histograms", paramLabel = "DIR",
            description = "Where histogram logs go (default: 'histograms' beside the history).")
    Path histograms;

    HistoryAddCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Path f = file.file(invocation);
        List<Run> runs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (Path given : runFiles) {
            Path p = invocation.resolve(given);
            if (!Files.isRegularFile(p)) {
                throw new UsageException(invocation.show(p) + " does not exist; give run files (OUTPUT/runs/*.json)");
            }
            try {
                runs.add(RunFiles.read(p));
            } catch (IllegalArgumentException e) {
                throw new UsageException(TerminalText.sanitize(e.getMessage()), e);
            }
            paths.add(p);
        }
        OutputLayout beside = OutputLayout.ofHistory(f);
        HistoryRecorder recorder = HistoryRecorder.of(beside).withHistory(f)
                .withHistograms(histograms == null ? beside.histograms() : invocation.resolve(histograms));
        boolean ok = true;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            // the history is not read: the appender checks under the writers' lock whether the run is there
            Recording r = recorder.add(run, paths.get(i));
            if (r.appended().isPresent() && r.appended().get().alreadyThere()) {
                invocation.out().println("Run " + TerminalText.sanitize(run.info().runId().value()) + " is in "
                        + invocation.show(f) + " already; skipped.");
                continue;
            }
            ok &= RecordingText.print(invocation, r);
        }
        invocation.out().flush();
        return ok ? ExitCode.OK.code() : ExitCode.POLICY_FAILURE.code();
    }
}
