package dev.caxton.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.Shard;
import dev.caxton.bench.suite.agent.AgentSuite;

class ShardTest {
    @Test
    void theShardsOfEveryCountRunEachBenchmarkOfTheAgentSuiteExactlyOnce() {
        List<Benchmark> all = new AgentSuite().benchmarks();
        for (int n = 1; n <= 5; n++) {
            Map<String, Integer> runs = new HashMap<>();
            List<Integer> sizes = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                List<Benchmark> part = new Shard(i, n).select(all, Benchmark::name);
                sizes.add(part.size());
                part.forEach(b -> runs.merge(b.name(), 1, Integer::sum));
            }
            assertThat(runs).as("n=%d", n).hasSize(all.size()).allSatisfy((name, times) -> assertThat(times).isEqualTo(1));
            assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - sizes.stream().mapToInt(Integer::intValue).min().orElseThrow()).as("balance, n=%d", n).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theSplitDependsOnNamesOnlyNotOnTheSuiteOrderAndKeepsTheSuiteOrderInsideAShard() {
        List<Benchmark> all = new AgentSuite().benchmarks();
        List<Benchmark> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        for (int i = 1; i <= 3; i++) {
            Shard s = new Shard(i, 3);
            assertThat(s.select(reversed, Benchmark::name).stream().map(Benchmark::name))
                    .containsExactlyInAnyOrderElementsOf(s.select(all, Benchmark::name).stream().map(Benchmark::name).toList());
            List<String> inSuiteOrder = all.stream().map(Benchmark::name)
                    .filter(n -> s.select(all, Benchmark::name).stream().anyMatch(b -> b.name().equals(n))).toList();
            assertThat(s.select(all, Benchmark::name).stream().map(Benchmark::name)).containsExactlyElementsOf(inSuiteOrder);
        }
    }

    @Test
    void sortedNamesAreDealtRoundRobin() {
        List<Benchmark> bs = List.of(named("d"), named("a"), named("c"), named("b"), named("e"));
        assertThat(new Shard(1, 2).select(bs, Benchmark::name)).extracting(Benchmark::name).containsExactly("a", "c", "e");
        assertThat(new Shard(2, 2).select(bs, Benchmark::name)).extracting(Benchmark::name).containsExactly("d", "b");
        assertThat(new Shard(4, 6).select(bs, Benchmark::name)).extracting(Benchmark::name).containsExactly("d");
        assertThat(new Shard(6, 6).select(bs, Benchmark::name)).isEmpty();
    }

    @Test
    void parsesAndPrintsIOverN() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 1 / 1 ").label()).isEqualTo("1/1");
    }

    @Test
    void refusesShardsOutsideOneToNWithTheFix() {
        assertThatThrownBy(() -> Shard.parse("0/4")).hasMessageContaining("1 <= i <= n, got 0/4");
        assertThatThrownBy(() -> Shard.parse("5/4")).hasMessageContaining("got 5/4");
        assertThatThrownBy(() -> Shard.parse("2of4")).hasMessageContaining("'2of4'").hasMessageContaining("i/n");
        assertThatThrownBy(() -> new Shard(1, 2).select(List.of(named("x"), named("x")), Benchmark::name))
                .hasMessageContaining("Two benchmarks are named 'x'");
    }

    @Test
    void aShardedRunRecordsItsShardAndRunsOnlyItsPart() {
        SuiteRunner runner = new SuiteRunner(Clock.fixed(Instant.parse("2026-11-26T16:24:37Z"), ZoneOffset.UTC));
        RunRequest request = new RunRequest(RunnerTestSuite.NAME, Profile.SMOKE, "naive",
                dev.caxton.bench.agent.AgentSystemConfig.defaults(), List.of(java.util.regex.Pattern.compile("works|asks")),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        Run first = runner.run(request.withShard(Optional.of(new Shard(1, 2))), ProgressListener.NONE);
        Run second = runner.run(request.withShard(Optional.of(new Shard(2, 2))), ProgressListener.NONE);
        Run third = runner.run(request.withShard(Optional.of(new Shard(3, 3))), ProgressListener.NONE);

        assertThat(first.info().shard()).contains(new Shard(1, 2));
        assertThat(first.measurements()).allMatch(m -> m.id().benchmark().equals("asks_the_system")).isNotEmpty();
        assertThat(second.measurements()).allMatch(m -> m.id().benchmark().equals("works")).isNotEmpty();
        assertThat(third.measurements()).isEmpty();
        assertThat(third.info().system()).as("an empty shard records the same system as the others")
                .isEqualTo(first.info().system());
    }

    private static Benchmark named(String name) {
        return new Benchmark() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return name;
            }

            @Override
            public Category category() {
                return Category.THROUGHPUT;
            }

            @Override
            public Duration timeLimit(Profile profile) {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration estimate(Profile profile) {
                return Duration.ofSeconds(1);
            }

            @Override
            public BenchmarkResult run(BenchmarkContext context) {
                return BenchmarkResult.of(List.of());
            }
        };
    }
}
