package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size goal of issue 4 (the page size is deterministic, so a test may hold it; render time is not). */
class DashboardSizeTest {

    @Test
    void twoHundredMetricsOfAThousandRunsWeighAtMostFiveMegabytes() {
        String html = Dashboard.withDefaults().render(Fixtures.synthetic(200, 1_000, 42));

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(5_000_000);
        assertThat(html).contains("200 series · 1000 runs");
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNoTemporaryFileBehind(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("out/dashboard.html");
        Dashboard dashboard = Dashboard.withDefaults();
        dashboard.write(Fixtures.synthetic(3, 20, 1), file);

        dashboard.write(Fixtures.small(), file);

        assertThat(Files.readString(file)).isEqualTo(dashboard.render(Fixtures.small()));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("dashboard.html"));
        }
    }
}
