package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.LatencyRecorder;
import dev.caxton.bench.model.Run;

class HistogramStoreTest {
    @TempDir
    Path dir;

    static LatencyDistribution distribution(long seed, int n) {
        LatencyRecorder r = new LatencyRecorder();
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            r.recordNanos(1_000 + (long) (Math.abs(random.nextGaussian()) * 50_000 * (1 + seed)));
        }
        return r.snapshot();
    }

    @Test
    void distributionsReadBackEqualAndMergeExactly() throws Exception {
        String odd = "agent/latency/latency[agents=10,mode=a b%]";
        Map<String, LatencyDistribution> a = Map.of("agent/latency/latency", distribution(1, 10_000), odd, distribution(2, 500));
        Map<String, LatencyDistribution> b = Map.of("agent/latency/latency", distribution(3, 7_000));
        Run runA = new Run(TestRuns.info("ra", "2026-11-20T10:00:00Z", "c", "main"), List.of(), a, List.of());
        Run runB = new Run(TestRuns.info("rb", "2026-11-20T11:00:00Z", "c", "main"), List.of(), b, List.of());
        Path fileA = HistogramStore.write(dir, runA).orElseThrow();
        HistogramStore.write(dir, runB);
        assertThat(fileA).isEqualTo(dir.resolve("ra.hlog"));
        assertThat(Files.readString(fileA)).contains("Tag=agent/latency/latency[agents=10%2Cmode=a%20b%25],");
        assertThat(HistogramStore.read(dir, "ra")).isEqualTo(a);
        assertThat(HistogramStore.read(dir, "rb")).isEqualTo(b);
        LatencyDistribution merged = HistogramStore.read(dir, "ra").get("agent/latency/latency")
                .merge(HistogramStore.read(dir, "rb").get("agent/latency/latency"));
        assertThat(merged).isEqualTo(a.get("agent/latency/latency").merge(b.get("agent/latency/latency")));
        assertThat(merged.count()).isEqualTo(17_000);
        assertThat(HistogramStore.runIds(dir)).containsExactly("ra", "rb");
        assertThat(HistogramStore.read(dir, "none")).isEmpty();
    }
}
