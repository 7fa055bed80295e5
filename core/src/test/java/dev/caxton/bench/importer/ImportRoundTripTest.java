package dev.caxton.bench.importer;

import static dev.caxton.bench.importer.Fixtures.file;
import static dev.caxton.bench.importer.Fixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunProfile;

class ImportRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatImportedTogetherSurvivesARunFile() {
        List<Path> files = List.of(file("jmh/jmh-1.37-all-modes.json"), file("jmh/jmh-1.36-old-spelling-no-raw-data.json"),
                file("criterion/criterion"), file("bencher/cargo-bench.txt"), file("gab/units.json"),
                file("hlog/tagged-v1.3.hlog"));

        ImportResult r = Importers.importFiles(files, options(), Fixtures.ENVIRONMENT);
        Run read = RunFiles.read(RunFiles.write(dir, r.run()));

        assertThat(read).isEqualTo(r.run());
        assertThat(read.info().suite()).isEqualTo("import");
        assertThat(read.info().system()).isEqualTo("imported");
        assertThat(read.info().profile()).isEqualTo(RunProfile.IMPORTED);
        assertThat(read.info().startedAt()).isEqualTo(Fixtures.CLOCK.instant());
        assertThat(read.failures()).hasSize(1);
        assertThat(read.histograms()).isNotEmpty();
    }

    @Test
    void aRunOfOneToolIsNamedAfterIt() {
        ImportResult r = Importers.importFiles(List.of(file("jmh/jmh-1.37.csv")), options(), Fixtures.ENVIRONMENT);

        assertThat(r.run().info().suite()).isEqualTo("jmh");
        assertThat(r.run().info().runId().value()).startsWith("20261126T170000Z-");
    }

    @Test
    void theSameMetricFromTwoFilesIsKeptOnceAndReported() {
        ImportResult r = Importers.importFiles(List.of(file("jmh/jmh-1.37.csv"), file("jmh/jmh-1.37.csv")), options(),
                Fixtures.ENVIRONMENT);

        assertThat(r.run().measurements()).doesNotHaveDuplicates();
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("already imported"));
    }
}
