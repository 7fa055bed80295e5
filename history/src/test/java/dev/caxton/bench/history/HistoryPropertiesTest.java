package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/** Round trip, merge and prune properties over random runs. */
class HistoryPropertiesTest {

    private final List<Path> dirs = new ArrayList<>();

    private Path tempDir() {
        try {
            Path d = Files.createTempDirectory("history-props");
            dirs.add(d);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterProperty
    void deleteTempDirs() throws IOException {
        for (Path d : dirs) {
            try (var files = Files.walk(d)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        dirs.clear();
    }

    @Provide
    Arbitrary<List<Run>> runs() {
        return run().list().ofMinSize(0).ofMaxSize(6).uniqueElements(r -> r.info().runId());
    }

    private static Arbitrary<String> text() {
        // printable text with the characters that need quoting or escaping, never a line break
        return Arbitraries.strings().withChars("ab,\"/[]=\\;% é\u00e9\u4e2d-").withCharRange('a', 'z').ofMinLength(1)
                .ofMaxLength(12).filter(s -> !s.isBlank());
    }

    private static Arbitrary<Double> number() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(0.0, -0.0, 1e-300, Double.MAX_VALUE,
                Double.MIN_VALUE, 123456789.123456789, Double.POSITIVE_INFINITY));
    }

    private static Arbitrary<Measurement> measurement() {
        Arbitrary<MetricId> id = Combinators.combine(text(), text(), text(), Arbitraries.maps(text(), text()).ofMaxSize(2))
                .as((b, m, p, params) -> MetricId.of("s", b, m, new TreeMap<>(params)));
        Arbitrary<Statistics> stats = Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
                        Arbitraries.doubles().between(-1e9, 1e9), Arbitraries.doubles().between(0, 1e6),
                        Arbitraries.doubles().between(0, 1e3), Arbitraries.of(true, false))
                .as((n, mean, sd, half, ci) -> new Statistics(n, mean, sd, mean - half, mean + half,
                        ci ? Optional.of(new ConfidenceInterval(mean - half, mean + half, 0.95)) : Optional.empty()));
        return Combinators.combine(id, Arbitraries.of(Unit.class), Arbitraries.of(Direction.class), number(), stats,
                        number().list().ofMaxSize(4))
                .as(Measurement::new);
    }

    private static Arbitrary<Run> run() {
        Arbitrary<Environment> env = Combinators.combine(text(), Arbitraries.integers().between(1, 256), text(),
                        Arbitraries.<List<String>>of(List.of(), List.of("-Xmx1g"), List.of("-XX:+UseZGC", "-Xss512k")))
                .as((cpu, cores, os, flags) -> new Environment(cpu, cores, 1L << 33, os, "vendor", "17", flags));
        Arbitrary<RunInfo> info = Combinators.combine(Arbitraries.strings().withCharRange('a', 'f').ofLength(8),
                        Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(0, 999_999_999),
                        text().optional(), Arbitraries.of("main", "dev", "feature/x").optional(),
                        Arbitraries.integers().between(1, 99999).optional(), env)
                .as((id, sec, nanos, commit, branch, pr, e) -> new RunInfo(new RunId(id), Instant.ofEpochSecond(sec, nanos), commit,
                        branch, pr, e, "suite", RunProfile.of(Profile.QUICK), "system", Optional.empty()));
        return Combinators.combine(info, measurement().list().ofMinSize(1).ofMaxSize(5)
                        .uniqueElements(m -> m.id().canonical()))
                .as((i, ms) -> new Run(i, ms, Map.of(), List.of()));
    }

    private static Path write(Path dir, String name, List<Run> runs) {
        Path f = dir.resolve(name);
        runs.forEach(r -> HistoryFile.append(f, r));
        return f;
    }

    private static List<HistoryRow> rows(List<Run> runs) {
        List<HistoryRow> out = new ArrayList<>();
        for (Run r : runs) {
            r.measurements().forEach(m -> out.add(new HistoryRow(r.info(), r.measurements().size(), m)));
        }
        return out;
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void appendedRunsReadBackAsEqualRows(@ForAll("runs") List<Run> runs) {
        Path f = write(tempDir(), "h.csv", runs);
        HistoryReadResult read = HistoryFile.read(f, ReadMode.STRICT);
        assertThat(read.warnings()).isEmpty();
        assertThat(read.rows()).isEqualTo(rows(runs));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void mergeIsCommutativeAndIdempotent(@ForAll("runs") List<Run> x, @ForAll("runs") List<Run> y) throws IOException {
        Set<RunId> xIds = new HashSet<>();
        x.forEach(r -> xIds.add(r.info().runId()));
        List<Run> yOnly = y.stream().filter(r -> !xIds.contains(r.info().runId())).toList();
        // share some runs between the two sides, as two branches of one history do
        List<Run> bSide = new ArrayList<>(yOnly);
        if (!x.isEmpty()) {
            bSide.add(x.get(0));
        }
        Path dir = tempDir();
        Path a = write(dir, "a.csv", x);
        Path b = write(dir, "b.csv", bSide);
        HistoryMerge.merge(a, b, dir.resolve("ab.csv"));
        HistoryMerge.merge(b, a, dir.resolve("ba.csv"));
        HistoryMerge.merge(dir.resolve("ab.csv"), dir.resolve("ab.csv"), dir.resolve("abab.csv"));
        HistoryMerge.merge(dir.resolve("ab.csv"), a, dir.resolve("aba.csv"));
        byte[] ab = Files.readAllBytes(dir.resolve("ab.csv"));
        assertThat(Files.readAllBytes(dir.resolve("ba.csv"))).isEqualTo(ab);
        assertThat(Files.readAllBytes(dir.resolve("abab.csv"))).isEqualTo(ab);
        assertThat(Files.readAllBytes(dir.resolve("aba.csv"))).isEqualTo(ab);
        List<Run> all = new ArrayList<>(x);
        all.addAll(yOnly);
        List<HistoryRow> expected = rows(all);
        expected.sort(HistoryMerge.ORDER);
        assertThat(HistoryFile.read(dir.resolve("ab.csv"), ReadMode.STRICT).rows()).isEqualTo(expected);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void pruneKeepsWholeRunsAndOnlyTheNewest(@ForAll("runs") List<Run> runs, @ForAll @IntRange(max = 7) int keep) {
        Path f = write(tempDir(), "h.csv", runs);
        HistoryPrune.prune(f, new HistoryPrune.KeepLast(keep), Optional.empty());
        List<Run> newest = runs.stream().sorted(Comparator.comparing(Run::info, History.CHRONOLOGICAL).reversed())
                .limit(keep).toList();
        Set<RunId> kept = new HashSet<>();
        newest.forEach(r -> kept.add(r.info().runId()));
        List<HistoryRow> expected = rows(runs.stream().filter(r -> kept.contains(r.info().runId())).toList());
        assertThat(HistoryFile.read(f, ReadMode.STRICT).rows()).isEqualTo(expected);
    }
}
