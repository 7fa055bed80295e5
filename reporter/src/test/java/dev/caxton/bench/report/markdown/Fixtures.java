package dev.caxton.bench.report.markdown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.Evidence;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.compare.Verdict;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Profile;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;
import dev.caxton.bench.model.Unit;
import dev.caxton.bench.target.Grade;

/** Comparisons built directly from the compare records: the inputs of the report tests and the benchmark. */
final class Fixtures {
    static final Environment ENV = new Environment("AMD EPYC 7763 64-Core Processor", 4, 16_000_000_000L,
            "Linux 6.8 amd64", "Eclipse Adoptium OpenJDK 64-Bit Server VM", "17.0.13", List.of("-Xmx2g"));
    static final RunInfo CURRENT = new RunInfo(new RunId("run-0042"), Instant.parse("2026-11-26T21:15:30Z"),
            Optional.of("abc123def4567890abc123def4567890abc123de"), Optional.of("feature/router"), Optional.of(17),
            ENV, "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
    static final RunInfo BASELINE = new RunInfo(new RunId("run-0041"), Instant.parse("2026-11-25T09:00:00Z"),
            Optional.of("0123456789abcdef0123456789abcdef01234567"), Optional.of("main"), Optional.empty(),
            ENV, "agent", RunProfile.of(Profile.QUICK), "reference", Optional.empty());
    static final String REPRODUCE = "./mvnw -q package && java -jar action/target/caxton-bench.jar run --suite agent --profile quick";

    private Fixtures() {}

    static MetricId id(String benchmark, String metric, String... params) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        return MetricId.of("agent", benchmark, metric, p);
    }

    /** A comparison of one metric; {@code base} or {@code now} null for a missing side; grades may be null. */
    static MetricComparison metric(MetricId id, Unit unit, Double base, Double now, Verdict verdict, Grade before,
                                   Grade after, boolean critical, String reason) {
        Optional<Measurement> b = Optional.ofNullable(base).map(v -> Measurement.of(id, unit, v));
        Optional<Measurement> c = Optional.ofNullable(now).map(v -> Measurement.of(id, unit, v));
        OptionalDouble change = base != null && now != null && base != 0 ? OptionalDouble.of(now / base - 1)
                : OptionalDouble.empty();
        Evidence evidence = !(b.isPresent() && c.isPresent()) ? Evidence.NONE
                : verdict == Verdict.UNVERIFIED ? Evidence.THRESHOLD : Evidence.HISTORY_NOISE;
        return new MetricComparison(id, unit, unit.defaultDirection(), b, c, verdict, evidence, change,
                OptionalDouble.empty(), Optional.empty(), 0.10, 0.25, Optional.ofNullable(before),
                Optional.ofNullable(after), critical, reason);
    }

    static MetricComparison metric(MetricId id, Unit unit, Double base, Double now, Verdict verdict) {
        return metric(id, unit, base, now, verdict, null, null, false, reasonOf(verdict));
    }

    static String reasonOf(Verdict v) {
        return switch (v) {
            case REGRESSION -> "Worse by more than the 10% threshold.";
            case IMPROVEMENT -> "Better by more than the 10% threshold.";
            case NO_CHANGE -> "Within the 10% threshold.";
            case INCONCLUSIVE -> "Beyond the threshold, but within the noise.";
            case UNVERIFIED -> "Beyond the threshold, but unverified: no samples or history to measure the noise.";
            case NEW -> "Only in the current run.";
            case MISSING -> "Only in the baseline.";
        };
    }

    /** Mixed verdicts over every category, grade changes included. */
    static ReportInput mixed() {
        List<MetricComparison> m = new ArrayList<>();
        m.add(metric(id("message_throughput", "throughput"), Unit.MESSAGES_PER_SECOND, 85_000.0, 97_750.0,
                Verdict.IMPROVEMENT, Grade.ACCEPTABLE, Grade.TARGET, false, "Better by 15%, beyond the noise (p = 0.001)."));
        m.add(metric(id("task_processing", "throughput"), Unit.OPS_PER_SECOND, 12_000.0, 11_800.0, Verdict.NO_CHANGE));
        m.add(metric(id("request_latency", "p50", "mode", "closed"), Unit.NANOSECONDS, 800_000.0, 700_000.0,
                Verdict.IMPROVEMENT));
        m.add(metric(id("request_latency", "p99", "mode", "closed"), Unit.NANOSECONDS, 9_200_000.0, 12_100_000.0,
                Verdict.REGRESSION, Grade.TARGET, Grade.CRITICAL, true, "Worse by 31.5%, beyond the 25% fail threshold."));
        m.add(metric(id("agent_response_time", "p99"), Unit.NANOSECONDS, 95_000.0, 99_000.0, Verdict.NO_CHANGE,
                Grade.TARGET, Grade.ACCEPTABLE, false, "Within the threshold, but the grade fell."));
        m.add(metric(id("request_latency", "p99", "mode", "open", "rate", "5000"), Unit.NANOSECONDS, 4_000_000.0,
                4_600_000.0, Verdict.INCONCLUSIVE));
        m.add(metric(id("request_latency", "p95", "mode", "open", "rate", "5000"), Unit.NANOSECONDS, 5_000_000.0,
                9_000_000.0, Verdict.UNVERIFIED));
        m.add(metric(id("memory_per_agent", "idle_retained", "agents", "1000"), Unit.BYTES, 8_500_000.0, 8_200_000.0,
                Verdict.NO_CHANGE, Grade.TARGET, Grade.TARGET, false, "Within the 10% threshold."));
        m.add(metric(id("cpu_per_agent", "idle_total", "agents", "100"), Unit.PERCENT, 4.2, 4.0, Verdict.NO_CHANGE));
        m.add(metric(id("spawn_time", "total", "agents", "10000"), Unit.MILLISECONDS, 120.0, 150.0, Verdict.REGRESSION));
        m.add(metric(id("recovery_time", "recovery_time", "agents", "100"), Unit.MILLISECONDS, null, 42.0, Verdict.NEW));
        m.add(metric(id("legacy_benchmark", "errors"), Unit.COUNT, 3.0, null, Verdict.MISSING));
        m.add(metric(MetricId.of("jmh", "dev.caxton.Router.route", "thrpt"), Unit.OPS_PER_SECOND, 1.5e6, 1.52e6,
                Verdict.NO_CHANGE));
        m.add(metric(MetricId.of("agent", "wasm_instantiate", "p50"), Unit.MICROSECONDS, 250.0, 180.0,
                Verdict.IMPROVEMENT));
        Comparison c = new Comparison(CURRENT, Optional.of(BASELINE), m);
        Map<MetricId, List<Double>> trends = new LinkedHashMap<>();
        for (MetricComparison x : m) {
            double v = x.current().or(x::baseline).orElseThrow().value();
            List<Double> t = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                t.add(v * (1 + ((i * 7) % 5 - 2) * 0.02 + (i > 20 ? 0.1 : 0)));
            }
            t.set(3, null);
            trends.put(x.id(), t);
        }
        return new ReportInput(c, "agent", "the newest run on main at or before the merge base (0123456789)", trends,
                REPRODUCE, Optional.of(".caxton-bench/report.md"));
    }

    /**
     * An interleaved A/B run from the real paired comparison: ten rounds on a machine that drifts by 20% from
     * round to round (both sides alike); head 30% slower in throughput, latency unchanged, a count constant.
     */
    static ReportInput paired() {
        java.util.SplittableRandom drift = new java.util.SplittableRandom(42);
        java.util.SplittableRandom own = new java.util.SplittableRandom(7);
        List<dev.caxton.bench.model.Run> base = new ArrayList<>();
        List<dev.caxton.bench.model.Run> head = new ArrayList<>();
        MetricId throughput = id("message_throughput", "throughput");
        MetricId p99 = id("request_latency", "p99", "mode", "closed");
        MetricId agents = id("spawn_time", "agents");
        for (int i = 0; i < 10; i++) {
            double machine = 0.8 + 0.4 * drift.nextDouble();
            for (int side = 0; side < 2; side++) {
                double noise = 0.98 + 0.04 * own.nextDouble();
                double factor = side == 0 ? 1 : 0.7;
                RunInfo info = side == 0 ? BASELINE : CURRENT;
                (side == 0 ? base : head).add(new dev.caxton.bench.model.Run(info, List.of(
                        Measurement.of(throughput, Unit.MESSAGES_PER_SECOND, 1_000_000 * machine * noise * factor),
                        Measurement.of(p99, Unit.NANOSECONDS, 40_000 * machine * (0.98 + 0.04 * own.nextDouble())),
                        Measurement.of(agents, Unit.COUNT, 10_000)), Map.of(), List.of()));
            }
        }
        Comparison c = dev.caxton.bench.compare.Comparisons.paired(base, head,
                dev.caxton.bench.compare.ComparisonSettings.defaults(dev.caxton.bench.target.Targets.none()));
        return new ReportInput(c, "agent", "A/B on one runner: 10 interleaved rounds of base and head", Map.of(),
                REPRODUCE, Optional.empty());
    }

    /** No baseline: every metric is new. */
    static ReportInput allNew() {
        List<MetricComparison> m = new ArrayList<>();
        m.add(metric(id("message_throughput", "throughput"), Unit.MESSAGES_PER_SECOND, null, 97_750.0, Verdict.NEW,
                null, Grade.TARGET, false, "Only in the current run."));
        m.add(metric(id("request_latency", "p99", "mode", "closed"), Unit.NANOSECONDS, null, 1_250_000.0, Verdict.NEW,
                null, Grade.ACCEPTABLE, false, "Only in the current run."));
        m.add(metric(id("memory_per_agent", "idle_retained", "agents", "1000"), Unit.BYTES, null, 2_048.0, Verdict.NEW));
        return ReportInput.of(new Comparison(CURRENT, Optional.empty(), m), "agent",
                "no earlier run of this suite in the history", REPRODUCE);
    }

    /** Every baseline metric is missing from the current run. */
    static ReportInput allMissing() {
        List<MetricComparison> m = new ArrayList<>();
        m.add(metric(id("message_throughput", "throughput"), Unit.MESSAGES_PER_SECOND, 85_000.0, null, Verdict.MISSING));
        m.add(metric(id("request_latency", "p99", "mode", "closed"), Unit.NANOSECONDS, 9_200_000.0, null,
                Verdict.MISSING, Grade.TARGET, null, false, "Only in the baseline."));
        return ReportInput.of(new Comparison(CURRENT, Optional.of(BASELINE), m), "agent", "the PR's base commit", REPRODUCE);
    }

    /** Names and texts that try to break the table, inject markup, ping people and end lines. */
    static ReportInput hostile() {
        List<MetricComparison> m = new ArrayList<>();
        MetricId pipes = MetricId.of("agent", "a|b||c", "p99 | `rm -rf` | <b>bold</b>", Map.of("who", "@octocat & @org/team"));
        MetricId html = MetricId.of("agent", "<script>alert(1)</script>", "<!-- x --> <img src=x onerror=alert(1)>");
        // names hold no control characters (Names), but Unicode's line and paragraph separators are text
        MetricId lines = MetricId.of("agent", "line\u2028break\u2029\u2028carriage", "tab\u2028here\u2028sep \u202Eevil",
                Map.of());
        MetricId md = MetricId.of("agent", "**bold** _it_ [link](https://evil.example) ~~s~~", "\\back\\slash #1 ![i](x)");
        m.add(metric(pipes, Unit.NANOSECONDS, 100.0, 150.0, Verdict.REGRESSION, null, null, false,
                "Worse | by `50%` <b>@here</b>\nsecond line"));
        m.add(metric(html, Unit.OPS_PER_SECOND, 100.0, 130.0, Verdict.IMPROVEMENT));
        m.add(metric(lines, Unit.BYTES, 100.0, 101.0, Verdict.NO_CHANGE));
        m.add(metric(md, Unit.COUNT, 5.0, 5.0, Verdict.NO_CHANGE));
        return new ReportInput(new Comparison(CURRENT, Optional.of(BASELINE), m), "agent|<b>@team</b>",
                "chosen by @someone <i>because</i> | `why`\nnot", Map.of(), "echo ```` && rm -rf / # @octocat <b>",
                Optional.of("https://example.com/run?a=1&b=<2>"));
    }

    /**
     * {@code metrics} metrics of which {@code regressions} regressed and one in ten improved; each with
     * {@code points} trend points. Deterministic.
     */
    static ReportInput huge(int metrics, int regressions, int points) {
        List<MetricComparison> m = new ArrayList<>();
        Map<MetricId, List<Double>> trends = new LinkedHashMap<>();
        String[] benchmarks = {"message_throughput", "request_latency", "memory_per_agent", "spawn_time", "load_peak"};
        Unit[] units = {Unit.MESSAGES_PER_SECOND, Unit.NANOSECONDS, Unit.BYTES, Unit.MILLISECONDS, Unit.OPS_PER_SECOND};
        for (int i = 0; i < metrics; i++) {
            int k = i % benchmarks.length;
            MetricId id = id(benchmarks[k], "metric_" + i, "size", Integer.toString(i % 97));
            double base = 1000 + i;
            Verdict v = i < regressions ? Verdict.REGRESSION : i % 10 == 0 ? Verdict.IMPROVEMENT : Verdict.NO_CHANGE;
            double factor = v == Verdict.REGRESSION ? (units[k].defaultDirection().isBetter(2, 1) ? 0.8 : 1.2)
                    : v == Verdict.IMPROVEMENT ? (units[k].defaultDirection().isBetter(2, 1) ? 1.2 : 0.8) : 1.01;
            m.add(metric(id, units[k], base, base * factor, v));
            List<Double> t = new ArrayList<>(points);
            for (int p = 0; p < points; p++) {
                t.add(base * (1 + ((p * 31 + i) % 11 - 5) * 0.01));
            }
            trends.put(id, t);
        }
        return new ReportInput(new Comparison(CURRENT, Optional.of(BASELINE), m), "agent", "the PR's base commit",
                trends, REPRODUCE, Optional.of("the job summary of this run"));
    }
}
