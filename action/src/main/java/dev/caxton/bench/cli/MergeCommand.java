package dev.caxton.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.Runs;
import dev.caxton.bench.model.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caxton-bench merge RUN_FILE... --out FILE}: joins the partial runs of a sharded suite
 * ({@code run --shard i/n}, one per matrix job) into one run file, exactly: measurements are the
 * union, latency histograms held by several shards are merged and their percentiles computed again.
 * It refuses shards of different runs (suite, profile, system or commit), two files of one shard,
 * and, unless {@code --partial}, a set of shards with one missing, naming the missing ones.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Joins the run files of the shards of one run (run --shard i/n) into one run file, "
                + "histograms included.",
                "All shards must come from the same suite, profile, system and commit, and every shard 1/n ... n/n "
                        + "must be given once."},
        footer = {"", "Exit codes: 0 merged; 2 a file is missing or unreadable, the runs do not belong together, "
                + "or a shard is missing or given twice; 3 internal error or the file could not be written."})
final class MergeCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Parameters(arity = "1..*", paramLabel = "RUN_FILE", description = "The shards' run files (OUTPUT/runs/<run-id>.json).")
    List<Path> runFiles = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the merged run file goes.")
    Path out;

    @Option(names = "--partial", description = "Merges even when shards are missing (their benchmarks are then "
            + "missing from the run).")
    boolean partial;

    MergeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        List<Run> runs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (Path given : runFiles) {
            Path p = invocation.resolve(given);
            if (!Files.isRegularFile(p)) {
                throw new UsageException(invocation.show(p) + " does not exist; give the run files of the shards "
                        + "(OUTPUT/runs/<run-id>.json of each 'run --shard i/n')");
            }
            try {
                runs.add(RunFiles.read(p));
            } catch (IllegalArgumentException e) {
                throw new UsageException(TerminalText.sanitize(e.getMessage()), e);
            }
            paths.add(p);
        }
        List<String> missing = checkShards(runs, paths);
        if (!missing.isEmpty() && !partial) {
            throw new UsageException("Shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing: only " + givenShards(runs)
                    + " were given. Give every shard's run file (download all the matrix jobs' artifacts), or pass "
                    + "--partial to merge what is there");
        }
        Run merged;
        try {
            merged = Runs.merge(runs);
        } catch (IllegalArgumentException e) {
            throw new UsageException(TerminalText.sanitize(e.getMessage()), e);
        }
        Path target = invocation.resolve(out);
        write(target, merged);
        invocation.out().println("Merged " + runs.size() + (runs.size() == 1 ? " run file" : " run files") + " of run "
                + merged.info().runId().value() + " (" + TerminalText.sanitize(merged.info().suite())
                + " suite, " + TerminalText.sanitize(merged.info().system()) + "): " + merged.measurements().size()
                + " metrics, " + merged.histograms().size() + " histograms, " + merged.failures().size()
                + " failures.");
        if (!missing.isEmpty()) {
            invocation.err().println("caxton-bench: warning: --partial: shard" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing from the merged run.");
        }
        invocation.out().println("Run file: " + invocation.show(target));
        invocation.out().flush();
        return ExitCode.OK.code();
    }

    /** The missing shards in order; a usage error for different shard counts or one shard given twice. */
    private List<String> checkShards(List<Run> runs, List<Path> paths) {
        Map<Integer, Path> byIndex = new TreeMap<>();
        Optional<Integer> count = Optional.empty();
        Path countFrom = null;
        for (int i = 0; i < runs.size(); i++) {
            Optional<Shard> shard = runs.get(i).info().shard();
            if (shard.isEmpty()) {
                if (runs.size() > 1) {
                    throw new UsageException(invocation.show(paths.get(i)) + " is a whole run, not a shard; merge only "
                            + "the run files of 'run --shard i/n'");
                }
                return List.of();
            }
            Shard s = shard.get();
            if (count.isPresent() && count.get() != s.count()) {
                throw new UsageException(invocation.show(paths.get(i)) + " is shard " + s.label() + " but "
                        + invocation.show(countFrom) + " is one of " + count.get() + " shards; merge the shards of one "
                        + "split only");
            }
            count = Optional.of(s.count());
            countFrom = paths.get(i);
            Path earlier = byIndex.putIfAbsent(s.index(), paths.get(i));
            if (earlier != null) {
                throw new UsageException("Shard " + s.label() + " is given twice: " + invocation.show(earlier) + " and "
                        + invocation.show(paths.get(i)) + "; give each shard's run file once");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count.orElse(0); i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count.get());
            }
        }
        return missing;
    }

    private static String givenShards(List<Run> runs) {
        return runs.stream().map(r -> r.info().shard().orElseThrow()).sorted(
                java.util.Comparator.comparingInt(Shard::index)).map(Shard::label).collect(Collectors.joining(" and "));
    }

    /** Writes the run to exactly {@code target}, whole or not at all. */
    private static void write(Path target, Run run) {
        RunFiles.writeFile(target, run);
    }
}
