package dev.caxton.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.caxton.bench.ab.AbListener;
import dev.caxton.bench.ab.AbRequest;
import dev.caxton.bench.ab.AbResult;
import dev.caxton.bench.ab.AbRunner;
import dev.caxton.bench.ab.AbSide;
import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.ComparisonJson;
import dev.caxton.bench.compare.ComparisonSettings;
import dev.caxton.bench.compare.Comparisons;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.io.AtomicFiles;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.Runs;
import dev.caxton.bench.report.markdown.MarkdownReport;
import dev.caxton.bench.report.markdown.ReportInput;
import dev.caxton.bench.report.markdown.ReportOptions;
import dev.caxton.bench.report.markdown.TextReport;
import dev.caxton.bench.suite.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code caxton-bench ab}: two builds or two configurations, measured in interleaved rounds on this machine. */
@Command(name = "ab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Compares two builds (--base-classpath/--head-classpath) or two configurations of one build "
                + "(--base-option/--head-option, --base-system/--head-system) on this machine: in interleaved rounds, "
                + "each side in a fresh JVM per round, in a random order per round, so that the machine's drift hits "
                + "both sides alike. Each metric is judged on its per-round ratios: a signed-rank test, a bootstrap "
                + "interval of the geometric-mean ratio, and the smallest change the rounds could see.",
                "Writes OUTPUT/ab/base.json and head.json (the rounds pooled, each round a sample), comparison.json "
                        + "and report.md."},
        footer = {"", "Exit codes: 0 done; 1 --fail-on calls the result a failure, or a side's JVM failed; 2 usage "
                + "error; 3 internal error."})
final class AbCommand implements Callable<Integer> {
    private final Invocation invocation;

    @Option(names = "--suite", paramLabel = "NAME", description = "The suite both sides run (default: ${DEFAULT-VALUE}).")
    String suite = "agent";

    @Option(names = "--profile", paramLabel = "PROFILE", converter = RunCommand.ProfileConverter.class,
            description = "The profile of every round (default: quick).")
    Profile profile = Profile.QUICK;

    @Option(names = "--system", paramLabel = "NAME", description = "The system of both sides (default: ${DEFAULT-VALUE}).")
    String system = "reference";

    @Option(names = "--base-system", paramLabel = "NAME", description = "The base side's system (default: --system).")
    Optional<String> baseSystem = Optional.empty();

    @Option(names = "--head-system", paramLabel = "NAME", description = "The head side's system (default: --system).")
    Optional<String> headSystem = Optional.empty();

    @Option(names = "--base-classpath", paramLabel = "PATH",
            description = "The base build: a caxton-bench.jar or class path (default: this build).")
    Optional<String> baseClasspath = Optional.empty();

    @Option(names = "--head-classpath", paramLabel = "PATH",
            description = "The head build: a caxton-bench.jar or class path (default: this build).")
    Optional<String> headClasspath = Optional.empty();

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A system option of both sides; repeatable.")
    List<String> options = new ArrayList<>();

    @Option(names = "--base-option", paramLabel = "KEY=VALUE", description = "A system option of the base side only.")
    List<String> baseOptions = new ArrayList<>();

    @Option(names = "--head-option", paramLabel = "KEY=VALUE",
            description = "A system option of the head side only, for example slowdown.percent=10.")
    List<String> headOptions = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of both sides (default: "
            + AbRequest.DEFAULT_ROUNDS + "; a verdict at p < 0.01 needs at least 8).")
    int rounds = AbRequest.DEFAULT_ROUNDS;

    @Option(names = "--include", paramLabel = "REGEX", description = "Runs only the benchmarks whose name matches; repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Skips the benchmarks whose name matches; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "PERCENT", converter = CiCommand.ThresholdConverter.class,
            description = "The change within which every metric is unchanged (default: the configuration's, else 10%).")
    Optional<Double> threshold = Optional.empty();

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the rounds' order (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "An option of every side's JVM, e.g. -Xmx2g.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--round-limit", paramLabel = "DURATION", converter = PublishFlags.DurationConverter.class,
            description = "The most one side's JVM may take in one round (default: 30m).")
    Duration roundLimit = Duration.ofMinutes(30);

    @Option(names = "--output", paramLabel = "DIR", description = "The output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of(".caxton-bench");

    @Option(names = "--config", paramLabel = "FILE", description = "Targets and thresholds (default: OUTPUT/targets.conf if present).")
    Optional<Path> config = Optional.empty();

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = RunCommand.FailOnConverter.class,
            description = "What makes the exit code 1, as for compare (default: never).")
    FailPolicy failOn = FailPolicy.NEVER;

    AbCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        try {
            SuiteRunner.requireSuite(suite);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        for (String r : include) {
            requireRegex("--include", r);
        }
        for (String r : exclude) {
            requireRegex("--exclude", r);
        }
        Path outDir = invocation.resolve(output);
        Path dir = outDir.resolve("ab");
        AbRequest request;
        try {
            List<String> base = new ArrayList<>(options);
            base.addAll(baseOptions);
            List<String> head = new ArrayList<>(options);
            head.addAll(headOptions);
            request = new AbRequest(
                    new AbSide("base", baseClasspath.map(this::classPath), baseSystem.orElse(system), base),
                    new AbSide("head", headClasspath.map(this::classPath), headSystem.orElse(system), head),
                    suite, profile.label(), include, exclude, rounds, seed, jvmOptions, dir, roundLimit);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        ComparisonSettings settings = settings(outDir);
        invocation.err().println("caxton-bench: ab: " + rounds + " rounds of " + request.base().system() + " "
                + request.base().options() + " against " + request.head().system() + " " + request.head().options()
                + ", a fresh JVM per side and round");
        AbListener progress = (round, total, side, took) -> invocation.err().println(String.format(Locale.ROOT,
                "caxton-bench: round %d/%d %s: %.1f s", round, total, side, took.toMillis() / 1000.0));
        AbResult result = AbRunner.run(request, progress);
        Comparison comparison = Comparisons.paired(result.baseRounds(), result.headRounds(), settings);
        try {
            RunFiles.writeFile(dir.resolve("base.json"), Runs.pool(result.baseRounds()));
            RunFiles.writeFile(dir.resolve("head.json"), Runs.pool(result.headRounds()));
            AtomicFiles.writeString(dir.resolve("comparison.json"), ComparisonJson.write(comparison));
            String why = "A/B on one runner: " + result.baseRounds().size() + " interleaved rounds of base and head, "
                    + "a fresh JVM per side and round"
                    + comparison.medianDetectable().stream().mapToObj(d -> "; it could see changes of "
                    + String.format(Locale.ROOT, "%.1f%%", d * 100) + " or more (median over "
                    + comparison.countDetectable() + (comparison.countDetectable() == 1 ? " metric)" : " metrics)"))
                    .findFirst().orElse("");
            ReportInput input = new ReportInput(comparison, suite, why, java.util.Map.of(), reproduce(), Optional.empty());
            AtomicFiles.writeString(dir.resolve("report.md"), MarkdownReport.render(input, Reports.fileOptions()));
            invocation.out().print(TextReport.render(input, ReportOptions.defaults()
                    .withColour(invocation.style() == Style.COLOUR)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the A/B results to " + dir + ": " + e.getMessage(), e);
        }
        invocation.out().println();
        invocation.out().println("Results: " + invocation.show(dir) + " (base.json, head.json, comparison.json, report.md;"
                + " rounds and logs in rounds/ and logs/)");
        invocation.out().flush();
        return CompareCommand.verdict(invocation, failOn, comparison);
    }

    private String reproduce() {
        StringBuilder sb = new StringBuilder("./caxton-bench ab --suite " + suite + " --profile " + profile.label()
                + " --rounds " + rounds + " --seed " + seed);
        baseSystem.ifPresent(s -> sb.append(" --base-system ").append(s));
        headSystem.ifPresent(s -> sb.append(" --head-system ").append(s));
        if (baseSystem.isEmpty() || headSystem.isEmpty()) {
            sb.append(" --system ").append(system);
        }
        options.forEach(o -> sb.append(" --option ").append(o));
        baseOptions.forEach(o -> sb.append(" --base-option ").append(o));
        headOptions.forEach(o -> sb.append(" --head-option ").append(o));
        include.forEach(i -> sb.append(" --include '").append(i).append('\''));
        exclude.forEach(e -> sb.append(" --exclude '").append(e).append('\''));
        return sb.toString();
    }

    private String classPath(String given) {
        for (String entry : given.split(java.io.File.pathSeparator)) {
            if (!Files.exists(invocation.resolve(Path.of(entry)))) {
                throw new UsageException("The class path entry " + entry + " does not exist; give a built "
                        + "caxton-bench.jar (./mvnw -B package -DskipTests in that checkout builds action/target/caxton-bench.jar)");
            }
        }
        return String.join(java.io.File.pathSeparator, java.util.Arrays.stream(given.split(java.io.File.pathSeparator))
                .map(e -> invocation.resolve(Path.of(e)).toString()).toList());
    }

    private static void requireRegex(String flag, String regex) {
        try {
            java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new UsageException(flag + " '" + regex + "' is not a regular expression: " + e.getDescription());
        }
    }

    private ComparisonSettings settings(Path outDir) {
        return Defaults.settings(invocation, config, outDir, threshold);
    }
}
