package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.caxton.bench.history.HistoryRecorder;
import dev.caxton.bench.importer.Format;
import dev.caxton.bench.importer.ImportException;
import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportProblem;
import dev.caxton.bench.importer.ImportResult;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caxton-bench import FILE...}: turns other tools' result files (JMH, criterion, bencher,
 * github-action-benchmark, HdrHistogram logs) into one run file with this checkout's git identity,
 * prints its summary and lists every problem on stderr with its file, position and fix.
 *
 * <p>Exit codes: 0 when every file was imported whole; 1 when a file had a problem (without
 * {@code --strict} the others are imported and written, with it nothing is written) or nothing could
 * be imported at all; 2 for a usage mistake (a path that does not exist, an unknown format or unit).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Imports other tools' benchmark results into a run file and prints its summary.",
                "FILE is a result file, or a criterion folder such as target/criterion. Formats are detected "
                        + "from the content unless --format is given."},
        footer = {"", "Exit codes: 0 every file imported; 1 a file had a problem (listed on stderr; without --strict the "
                        + "others are written), nothing could be imported, or the run could not be added to the history "
                        + "(the run file is written; stderr says how to add it later); 2 usage error; 3 internal error."})
final class ImportCommand implements Callable<Integer> {
    private final Invocation invocation;
    private final Engine engine;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Result files or criterion folders.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", converter = FormatConverter.class,
            description = "Reads every FILE as this format instead of detecting it: one of ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatLabels.class)
    Optional<Format> format = Optional.empty();

    @Option(names = "--strict", description = "Writes nothing when any file has a problem.")
    boolean strict;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where the run file goes: DIR/runs/<run-id>.json (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--history", paramLabel = "FILE",
            description = "The history the imported run is appended to; its histogram logs go to OUTPUT/histograms/<run-id>.hlog "
                    + "(default: OUTPUT/history.csv).")
    Optional<Path> history = Optional.empty();

    @Option(names = "--no-history", description = "Appends nothing to the history and writes no histogram log.")
    boolean noHistory;

    @Option(names = "--hlog-unit", paramLabel = "UNIT", converter = HlogUnitConverter.class,
            description = "The unit of the values in HdrHistogram logs, which do not say: ns, us, ms or s "
                    + "(default: ${DEFAULT-VALUE}).")
    Unit hlogUnit;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Overrides of the default targets (default: targets.conf in the output folder, if it exists).")
    Optional<Path> targets = Optional.empty();

    ImportCommand(Invocation invocation, Engine engine) {
        this.invocation = invocation;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        List<Path> paths = files.stream().map(invocation::resolve).toList();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException(invocation.show(p) + " does not exist; check the path");
            }
        }
        Path outDir = invocation.resolve(output);
        Optional<Path> historyFile = Defaults.historyFile(invocation, history, noHistory, outDir);
        Grading grading = engine.grading(Defaults.targetsFile(invocation, targets, outDir));
        ImportOptions options = ImportOptions.defaults().withFormat(format).withStrict(strict)
                .withHistogramLogUnit(hlogUnit);

        ImportResult result;
        try {
            result = engine.importFiles(paths, options);
        } catch (ImportException e) {
            listProblems(e.problems());
            invocation.err().println("caxton-bench: nothing was written: --strict refuses an import with any problem "
                    + "(exit 1). Fix the files above, or leave --strict out to import the others.");
            return ExitCode.POLICY_FAILURE.code();
        }
        listProblems(result.problems());
        Run imported = result.run();
        if (imported.measurements().isEmpty() && imported.failures().isEmpty()) {
            invocation.err().println("caxton-bench: nothing was imported, so no run file was written (exit 1).");
            return ExitCode.POLICY_FAILURE.code();
        }
        Run run = GitIdentity.detect(invocation).stamp(imported);
        Path file = engine.write(new OutputLayout(outDir).runs(), run);

        invocation.out().print(new SummaryTable(grading, invocation.style()).render(List.of(run)));
        invocation.out().println();
        invocation.out().println("Run file: " + invocation.show(file));
        boolean recorded = historyFile.isEmpty()
                || RecordingText.print(invocation, HistoryRecorder.of(new OutputLayout(outDir)).withHistory(historyFile.get())
                        .record(run, file));
        invocation.out().flush();
        if (!result.problems().isEmpty()) {
            invocation.err().println("caxton-bench: the rest was imported (exit 1). Fix or leave out the files above "
                    + "for exit 0, or pass --strict to write nothing when a file has a problem.");
            return ExitCode.POLICY_FAILURE.code();
        }
        if (!imported.failures().isEmpty()) {
            invocation.err().println("caxton-bench: " + imported.failures().size()
                    + (imported.failures().size() == 1 ? " result has" : " results have")
                    + " no usable value; they are recorded as failed benchmarks (exit 1).");
            return ExitCode.POLICY_FAILURE.code();
        }
        return recorded ? ExitCode.OK.code() : ExitCode.POLICY_FAILURE.code();
    }

    /** One line per problem: {@code file: position: what was expected and the fix}. */
    private void listProblems(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        invocation.err().println("caxton-bench: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " with the files:");
        for (ImportProblem p : problems) {
            invocation.err().println("  " + TerminalText.sanitize(invocation.show(p.file())
                    + p.position().map(pos -> ": " + pos).orElse("") + ": " + p.message()));
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The labels of {@link Format}, for the help text. */
    static final class FormatLabels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::label).iterator();
        }
    }

    static final class HlogUnitConverter implements CommandLine.ITypeConverter<Unit> {
        private static final List<Unit> TIMES = Arrays.stream(Unit.values()).filter(u -> u.kind() == Unit.Kind.TIME)
                .toList();

        @Override
        public Unit convert(String value) {
            String v = value.trim().equals("µs") ? "us" : value.trim();
            return Unit.find(v).filter(TIMES::contains).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "Unknown unit '" + value + "' for HdrHistogram log values. Known units are: "
                            + TIMES.stream().map(Unit::label).collect(Collectors.joining(", "))));
        }
    }
}
