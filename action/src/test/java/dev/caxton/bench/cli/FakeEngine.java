package dev.caxton.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportResult;
import dev.caxton.bench.importer.Importers;
import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.suite.ProgressListener;
import dev.caxton.bench.suite.RunRequest;

/**
 * An engine that runs nothing: each run is the fixture's throughput and p99 for the system and profile, reported
 * through the listener as two benchmarks; files hold the system name. It records what it was asked.
 */
final class FakeEngine implements Engine {
    final List<RunRequest> requests = new ArrayList<>();
    Optional<Path> targetsFile = Optional.empty();
    double p99Nanos = 84_000;
    List<BenchmarkFailure> failures = List.of();
    final List<ImportOptions> importOptions = new ArrayList<>();

    @Override
    public Run run(RunRequest request, ProgressListener listener) {
        requests.add(request);
        listener.suiteStarted(request.suite(), request.system(), 2, Duration.ofSeconds(2));
        listener.benchmarkStarted("message_throughput", 0, 2, Duration.ofSeconds(1));
        listener.benchmarkFinished("message_throughput", Optional.empty(), Duration.ofSeconds(1));
        listener.benchmarkStarted("request_latency", 1, 2, Duration.ofSeconds(1));
        listener.benchmarkFinished("request_latency", Optional.empty(), Duration.ofSeconds(1));
        listener.suiteFinished(Duration.ofSeconds(2));
        return new Run(Fixtures.info("run-" + requests.size() + "-" + request.system(), request.system(),
                request.profile()),
                List.of(Measurement.of(Fixtures.THROUGHPUT, Unit.MESSAGES_PER_SECOND, 8_123_456),
                        Measurement.of(Fixtures.P99, Unit.NANOSECONDS, p99Nanos)),
                Map.of(), failures);
    }

    /** The real importers, dated by the fixture's clock, on the fixture's environment. */
    @Override
    public ImportResult importFiles(List<Path> files, ImportOptions options) {
        importOptions.add(options);
        return Importers.importFiles(files, options.withClock(Fixtures.CLOCK), Fixtures.ENVIRONMENT);
    }

    @Override
    public Path write(Path runsDir, Run run) {
        try {
            Files.createDirectories(runsDir);
            return Files.writeString(runsDir.resolve(run.info().runId() + ".json"), run.info().system(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Grading grading(Optional<Path> file) {
        targetsFile = file;
        return Fixtures.grading();
    }
}
