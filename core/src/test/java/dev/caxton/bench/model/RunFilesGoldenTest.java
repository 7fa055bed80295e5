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

import dev.caxton.bench.GoldenFiles;

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
    void writesTheGoldenFileByteForByteUnderEveryDefaultLocale() {
        Run run = RunFixtures.goldenRun();
        for (String tag : List.of("en-US", "de-DE", "tr-TR", "ar-EG", "hi-IN-u-nu-deva")) {
            String written = GoldenFiles.underLocale(tag, () -> read(RunFiles.write(dir.resolve(tag), run)));
            GoldenFiles.in("golden").assertMatches("run-v1.json", written);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
