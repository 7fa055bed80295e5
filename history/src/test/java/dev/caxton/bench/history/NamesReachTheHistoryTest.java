package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Names;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunFiles;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;

/**
 * The rule for names is the history's (issue 12, item 3): a name that a run can be built with can be
 * written to a run file, read back, appended to the history and read from it, and a name that the
 * history cannot hold cannot be built into a run at all. Before the rule, {@code import} wrote run
 * files with a line feed in a name that {@code history add} then refused forever.
 */
class NamesReachTheHistoryTest {
    @Property(tries = 200)
    void aRunThatCanBeBuiltCanBeWrittenReadAndAddedToTheHistory(@ForAll("names") String benchmark,
                                                                 @ForAll("names") String param,
                                                                 @ForAll("names") String system) throws IOException {
        Assume.that(!benchmark.isBlank() && !param.isBlank());
        boolean named = Names.problem(benchmark).isEmpty() && Names.problem(param).isEmpty()
                && Names.problem(system).isEmpty();
        Run run;
        try {
            MetricId id = MetricId.of("jmh", benchmark, "thrpt", Map.of(param, param));
            RunInfo info = new RunInfo(new RunId("r1"), Instant.parse("2026-12-01T10:00:00Z"), Optional.empty(),
                    Optional.empty(), Optional.empty(), TestRuns.ENV, "jmh", RunProfile.of(Profile.QUICK), system,
                    Optional.empty());
            run = new Run(info, List.of(Measurement.of(id, Unit.OPS_PER_SECOND, 1.5)), Map.of(), List.of());
        } catch (IllegalArgumentException e) {
            assertThat(named).as("refused only by the rule for names: " + e.getMessage()).isFalse();
            return;
        }
        assertThat(named).isTrue();
        Path dir = Files.createTempDirectory("names");
        try {
            Path runFile = RunFiles.write(dir.resolve("runs"), run);
            Run read = RunFiles.read(runFile);
            Path history = dir.resolve("history.csv");
            HistoryFile.append(history, read);

            HistoryReadResult h = HistoryFile.read(history, ReadMode.STRICT);

            assertThat(h.rows()).singleElement().satisfies(r -> assertThat(r.measurement().id())
                    .isEqualTo(run.measurements().get(0).id()));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("ab,\"=[]/\\ \t\n\r\u0000\u001b\u007f\u0085\uD800\uDC00äΩ#")
                .ofMinLength(1).ofMaxLength(6);
    }
}
