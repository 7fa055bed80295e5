package dev.caxton.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the inputs that once broke an importer ({@code src/test/resources/fuzz-corpus/<format>/},
 * found by {@link ImporterFuzzTest} and issue 12's probe): each now ends in a result or in an
 * {@link ImportException} whose message is in words. Add a file here for every crasher found.
 */
class FuzzCorpusTest {
    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(FuzzCorpusTest.class.getResource("/fuzz-corpus").toURI());
        return Files.walk(root).filter(Files::isRegularFile)
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyPastCrasherEndsInAResultOrAnImportException(Path file) throws IOException {
        Format format = Format.fromLabel(file.getParent().getFileName().toString());

        ImporterFuzzTest.endsInAResultOrAnImportException(file, Files.readAllBytes(file), format);
    }

    @org.junit.jupiter.api.Test
    void theCorpusHoldsACaseForEveryFormatThatHadOne() throws IOException, URISyntaxException {
        assertThat(corpus().map(p -> p.getParent().getFileName().toString()).distinct())
                .contains("hlog", "gab", "jmh-json", "jmh-csv", "criterion", "bencher");
    }
}
