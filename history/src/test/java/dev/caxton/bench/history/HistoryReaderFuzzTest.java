package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A fuzzer of our own over the history reader (issue 12, item 6): the version 1 fixture, mutated by
 * flipped bytes, cuts, repeats and hostile tokens (bytes that are not UTF-8, lone surrogates in
 * CESU form, control characters, quotes, numbers beyond a double, a carriage return inside a row),
 * is read in both modes and ends in a history, or in a {@link HistoryFormatException} whose problems
 * each name the line, never in another exception. The case count is bounded to a few seconds.
 */
class HistoryReaderFuzzTest {
    private static final List<byte[]> HOSTILE = List.of(bytes(0xC3), bytes(0xFF, 0xFE), bytes(0xED, 0xA0, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80), utf8("\r"), utf8("\n"), utf8("\r\n"), utf8("\t"), utf8("\u0000"), utf8("\""),
            utf8("\"\""), utf8(","), utf8(",,,,"), utf8("1e309"), utf8("NaN"), utf8("Infinity"), utf8("-0"),
            utf8("99999999999999999999"), utf8("schema_v1,"), utf8("1,"), utf8("\\"), utf8("["), utf8("]"), utf8("="),
            utf8("9999-12-31T23:59:59.999999999Z"), utf8("\uD83D\uDE42"));

    record Mutation(int kind, double where, double length, byte[] token) {}

    @Property(tries = 300)
    void everyMutatedHistoryEndsInRowsOrAHistoryFormatException(@ForAll("mutations") List<Mutation> mutations)
            throws IOException, URISyntaxException {
        byte[] content = Files.readAllBytes(Path.of(HistoryReaderFuzzTest.class.getResource("/fixtures/history-v1.csv")
                .toURI()));
        for (Mutation m : mutations) {
            content = apply(content, m);
        }
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, content);
            endsInRowsOrAHistoryFormatException(file);
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Replays the histories that once broke the reader ({@code src/test/resources/fuzz-corpus/}): a line
     * that is not UTF-8 ended in a bare MalformedInputException on "line 0".
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"not-utf-8.csv", "tab-in-a-name.csv"})
    void everyPastCrasherEndsInRowsOrAHistoryFormatException(String name) throws URISyntaxException {
        endsInRowsOrAHistoryFormatException(Path.of(HistoryReaderFuzzTest.class.getResource("/fuzz-corpus/" + name)
                .toURI()));
    }

    static void endsInRowsOrAHistoryFormatException(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (ReadMode mode : ReadMode.values()) {
            try {
                assertThat(HistoryFile.read(file, mode).rows()).isNotNull();
            } catch (HistoryFormatException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).isNotBlank().doesNotContainPattern("[A-Z][A-Za-z]*Exception\\b");
                });
            } catch (RuntimeException | StackOverflowError e) {
                fail("Reading the history " + file.getFileName() + " (" + mode + ") ended in " + e + "; the file was:\n"
                        + new String(content, StandardCharsets.UTF_8), e);
            }
        }
    }

    private static byte[] apply(byte[] in, Mutation m) {
        int at = (int) (m.where() * in.length);
        int len = Math.min(in.length - at, (int) (m.length() * 64));
        return switch (m.kind()) {
            case 0 -> {
                byte[] out = in.clone();
                if (at < out.length) {
                    out[at] ^= (byte) (1 << (int) (m.length() * 8));
                }
                yield out;
            }
            case 1 -> concat(slice(in, 0, at), slice(in, at + len, in.length));
            case 2 -> slice(in, 0, at);
            case 3 -> concat(slice(in, 0, at + len), slice(in, at, in.length));
            case 4 -> concat(slice(in, 0, at), m.token(), slice(in, at + len, in.length));
            default -> concat(slice(in, 0, at), m.token(), slice(in, at, in.length));
        };
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.of(HOSTILE)).as(Mutation::new).list().ofMinSize(1)
                .ofMaxSize(4);
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return Arrays.copyOfRange(in, Math.min(from, in.length), Math.min(Math.max(from, to), in.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
