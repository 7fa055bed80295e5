package dev.caxton.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;

import dev.caxton.bench.GoldenFiles;

/**
 * Seals the mapping of every fixture: each measurement as one line (id, unit, direction, value,
 * statistics, samples) and each histogram's count, compared with importer/golden/NAME.txt, read under
 * several default locales. To accept a deliberate change, run with -Dgolden.update=true and review the diff.
 */
class ImportGoldenTest {

    static List<String> fixtures() {
        return List.of("jmh/jmh-1.37-all-modes.json", "jmh/jmh-1.37-single-shot.json",
                "jmh/jmh-1.36-old-spelling-no-raw-data.json", "jmh/jmh-1.37.csv", "jmh/jmh-1.37-de.scsv", "jmh/jmh-fr.scsv",
                "criterion/criterion/router/route_1k/new/estimates.json", "bencher/cargo-bench.txt",
                "bencher/criterion-bencher.txt", "gab/units.json", "hlog/tagged-v1.3.hlog", "hlog/untagged-v1.2.hlog");
    }

    static String render(ImportedFile f) {
        StringBuilder sb = new StringBuilder();
        sb.append("format ").append(f.format().label()).append('\n');
        for (Measurement m : f.measurements()) {
            sb.append(m.id().canonical()).append(" | ").append(m.unit().label()).append(' ').append(m.direction().label())
                    .append(" | ").append(m.value()).append(" | n=").append(m.stats().n()).append(" mean=").append(m.stats().mean())
                    .append(" sd=").append(m.stats().stddev()).append(" min=").append(m.stats().min()).append(" max=")
                    .append(m.stats().max()).append(" ci=").append(m.stats().confidence()
                            .map(c -> "[" + c.lower() + ", " + c.upper() + "]@" + c.level()).orElse("none"))
                    .append(" | samples=").append(m.samples()).append('\n');
        }
        for (Map.Entry<String, LatencyDistribution> h : f.histograms().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toList())) {
            sb.append("histogram ").append(h.getKey()).append(" count=").append(h.getValue().count()).append('\n');
        }
        f.failures().forEach(x -> sb.append("failure ").append(x.benchmark()).append(": ").append(x.cause()).append('\n'));
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theMappingOfEachFixtureIsSealedInEveryLocale(String fixture) {
        for (String tag : GoldenFiles.LOCALES) {
            String actual = GoldenFiles.underLocale(tag, () -> render(Fixtures.read(fixture)));
            GoldenFiles.in("importer/golden").assertMatches(fixture.replace('/', '_') + ".txt", actual);
        }
    }
}
