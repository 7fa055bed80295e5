package dev.caxton.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every history command that only reads: a malformed row stops it with the file, line, column and
 * what is expected (exit 1); {@code --lenient} skips the row with one warning; and the history file
 * keeps its bytes and its modification time either way.
 */
class HistoryBadInputTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    @TempDir
    Path dir;

    private Path history;
    private byte[] broken;

    private Cli.Result cli(String... args) {
        return Cli.run(dir, Map.of(), new FakeEngine(), args);
    }

    @BeforeEach
    void brokenHistory() throws IOException {
        history = HistoryFixture.write(dir.resolve("h.csv"));
        assertThat(cli("history", "baseline", "save", "base", "20261001-060000-reference", "--history", "h.csv")
                .exitCode()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(history));
        String row = lines.get(6);
        lines.set(6, row.replace(",ns,", ",furlongs,")); // line 7: an unknown unit
        assertThat(lines.get(6)).isNotEqualTo(row);
        Files.write(history, lines);
        Files.setLastModifiedTime(history, LONG_AGO);
        broken = Files.readAllBytes(history);
    }

    static Stream<List<String>> readingCommands() {
        return Stream.of(
                List.of("history", "list"),
                List.of("history", "show", "agent/message_throughput/throughput"),
                List.of("history", "trend"),
                List.of("history", "html", "--out", "page.html"),
                List.of("history", "baseline", "save", "other", "20261002-060000-reference"),
                List.of("history", "baseline", "list"));
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void strictReadingStopsAtTheRowNamingFileLineColumnAndWhatIsExpected(List<String> command) throws IOException {
        Cli.Result r = cli(args(command, "--history", "h.csv"));

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).contains("h.csv line 7, column unit: ").contains("msg/s").contains("pass --lenient");
        assertThat(r.out()).isEmpty();
        assertUnchanged();
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void lenientReadingSkipsTheRowWithOneWarning(List<String> command) throws IOException {
        Cli.Result r = cli(args(command, "--history", "h.csv", "--lenient"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("caxton-bench: warning: ")).toList();
        assertThat(warnings).filteredOn(l -> l.startsWith("caxton-bench: warning: h.csv line 7, column unit: "))
                .hasSize(1).allSatisfy(l -> assertThat(l).contains("(skipped)"));
        assertThat(r.out()).isNotEmpty();
        assertUnchanged();
    }

    @Test
    void mergeReadsItsInputsStrictlyAndChangesNeitherInput() throws IOException {
        Path other = HistoryFixture.write(dir.resolve("other.csv"));
        Files.setLastModifiedTime(other, LONG_AGO);
        byte[] otherBytes = Files.readAllBytes(other);

        Cli.Result r = cli("history", "merge", "other.csv", "h.csv", "--out", "c.csv");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("h.csv line 7, column unit: ");
        assertThat(dir.resolve("c.csv")).doesNotExist();
        assertUnchanged();
        assertThat(Files.readAllBytes(other)).isEqualTo(otherBytes);
        assertThat(Files.getLastModifiedTime(other)).isEqualTo(LONG_AGO);
    }

    private void assertUnchanged() throws IOException {
        assertThat(Files.readAllBytes(history)).isEqualTo(broken);
        assertThat(Files.getLastModifiedTime(history)).isEqualTo(LONG_AGO);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static String[] args(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
