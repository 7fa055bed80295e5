package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportResult;
import dev.caxton.bench.importer.Importers;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.ProgressListener;
import dev.caxton.bench.suite.RunRequest;

import dev.caxton.bench.GoldenFiles;

/**
 * {@code caxton-bench import} in-process with the real importers and run files, dated by a fixed
 * clock on the fixture environment. The input files are small fixtures copied into the working
 * directory, so messages name them relative to it.
 */
class ImportCommandTest {
    private static final GoldenFiles GOLDEN = GoldenFiles.besides(ImportCommandTest.class);

    private static final Map<String, String> GITHUB_PR = Map.of("GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567",
            "GITHUB_REF", "refs/pull/42/merge", "GITHUB_HEAD_REF", "faster-router");

    @TempDir
    Path dir;

    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "en-US"})
    void importsABencherFileIntoARunFileWithTheGitIdentityAndPrintsItsSummary(String locale) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(locale));
        fixture("cargo-bench.txt");

        Cli.Result r = cli(GITHUB_PR, "import", "cargo-bench.txt");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Run run = onlyRun(dir.resolve(".caxton-bench/runs"));
        assertThat(run.info().suite()).isEqualTo("bencher");
        assertThat(run.info().commit()).contains("0123456789abcdef0123456789abcdef01234567");
        assertThat(run.info().branch()).contains("faster-router");
        assertThat(run.info().pullRequest()).contains(42);
        assertThat(run.find(MetricId.of("bencher", "router::bench_route", "time")).orElseThrow().value()).isEqualTo(1203.0);
        String out = r.out().replace(run.info().runId().value(), "<run-id>");
        GOLDEN.assertMatches("import-bencher.txt", out);
    }

    @Test
    void importsFilesOfSeveralFormatsIntoOneRun() throws IOException {
        fixture("cargo-bench.txt");
        fixture("untagged-v1.2.hlog");
        Files.writeString(dir.resolve("gab.json"), "[{\"name\": \"route\", \"unit\": \"ops/sec\", \"value\": 125000.5, "
                + "\"range\": \"± 1200\"}]", StandardCharsets.UTF_8);

        Cli.Result r = cli("import", "cargo-bench.txt", "untagged-v1.2.hlog", "gab.json", "--output", "results");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Run run = onlyRun(dir.resolve("results/runs"));
        assertThat(run.info().suite()).isEqualTo("import");
        assertThat(run.measurements()).extracting(m -> m.id().suite()).containsOnly("bencher", "hdr", "gab");
        assertThat(run.histograms()).containsKey("hdr/untagged-v1.2/latency");
        assertThat(r.out()).contains("import suite · imported profile · imported")
                .contains("Run file: " + Path.of("results", "runs", run.info().runId() + ".json"));
    }

    @Test
    void importsACriterionFolderWithItsSamples() throws IOException {
        for (String f : List.of("benchmark.json", "estimates.json", "sample.json")) {
            fixture("criterion/router/route_1k/new/" + f);
        }

        Cli.Result r = cli("import", "criterion");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Run run = onlyRun(dir.resolve(".caxton-bench/runs"));
        assertThat(run.info().suite()).isEqualTo("criterion");
        assertThat(run.find(MetricId.of("criterion", "router/route/1k", "time")).orElseThrow().samples())
                .containsExactly(1210.0, 1200.0, 1190.0, 1210.0);
    }

    @Test
    void aBadFileAmongGoodOnesIsListedWithItsPositionAndTheGoodOnesAreImported() throws IOException {
        fixture("cargo-bench.txt");
        fixture("truncated.json");

        Cli.Result r = cli("import", "cargo-bench.txt", "truncated.json");

        assertThat(r.exitCode()).isEqualTo(1);
        Run run = onlyRun(dir.resolve(".caxton-bench/runs"));
        assertThat(run.measurements()).extracting(m -> m.id().suite()).containsOnly("bencher");
        assertThat(r.out()).contains("bencher suite").contains("router::bench_route/time");
        GOLDEN.assertMatches("import-bad-among-good.err.txt", r.err());
    }

    @Test
    void strictWritesNothingWhenAnyFileHasAProblem() throws IOException {
        fixture("cargo-bench.txt");
        fixture("truncated.json");

        Cli.Result r = cli("import", "--strict", "cargo-bench.txt", "truncated.json");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(dir.resolve(".caxton-bench")).doesNotExist();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("truncated.json: line ").contains("nothing was written: --strict");
    }

    @Test
    void strictImportsGoodFilesAsUsual() throws IOException {
        fixture("cargo-bench.txt");

        Cli.Result r = cli("import", "--strict", "cargo-bench.txt");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(onlyRun(dir.resolve(".caxton-bench/runs")).measurements()).hasSize(4);
    }

    @Test
    void anUndetectableFileNamesTheFormatsTriedAndHowToForceOne() throws IOException {
        fixture("unknown.txt");

        Cli.Result r = cli("import", "unknown.txt");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown.txt: cannot tell the format from the content; tried jmh-json, jmh-csv, ")
                .contains("Force one with --format F")
                .contains("nothing was imported, so no run file was written");
        assertThat(dir.resolve(".caxton-bench")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheKnownFormats() throws IOException {
        fixture("cargo-bench.txt");

        Cli.Result r = cli("import", "--format", "xml", "cargo-bench.txt");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown import format 'xml'. Known formats are: jmh-json, jmh-csv, jmh-scsv, "
                + "criterion, bencher, gab, gab-bigger, gab-smaller, hlog");
        assertThat(dir.resolve(".caxton-bench")).doesNotExist();
    }

    @Test
    void aForcedFormatIsUsedForEveryFile() throws IOException {
        fixture("cargo-bench.txt");

        Cli.Result forced = cli("import", "--format", "bencher", "cargo-bench.txt");
        Cli.Result wrong = cli("import", "--format", "jmh-json", "cargo-bench.txt");

        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("cargo-bench.txt: ").contains("(read as jmh-json)");
    }

    @Test
    void histogramLogValuesTakeTheUnitGiven() throws IOException {
        fixture("untagged-v1.2.hlog");

        Cli.Result r = cli("import", "--hlog-unit", "us", "untagged-v1.2.hlog");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Run run = onlyRun(dir.resolve(".caxton-bench/runs"));
        Measurement p50 = run.find(MetricId.of("hdr", "untagged-v1.2", "p50")).orElseThrow();
        assertThat(p50.unit()).isEqualTo(Unit.NANOSECONDS);
        assertThat(p50.value()).isCloseTo(2_501_000, withinPercentage(1)); // 2501 us, kept in ns
    }

    @Test
    void anHistogramLogUnitThatIsNoTimeIsAUsageError() throws IOException {
        fixture("untagged-v1.2.hlog");

        Cli.Result r = cli("import", "--hlog-unit", "bytes", "untagged-v1.2.hlog");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown unit 'bytes' for HdrHistogram log values. Known units are: ns, us, ms, s");
    }

    @Test
    void aMissingFileIsAUsageErrorAndNothingIsRead() throws IOException {
        fixture("cargo-bench.txt");

        Cli.Result r = cli("import", "cargo-bench.txt", "no-such.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no-such.json does not exist; check the path");
        assertThat(dir.resolve(".caxton-bench")).doesNotExist();
    }

    @Test
    void noFileIsAUsageError() {
        Cli.Result r = cli("import");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void aResultWithoutAValueIsRecordedAsAFailedBenchmarkAndExitsWithOne() throws IOException {
        fixture("jmh-1.36-old-spelling-no-raw-data.json");

        Cli.Result r = cli("import", "jmh-1.36-old-spelling-no-raw-data.json");

        assertThat(r.exitCode()).isEqualTo(1);
        Run run = onlyRun(dir.resolve(".caxton-bench/runs"));
        assertThat(run.failures()).hasSize(1);
        assertThat(r.out()).contains("1 benchmark failed:").contains("org.example.Router.drop");
        assertThat(r.err()).contains("1 result has no usable value");
    }

    @Test
    void theFormatStrictnessAndUnitReachTheImporter() throws IOException {
        fixture("untagged-v1.2.hlog");
        FakeEngine fake = new FakeEngine();

        Cli.run(dir, Map.of(), fake, "import", "--format", "hlog", "--strict", "--hlog-unit", "ms", "untagged-v1.2.hlog");

        assertThat(fake.importOptions).singleElement().satisfies(o -> {
            assertThat(o.format()).map(f -> f.label()).contains("hlog");
            assertThat(o.strict()).isTrue();
            assertThat(o.histogramLogUnit()).isEqualTo(Unit.MILLISECONDS);
        });
    }

    private Cli.Result cli(String... args) {
        return cli(Map.of(), args);
    }

    private Cli.Result cli(Map<String, String> env, String... args) {
        return Cli.run(dir, env, fixedEngine(), args);
    }

    /** The standard engine, except that imports are dated by the fixture clock on the fixture environment. */
    private static Engine fixedEngine() {
        Engine real = Engine.standard();
        return new Engine() {
            @Override
            public Run run(RunRequest request, ProgressListener listener) {
                return real.run(request, listener);
            }

            @Override
            public ImportResult importFiles(List<Path> files, ImportOptions options) {
                return Importers.importFiles(files, options.withClock(Fixtures.CLOCK), Fixtures.ENVIRONMENT);
            }

            @Override
            public Path write(Path runsDir, Run run) {
                return real.write(runsDir, run);
            }

            @Override
            public Grading grading(Optional<Path> file) {
                return real.grading(file);
            }
        };
    }

    private void fixture(String name) throws IOException {
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("import/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            Files.createDirectories(dir.resolve(name).getParent());
            Files.copy(in, dir.resolve(name));
        }
    }

    private static Run onlyRun(Path runs) throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(files).hasSize(1);
            return RunFiles.read(files.get(0));
        }
    }

}
