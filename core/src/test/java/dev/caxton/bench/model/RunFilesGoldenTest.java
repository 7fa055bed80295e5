package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals the run file format with {@code src/test/resources/golden/run-v1.json}.
 *
 * <p>To regenerate the golden file after an intended format change (and then review the diff):
 * <pre>./mvnw -B -q -pl core test -Dtest=RunFilesGoldenTest -Dgolden.update=true</pre>
 * A change that old readers cannot read needs a new schema version and a new golden file; keep
 * the old one and the test that reads it.
 */
class RunFilesGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/run-v1.json");

    @TempDir
    Path dir;

    @Test
    void writesTheGoldenFileByteForByteUnderEveryDefaultLocale() throws IOException {
        Run run = RunFixtures.goldenRun();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, Files.readAllBytes(RunFiles.write(dir, run)));
        }
        byte[] expected = Files.readAllBytes(GOLDEN);
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
                    Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"))) {
                Locale.setDefault(locale);
                Path written = RunFiles.write(dir.resolve(locale.toLanguageTag()), run);
                assertThat(new String(Files.readAllBytes(written), StandardCharsets.UTF_8))
                        .as("run file written under locale %s", locale)
                        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
                assertThat(Files.readAllBytes(written)).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void readsTheVersion1GoldenFileBackToTheRunItWasWrittenFrom() {
        assertThat(RunFiles.read(GOLDEN)).isEqualTo(RunFixtures.goldenRun());
    }

    @Test
    void fixedHistogramEncodingHoldsExactlyWhatTheRecorderRecorded() {
        assertThat(LatencyDistribution.decode(RunFixtures.LATENCY_ENCODED))
                .isEqualTo(RunFixtures.recordedLatencies().snapshot());
    }

    @Test
    void writtenFileIsNamedAfterTheRunIdAndLeavesNoTemporaryFileBehind() throws IOException {
        Path file = RunFiles.write(dir.resolve("runs/nested"), RunFixtures.goldenRun());

        assertThat(file).isEqualTo(dir.resolve("runs/nested/20261126T162437Z-a1b2c3.json"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
