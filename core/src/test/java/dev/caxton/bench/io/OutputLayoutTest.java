package dev.caxton.bench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class OutputLayoutTest {
    @Test
    void theDefaultFolderHoldsTheFilesTheDocumentationNames() {
        OutputLayout d = OutputLayout.DEFAULT;

        assertThat(d.root()).isEqualTo(Path.of(".caxton-bench"));
        assertThat(d.runs()).isEqualTo(Path.of(".caxton-bench/runs"));
        assertThat(d.histograms()).isEqualTo(Path.of(".caxton-bench/histograms"));
        assertThat(d.history()).isEqualTo(Path.of(".caxton-bench/history.csv"));
        assertThat(d.baselines()).isEqualTo(Path.of(".caxton-bench/baselines"));
        assertThat(d.markdownReport()).isEqualTo(Path.of(".caxton-bench/report.md"));
        assertThat(d.textReport()).isEqualTo(Path.of(".caxton-bench/report.txt"));
        assertThat(d.dashboard()).isEqualTo(Path.of(".caxton-bench/dashboard.html"));
        assertThat(d.targets()).isEqualTo(Path.of(".caxton-bench/targets.conf"));
    }

    @Test
    void aSystemsReportNameKeepsOnlySafeCharacters() {
        assertThat(new OutputLayout(Path.of("out")).markdownReport("my system/v2"))
                .isEqualTo(Path.of("out/report-my_system_v2.md"));
    }

    @Test
    void aHistoryElsewhereKeepsItsFilesBesideIt() {
        OutputLayout beside = OutputLayout.ofHistory(Path.of("/data/bench/nightly.csv"));

        assertThat(beside.root()).isEqualTo(Path.of("/data/bench"));
        assertThat(beside.histograms()).isEqualTo(Path.of("/data/bench/histograms"));
        assertThat(beside.baselines()).isEqualTo(Path.of("/data/bench/baselines"));
        assertThat(OutputLayout.ofHistory(Path.of("h.csv")).root()).isEqualTo(Path.of("").toAbsolutePath());
    }
}
