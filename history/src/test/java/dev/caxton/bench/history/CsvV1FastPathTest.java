package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;

/**
 * The byte-level reading of a run's later rows gives what the careful reader gives: the same numbers
 * as {@code Double.parseDouble}, the same rows, and for a malformed row the careful reader's error.
 */
class CsvV1FastPathTest {
    @TempDir
    Path dir;

    @Test
    void numbersParseExactlyAsDoubleParseDouble() {
        Random random = new Random(1);
        List<String> texts = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "1", "1.", ".5", "-.5", "1E5", "1e-5",
                "1.0E+22", "9007199254740993", "9007199254740992.0", "1.7976931348623157E308", "4.9E-324",
                "2.2250738585072014E-308", "123456789012345678901234567890", "0.000000000000000000000123", "1E400",
                "1E-400", "3.3333333333333335E-4", "1000.1", "12345.678901234567", "1E23", "8.41E21", "5E-324"));
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                case 2 -> random.nextInt(1_000_000) / Math.pow(10, random.nextInt(12));
                default -> random.nextGaussian() * 1e6;
            };
            if (Double.isFinite(d)) {
                texts.add(Double.toString(d));
            }
            texts.add(random.nextInt(100_000) + "." + random.nextInt(1_000_000) + "E" + (random.nextInt(60) - 30));
        }
        for (String t : texts) {
            byte[] b = ("x" + t + "y").getBytes(StandardCharsets.ISO_8859_1);
            assertThat(Double.doubleToRawLongBits(CsvV1FastPath.number(b, 1, b.length - 1))).as(t)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(t)));
        }
    }

    @Test
    void textThatIsNoPlainNumberIsLeftToDoubleParseDouble() {
        for (String t : List.of("NaN", "Infinity", "-Infinity", "0x1p3", "1d", " 1", "+1")) {
            byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(Double.valueOf(CsvV1FastPath.number(b, 0, b.length))).as(t).isEqualTo(Double.valueOf(Double.parseDouble(t)));
        }
        for (String t : List.of("", "-", "1E", "1.2.3", "10O0.1", "1,5")) {
            byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> CsvV1FastPath.number(b, 0, b.length)).as(t).isInstanceOf(NumberFormatException.class);
        }
        for (String t : List.of("0", "-7", "123456789012345678", "9223372036854775807", "+3")) {
            byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(CsvV1FastPath.whole(b, 0, b.length)).as(t).isEqualTo(Long.parseLong(t));
        }
        byte[] bad = "9223372036854775808".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvV1FastPath.whole(bad, 0, bad.length)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void rowsWithQuotesAndNonAsciiIdsReadBackEqual() {
        Path file = dir.resolve("h.csv");
        List<Measurement> ms = new ArrayList<>();
        ms.add(Measurement.of(MetricId.of("agent", "bench", "plain", Map.of()), Unit.COUNT, 1));
        ms.add(Measurement.of(MetricId.of("agent", "bench", "quoted", Map.of("mode", "a,b")), Unit.COUNT, 2));
        ms.add(Measurement.of(MetricId.of("agent", "bench", "say \"hi\"", Map.of()), Unit.COUNT, 3));
        ms.add(Measurement.of(MetricId.of("agent", "bänch", "débit", Map.of()), Unit.MESSAGES_PER_SECOND, 4.25));
        ms.add(Measurement.ofSamples(MetricId.of("agent", "bench", "samples", Map.of()), Unit.NANOSECONDS,
                new double[] {1.0 / 3, 2e-7, 12345678.9}));
        ms.addAll(TestRuns.measurements(12, 0.123456789));
        Run a = new Run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), ms, Map.of(), List.of());
        Run b = new Run(TestRuns.info("r2", "2026-11-21T10:00:00Z", "abc", "main"), ms, Map.of(), List.of());
        HistoryFile.append(file, a);
        HistoryFile.append(file, b);
        List<HistoryRow> rows = HistoryFile.read(file, ReadMode.STRICT).rows();
        assertThat(rows).hasSize(2 * ms.size());
        assertThat(rows.subList(0, ms.size())).extracting(HistoryRow::measurement).containsExactlyElementsOf(ms);
        assertThat(rows.subList(ms.size(), rows.size())).extracting(HistoryRow::measurement).containsExactlyElementsOf(ms);
        assertThat(rows.get(ms.size() - 1).run()).isSameAs(rows.get(0).run());
    }

    @Test
    void aBrokenRowInsideARunGetsTheCarefulReadersErrorAndIsSkippedWhenLenient() throws Exception {
        Path file = dir.resolve("h.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 6, 1));
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r2", "2026-11-21T10:00:00Z", "abc", "main"), 6, 2));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(3, lines.get(3).replace(",bytes,", ",furlongs,"));         // an unknown unit
        lines.set(4, lines.get(4).replaceFirst(",1003\\.1,", ",1003.1x,")); // a bad number
        lines.set(5, lines.get(5) + ",extra");                               // a column too many
        lines.set(6, lines.get(6).replace(",higher,", ",sideways,"));        // an unknown direction
        Files.write(file, lines);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.STRICT)).isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("h.csv line 4, column unit:");
        HistoryReadResult lenient = HistoryFile.read(file, ReadMode.LENIENT);
        assertThat(lenient.rows()).hasSize(8);
        assertThat(lenient.warnings()).extracting(HistoryProblem::line).containsExactly(4L, 5L, 6L, 7L, 2L);
        assertThat(lenient.warnings().get(0).column()).contains("unit");
        assertThat(lenient.warnings().get(1).column()).contains("value");
        assertThat(lenient.warnings().get(1).message()).contains("found '1003.1x'");
        assertThat(lenient.warnings().get(2).message()).contains("expected 35 columns, found 36");
        assertThat(lenient.warnings().get(3).column()).contains("direction");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aCarriageReturnInsideALineIsAnError() throws Exception {
        Path file = dir.resolve("h.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replace(",main,", ",ma\rin,"));
        Files.write(file, lines);
        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.STRICT)).hasMessageContaining("line 3")
                .hasMessageContaining("carriage return");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedInEveryMode() throws Exception {
        Path file = dir.resolve("h.csv");
        HistoryFile.append(file, TestRuns.run(TestRuns.info("r1", "2026-11-20T10:00:00Z", "abc", "main"), 3, 1));
        byte[] b = Files.readAllBytes(file);
        int at = new String(b, StandardCharsets.ISO_8859_1).lastIndexOf("bench0");
        b[at] = (byte) 0xC3; // a lone lead byte in a row the fast path would take
        Files.write(file, b);
        for (ReadMode mode : ReadMode.values()) {
            assertThatThrownBy(() -> HistoryFile.read(file, mode)).isInstanceOf(HistoryFormatException.class)
                    .hasMessageContaining("not UTF-8");
        }
        // issue 12: the line, the byte in it and its offset in the file, not a bare MalformedInputException
        int lineStart = new String(b, 0, at, StandardCharsets.ISO_8859_1).lastIndexOf('\n') + 1;
        long line = new String(b, 0, at, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> HistoryFile.read(file, ReadMode.STRICT))
                .hasMessageContaining("line " + line + ": the line is not UTF-8: its byte " + (at - lineStart + 1)
                        + " (0xC3, at offset " + at + " of the file)")
                .hasMessageNotContaining("MalformedInputException");
    }
}
