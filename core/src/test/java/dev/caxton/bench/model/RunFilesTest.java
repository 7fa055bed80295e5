package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {
    @TempDir
    Path dir;

    private String golden() throws IOException {
        return Files.readString(RunFiles.write(dir, RunFixtures.goldenRun()), StandardCharsets.UTF_8);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("broken.json"), content, StandardCharsets.UTF_8);
    }

    private RunFileException readError(String content) throws IOException {
        Path f = file(content);
        try {
            RunFiles.read(f);
        } catch (RunFileException e) {
            assertThat(e.file()).isEqualTo(f);
            assertThat(e.getMessage()).contains(f.toString());
            return e;
        }
        throw new AssertionError("expected a RunFileException for:\n" + content);
    }

    @Test
    void writingTheSameRunIdAgainReplacesTheFile() throws IOException {
        Run first = RunFixtures.goldenRun();
        RunFiles.write(dir, first);
        Run second = new Run(first.info(), List.of(), Map.of(), List.of());

        Path file = RunFiles.write(dir, second);

        assertThat(RunFiles.read(file)).isEqualTo(second);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNoteIsWrittenOnlyWhenPresentAndReadBackWithItsLineBreaks() throws IOException {
        Measurement plain = Measurement.of(MetricId.of("gab", "cpu", "value"), Unit.PERCENT, 50);
        Measurement noted = Measurement.of(MetricId.of("gab", "mem", "value"), Unit.BYTES, 100)
                .withNote("Value for Tooltip: 25\nthreads: \"4\"");
        Run run = new Run(RunFixtures.info(), List.of(plain, noted), Map.of(), List.of());

        Path file = RunFiles.write(dir, run);

        assertThat(Files.readString(file)).containsOnlyOnce("\"note\"")
                .contains("\"note\": \"Value for Tooltip: 25\\nthreads: \\\"4\\\"\"");
        assertThat(RunFiles.read(file)).isEqualTo(run);
        assertThat(RunFiles.read(file).measurements().get(1).note()).contains("Value for Tooltip: 25\nthreads: \"4\"");
    }

    @Test
    void absentOptionalsAreWrittenAsNullAndReadBackAsEmpty() throws IOException {
        RunInfo i = RunFixtures.info();
        Run run = new Run(new RunInfo(i.runId(), i.startedAt(), Optional.empty(), Optional.empty(), Optional.empty(),
                i.environment(), i.suite(), i.profile(), i.system(), Optional.of(new Shard(2, 4))), List.of(), Map.of(), List.of());

        Path file = RunFiles.write(dir, run);

        assertThat(Files.readString(file)).contains("\"commit\": null", "\"pullRequest\": null", "\"shard\": \"2/4\"");
        assertThat(RunFiles.read(file)).isEqualTo(run);
    }

    @Test
    void missingOptionalFieldsAndUnknownExtraFieldsAreAccepted() throws IOException {
        String json = golden()
                .replace("\"commit\": \"0123456789abcdef0123456789abcdef01234567\",\n", "")
                .replace("\"pullRequest\": 42,", "\"pullRequest\": 42, \"laterAddition\": {\"x\": [1, 2]},")
                .replace("\"schema\": \"caxton-bench.run/1\",", "\"schema\": \"caxton-bench.run/1\", \"extra\": true,");

        Run read = RunFiles.read(file(json));

        assertThat(read.info().commit()).isEmpty();
        assertThat(read.measurements()).isEqualTo(RunFixtures.goldenRun().measurements());
    }

    @Test
    void theFingerprintIsDerivedSoAnEditedOneIsIgnored() throws IOException {
        String json = golden().replace("\"fingerprint\": \"00559934738a\"", "\"fingerprint\": \"edited\"");

        assertThat(RunFiles.read(file(json))).isEqualTo(RunFixtures.goldenRun());
    }

    @Test
    void nullDocumentIsRefused() throws IOException {
        assertThat(readError("null").getMessage()).contains("expected a run object (a JSON object) but found null.");
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws IOException {
        RunFileException e = readError("{\n  \"schema\": \"caxton-bench.run/1\",\n  \"info\": {,\n}");

        assertThat(e.location()).isEqualTo("line 3, column 12");
        assertThat(e.getMessage()).contains("malformed JSON", "line 3, column 12", "Fix the file");
    }

    @Test
    void emptyFileSaysWhatARunFileLooksLike() throws IOException {
        assertThat(readError("").getMessage()).contains("empty", "caxton-bench.run/1");
    }

    @Test
    void trailingContentAfterTheRunIsAnError() throws IOException {
        assertThat(readError(golden() + "{}").getMessage()).contains("malformed JSON");
    }

    @Test
    void duplicateKeysAreAnError() throws IOException {
        String json = golden().replace("\"profile\": \"quick\",", "\"profile\": \"quick\", \"profile\": \"full\",");

        assertThat(readError(json).getMessage()).contains("malformed JSON", "profile");
    }

    @Test
    void anotherSchemaVersionIsRefusedWithTheVersionsNamed() throws IOException {
        RunFileException e = readError(golden().replace("caxton-bench.run/1", "caxton-bench.run/2"));

        assertThat(e.location()).isEqualTo("$.schema");
        assertThat(e.getMessage()).contains("caxton-bench.run/2", "caxton-bench.run/1", "another version");
    }

    @Test
    void aFileWithoutSchemaIsNotARunFile() throws IOException {
        RunFileException e = readError("{\"info\": {}}");

        assertThat(e.location()).isEqualTo("$.schema");
        assertThat(e.getMessage()).contains("missing", "does not look like a caxton-bench run file");
    }

    @Test
    void topLevelArrayIsRefused() throws IOException {
        assertThat(readError("[1, 2]").getMessage()).contains("at $:", "expected a run object", "array");
    }

    @Test
    void missingRequiredFieldNamesItsPath() throws IOException {
        RunFileException e = readError(golden().replace("\"runId\": \"20261126T162437Z-a1b2c3\",", ""));

        assertThat(e.location()).isEqualTo("$.info.runId");
        assertThat(e.getMessage()).contains("required field 'runId' is missing");
    }

    @Test
    void unknownUnitLabelListsTheKnownUnits() throws IOException {
        RunFileException e = readError(golden().replace("\"unit\": \"bytes\"", "\"unit\": \"furlongs\""));

        assertThat(e.location()).isEqualTo("$.measurements[7].unit");
        assertThat(e.getMessage()).contains("'furlongs'", "Known units are: msg/s, ops/s, ns");
    }

    @Test
    void unknownDirectionLabelListsTheKnownDirections() throws IOException {
        RunFileException e = readError(golden().replaceFirst("\"direction\": \"higher\"", "\"direction\": \"up\""));

        assertThat(e.location()).isEqualTo("$.measurements[0].direction");
        assertThat(e.getMessage()).contains("'up'", "higher, lower");
    }

    @Test
    void wrongTypeNamesWhatWasExpectedAndFound() throws IOException {
        RunFileException e = readError(golden().replace("\"cores\": 2,", "\"cores\": \"two\","));

        assertThat(e.location()).isEqualTo("$.info.environment.cores");
        assertThat(e.getMessage()).contains("expected a whole number", "\"two\"");
    }

    @Test
    void aNumberThatIsNotOneOfTheNonFiniteNamesIsRefused() throws IOException {
        RunFileException e = readError(golden().replace("\"mean\": \"NaN\"", "\"mean\": \"nan\""));

        assertThat(e.location()).isEqualTo("$.measurements[9].stats.mean");
        assertThat(e.getMessage()).contains("\"NaN\", \"Infinity\", \"-Infinity\"");
    }

    @Test
    void badMetricIdNamesTheMeasurementAndTheColumn() throws IOException {
        RunFileException e = readError(golden().replace("agent/memory/bytes-per-agent", "agent/memory"));

        assertThat(e.location()).isEqualTo("$.measurements[7].id");
        assertThat(e.getMessage()).contains("column 13", "suite/benchmark/metric");
    }

    @Test
    void invalidValueInsideARecordNamesThePath() throws IOException {
        RunFileException e = readError(golden().replace("\"runId\": \"20261126T162437Z-a1b2c3\"",
                "\"runId\": \"has space\""));

        assertThat(e.location()).isEqualTo("$.info.runId");
        assertThat(e.getMessage()).contains("'has space'");
    }

    @Test
    void badTimestampShowsTheExpectedForm() throws IOException {
        RunFileException e = readError(golden().replace("2026-11-26T16:24:37.123456789Z", "yesterday"));

        assertThat(e.location()).isEqualTo("$.info.startedAt");
        assertThat(e.getMessage()).contains("'yesterday'", "ISO-8601");
    }

    @Test
    void corruptHistogramNamesItsKey() throws IOException {
        RunFileException e = readError(golden().replace("HISTFAAAAJN4", "garbage!"));

        assertThat(e.location()).isEqualTo("$.histograms['agent/request-response/latency[rate=200000]']");
        assertThat(e.getMessage()).contains("Not a base64 compressed HdrHistogram");
    }

    @Test
    void missingFileIsAnIoErrorNamingThePath() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> RunFiles.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void unpairedSurrogateIsRefusedOnWritingWithItsPath() {
        RunInfo i = RunFixtures.info();
        // a name with one cannot be built at all (Names); free text such as a note is checked on writing
        Run run = new Run(i, List.of(Measurement.of(MetricId.of("s", "b", "m"), Unit.COUNT, 1).withNote("x\uD800")),
                Map.of(), List.of());

        assertThatThrownBy(() -> RunFiles.write(dir, run))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$.measurements[0].note")
                .hasMessageContaining("unpaired UTF-16 surrogate");
        assertThat(dir.resolve(i.runId() + ".json")).doesNotExist();
    }
}
