package dev.caxton.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.RunFiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A fuzzer of our own over every importer (issue 12, item 6): fixtures of each format, mutated by
 * flipped bytes, cuts, repeats and hostile tokens (lone surrogates, control characters, numbers beyond
 * a double, NaN and infinities, JSON nested 2,000 deep), end in a result or in an
 * {@link ImportException} with a message, never in another exception. The case count is bounded
 * (a few seconds per property); an input that once broke a reader is kept under
 * {@code src/test/resources/fuzz-corpus/<format>/} and replayed by {@link FuzzCorpusTest}.
 */
class ImporterFuzzTest {
    private static final String DEEP = "[".repeat(2_000) + "]".repeat(2_000);
    private static final List<String> HOSTILE = List.of("\"\\ud800\"", "\\ud800", "\\udfff\\ud800", "\uFFFD", "1e309",
            "-1e309", "1e-400", "NaN", "\"NaN\"", "\"+INF\"", "\"-INF\"", "Infinity", "\n", "\r", "\t", "\u0000", "\u001b[2J",
            "\"", ",", ";", "[", "]", "{", "}", ":", "null", "true", "-0", "99999999999999999999999", "0x1F", "1,5", "\\",
            DEEP, "{\"a\":" .repeat(1_500), "HISTFAAAAA", "Tag=", "bench:", "test x ... bench: ", " ns/iter", "±", "%");

    /** A message is in words: no Java class of ours or a library's ("InvocationTargetException", "java.nio..."). */
    static final String JAVA_WORDS = "(java|com\\.fasterxml|org\\.HdrHistogram)\\.[a-z]|[A-Z][A-Za-z]*(Exception|Error)\\b";

    record Seed(String fixture, Format format) {}

    record Mutation(int kind, double where, double length, String token) {}

    @Property(tries = 400)
    void everyMutatedInputEndsInAResultOrAnImportException(@ForAll("seeds") Seed seed,
                                                           @ForAll("mutations") List<Mutation> mutations,
                                                           @ForAll("formats") Optional<Format> other) throws IOException {
        byte[] content = Files.readAllBytes(Fixtures.file(seed.fixture()));
        for (Mutation m : mutations) {
            content = apply(content, m);
        }
        endsInAResultOrAnImportException(Path.of(seed.fixture()), content, other.orElse(seed.format()));
    }

    /**
     * HdrHistogram logs compress their payload, so flipped characters of the base64 seldom get past
     * the inflater: this corrupts the payload inside the compression (its header fields and counts)
     * and compresses it again, which is where HdrHistogram's own decoder throws.
     */
    @Property(tries = 300)
    void histogramsCorruptedInsideTheirCompressionEndInAnImportException(
            @ForAll("offsets") List<Integer> offsets, @ForAll("bytes") List<Byte> values) {
        org.HdrHistogram.Histogram h = new org.HdrHistogram.Histogram(3);
        for (long v = 1; v < 1_000_000; v = v * 3 + 7) {
            h.recordValueWithCount(v, v % 5 + 1);
        }
        java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoByteBuffer(raw);
        byte[] payload = java.util.Arrays.copyOf(raw.array(), length);
        for (int i = 0; i < offsets.size(); i++) {
            payload[Math.floorMod(offsets.get(i), payload.length)] = values.get(i % values.size());
        }
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(payload);
        deflater.finish();
        byte[] compressed = new byte[payload.length + 64];
        int n = deflater.deflate(compressed);
        deflater.end();
        java.nio.ByteBuffer framed = java.nio.ByteBuffer.allocate(8 + n);
        framed.putInt(0x1c849304).putInt(n).put(compressed, 0, n); // HdrHistogram's compressed V2 cookie
        String line = "0.000,1.000,2.000," + java.util.Base64.getEncoder().encodeToString(framed.array()) + "\n";

        endsInAResultOrAnImportException(Path.of("corrupt.hlog"), line.getBytes(StandardCharsets.UTF_8), Format.HDR_LOG);
    }

    @Provide
    Arbitrary<List<Integer>> offsets() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 10_000))).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Byte>> bytes() {
        return Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * The one assertion of the fuzzer and of the corpus: the content, imported strictly as {@code format}
     * the way {@code caxton-bench import} does, ends in a run that can be written to a run file and read
     * back, or in an import exception whose messages are in words.
     */
    static void endsInAResultOrAnImportException(Path name, byte[] content, Format format) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fuzz");
            Path file = dir.resolve(name.getFileName().toString());
            Files.write(file, content);
            FormatDetector.detect(content);
            ImportResult r = Importers.importFiles(List.of(file), Fixtures.options(format).withStrict(true),
                    Fixtures.ENVIRONMENT);
            Path runFile = RunFiles.writeFile(dir.resolve("run.json"), r.run());
            assertThat(RunFiles.read(runFile).measurements()).map(Measurement::id)
                    .isEqualTo(r.run().measurements().stream().map(Measurement::id).toList());
        } catch (ImportException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank()
                    .as("a message in words, not a Java class name").doesNotContainPattern(JAVA_WORDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("Reading " + name + " as " + format.label() + " ended in " + e + "; the input was:\n"
                    + new String(content, StandardCharsets.UTF_8), e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] apply(byte[] in, Mutation m) {
        int at = (int) (m.where() * in.length);
        int len = Math.min(in.length - at, (int) (m.length() * 64));
        byte[] token = m.token().getBytes(StandardCharsets.UTF_8);
        return switch (m.kind()) {
            case 0 -> { // flip a byte
                byte[] out = in.clone();
                if (at < out.length) {
                    out[at] ^= (byte) (1 << (int) (m.length() * 8));
                }
                yield out;
            }
            case 1 -> concat(slice(in, 0, at), slice(in, at + len, in.length)); // delete
            case 2 -> slice(in, 0, at); // truncate
            case 3 -> concat(slice(in, 0, at + len), slice(in, at, in.length)); // repeat
            case 4 -> concat(slice(in, 0, at), token, slice(in, at + len, in.length)); // replace by a token
            default -> concat(slice(in, 0, at), token, slice(in, at, in.length)); // insert a token
        };
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, Math.min(from, in.length), Math.min(Math.max(from, to), in.length));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(
                new Seed("jmh/jmh-1.37-all-modes.json", Format.JMH_JSON),
                new Seed("jmh/jmh-1.37-single-shot.json", Format.JMH_JSON),
                new Seed("jmh/jmh-1.36-old-spelling-no-raw-data.json", Format.JMH_JSON),
                new Seed("jmh/jmh-1.37.csv", Format.JMH_CSV),
                new Seed("jmh/jmh-1.37-de.scsv", Format.JMH_SCSV),
                new Seed("jmh/jmh-fr.scsv", Format.JMH_SCSV),
                new Seed("criterion/criterion/router/route_1k/new/estimates.json", Format.CRITERION),
                new Seed("bencher/cargo-bench.txt", Format.BENCHER),
                new Seed("bencher/criterion-bencher.txt", Format.BENCHER),
                new Seed("gab/units.json", Format.GAB),
                new Seed("gab/custom.json", Format.GAB_BIGGER),
                new Seed("hlog/tagged-v1.3.hlog", Format.HDR_LOG),
                new Seed("hlog/untagged-v1.2.hlog", Format.HDR_LOG));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), Arbitraries.of(HOSTILE))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    /** Mostly the seed's own format; sometimes another, as {@code --format} forces it. */
    @Provide
    Arbitrary<Optional<Format>> formats() {
        return Arbitraries.of(Format.class).optional(0.2);
    }
}
