package dev.caxton.bench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random runs, with awkward names and extreme doubles, survive the run file exactly. */
class RunRoundTripPropertiesTest {

    @Property(tries = 400)
    void aRunReadsBackEqualFromItsJson(@ForAll("runs") Run run) {
        byte[] json = RunJson.write(run);

        Run read = RunJson.read(json, Path.of("property.json"));

        assertThat(read).isEqualTo(run);
        assertThat(RunJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 1000)
    void aMetricIdParsesBackFromItsCanonicalForm(@ForAll("metricIds") MetricId id) {
        assertThat(MetricId.parse(id.canonical())).isEqualTo(id);
    }

    @Property(tries = 200)
    void mergingShardHistogramsEqualsRecordingEverythingInOneRecorder(
            @ForAll("latencyLists") List<Long> first, @ForAll("latencyLists") List<Long> second) {
        LatencyRecorder a = new LatencyRecorder();
        LatencyRecorder b = new LatencyRecorder();
        LatencyRecorder all = new LatencyRecorder();
        first.forEach(v -> { a.recordNanos(v); all.recordNanos(v); });
        second.forEach(v -> { b.recordNanos(v); all.recordNanos(v); });

        assertThat(a.snapshot().merge(b.snapshot())).isEqualTo(all.snapshot());
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<List<Long>> latencyLists() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 10_000_000)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(Long.MIN_VALUE, Long.MAX_VALUE)))
                .list().ofMaxSize(50);
    }

    @Provide
    Arbitrary<MetricId> metricIds() {
        return Combinators.combine(part(), part(), part(), Arbitraries.maps(part(), name(0)).ofMaxSize(3))
                .as(MetricId::of);
    }

    @Provide
    Arbitrary<Run> runs() {
        Arbitrary<Map<String, LatencyDistribution>> histograms = Arbitraries.maps(
                metricIds().map(MetricId::canonical), latencyLists().map(RunRoundTripPropertiesTest::distribution))
                .ofMaxSize(2);
        Arbitrary<BenchmarkFailure> failure = Combinators.combine(name(0), name(0), text(0)).as(BenchmarkFailure::new);
        return Combinators.combine(infos(), measurements().list().ofMaxSize(5), histograms, failure.list().ofMaxSize(2))
                .as(Run::new);
    }

    private static LatencyDistribution distribution(List<Long> values) {
        LatencyRecorder r = new LatencyRecorder();
        values.forEach(r::recordNanos);
        return r.snapshot();
    }

    private Arbitrary<RunInfo> infos() {
        Arbitrary<String> runId = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars("._-").ofMinLength(1).ofMaxLength(30);
        Arbitrary<Instant> instant = Combinators.combine(
                Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
        Arbitrary<Environment> env = Combinators.combine(text(0), Arbitraries.integers(), Arbitraries.longs(), text(0),
                text(0), text(0), text(1).list().ofMaxSize(4)).as(Environment::new);
        Arbitrary<Optional<String>> optionalText = text(0).optional();
        Arbitrary<RunProfile> profile = Arbitraries.oneOf(Arbitraries.of(Profile.class).map(RunProfile::of),
                text(1).filter(t -> !t.isBlank() && t.strip().equals(t) && t.chars().noneMatch(Character::isISOControl)
                        && Arrays.stream(Profile.values()).noneMatch(p -> p.label().equals(t))).map(RunProfile::parse));
        Arbitrary<Optional<Shard>> shard = Arbitraries.integers().between(1, 999_999)
                .flatMap(n -> Arbitraries.integers().between(1, n).map(i -> new Shard(i, n))).optional();
        return Combinators.combine(runId.map(RunId::new), instant, optionalText, optionalText,
                        Arbitraries.integers().optional(), env, Combinators.combine(name(0), name(0)).as(List::of),
                        Combinators.combine(profile, shard).as(Map::entry))
                .as((id, at, commit, branch, pr, e, what, how) -> new RunInfo(id, at, commit, branch, pr, e,
                        what.get(0), how.getKey(), what.get(1), how.getValue()));
    }

    private Arbitrary<Measurement> measurements() {
        return Combinators.combine(metricIds(), Arbitraries.of(Unit.class), Arbitraries.of(Direction.class),
                        anyDouble().filter(d -> !Double.isNaN(d)), statistics(), anyDouble().list().ofMaxSize(6))
                .as(Measurement::new);
    }

    private Arbitrary<Statistics> statistics() {
        Arbitrary<ConfidenceInterval> ci = Combinators.combine(
                        anyDouble().filter(d -> !Double.isNaN(d)), anyDouble().filter(d -> !Double.isNaN(d)),
                        Arbitraries.doubles().between(0.0, false, 1.0, false).ofScale(15)
                                .filter(l -> l > 0 && l < 1))
                .as((x, y, level) -> new ConfidenceInterval(Math.min(x, y), Math.max(x, y), level));
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), anyDouble(),
                        anyDouble().map(Math::abs), anyDouble(), anyDouble(), ci.optional())
                .as((n, mean, sd, x, y, c) -> n > 0 && x > y
                        ? new Statistics(n, mean, sd, y, x, c) : new Statistics(n, mean, sd, x, y, c));
    }

    /** Every double: random bit patterns (NaN payloads too), plain values, and the edge cases. */
    private static Arbitrary<Double> anyDouble() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().map(Double::longBitsToDouble)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().ofScale(12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.NaN, 0.1 + 0.2, 1e23, 2e-3, 9007199254740993.0,
                        4.9e-324, 1.0E-5, 123456789012345678.0)));
    }

    /** A metric id part: never blank, full of the characters the canonical form escapes, and unicode. */
    private static Arbitrary<String> part() {
        return name(1).filter(s -> !s.isBlank());
    }

    /** Text that the rule for names lets through: no control characters. */
    private static Arbitrary<String> name(int minLength) {
        return text(minLength).map(s -> s.replaceAll("\\p{Cc}", "_"));
    }

    /** Text with the escaped characters, whitespace, control characters, accents, CJK and emoji (surrogate pairs). */
    private static Arbitrary<String> text(int minLength) {
        Arbitrary<String> chars = Arbitraries.strings().withChars("/[],=\\ \"'\t\n\u0000\u007f")
                .withCharRange('a', 'z').withCharRange('0', '9').withChars("äöüßÅΩ€\u2028")
                .withCharRange('\u4e00', '\u4e10').ofMinLength(minLength).ofMaxLength(10);
        return Combinators.combine(chars, Arbitraries.of("", "", "", "\uD83D\uDE42", "\uD835\uDD38"))
                .as((s, emoji) -> s + emoji);
    }
}
