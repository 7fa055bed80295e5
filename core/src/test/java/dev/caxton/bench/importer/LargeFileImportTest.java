package dev.caxton.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LargeFileImportTest {
    @Test
    void theBenchmarkFileIsFiveMegabytesOfValidJmhJsonWithRawData() {
        byte[] json = LargeJmhJson.generate(ImportBenchmark.FIVE_MB, 42).getBytes(StandardCharsets.UTF_8);

        ImportedFile f = Importers.parse(Path.of("large.json"), json, Format.JMH_JSON, Fixtures.options());

        assertThat(json.length).isBetween(ImportBenchmark.FIVE_MB, ImportBenchmark.FIVE_MB + 20_000);
        assertThat(f.measurements()).hasSizeGreaterThan(1000);
        assertThat(f.measurements()).filteredOn(m -> m.id().metric().equals("thrpt")).allMatch(m -> m.samples().size() == 100);
        assertThat(f.histograms()).isNotEmpty();
        assertThat(f.warnings()).isEmpty();
        assertThat(f.failures()).isEmpty();
    }
}
