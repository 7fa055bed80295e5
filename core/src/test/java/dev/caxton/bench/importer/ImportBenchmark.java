package dev.caxton.bench.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.caxton.bench.model.Run;

/**
 * The performance goal: importing a 5 MB JMH JSON file with raw data takes at most 300 ms in a
 * warm JVM. Reads the file from disk and builds the whole run, as {@code caxton-bench import} does.
 * Run it from the test classpath after {@code ./mvnw -B -q -pl core test-compile}:
 * <pre>
 * ./mvnw -B -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main ImportBenchmark \
 *     -f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc -rf json -rff import-benchmark.json
 * </pre>
 * and import its result into a run with the JMH JSON importer itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ImportBenchmark {
    static final int FIVE_MB = 5 * 1024 * 1024;

    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("caxton-import-benchmark", ".json");
        Files.writeString(file, LargeJmhJson.generate(FIVE_MB, 42), StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Run importFiveMegabytesOfJmhJson() {
        return Importers.importFiles(List.of(file), ImportOptions.defaults(), Fixtures.ENVIRONMENT).run();
    }
}
