package dev.caxton.bench.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.caxton.bench.model.ConfidenceInterval;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Names;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * Reads criterion's saved results: {@code <root>/<benchmark path>/new/estimates.json} with the
 * {@code sample.json} beside it. Each benchmark gives {@code criterion/<id>/time} (the mean, ns, with
 * its confidence interval and standard deviation; samples are each measurement's time per iteration,
 * {@code times[i] / iters[i]}) and {@code criterion/<id>/median}. The id is the {@code full_id} of the
 * {@code benchmark.json} beside the estimates, else the folder path below the criterion root.
 */
final class CriterionReader {
    private CriterionReader() {}

    /** The {@code new/estimates.json} files below a folder, sorted. */
    static List<Path> estimatesBelow(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals("estimates.json")
                            && p.getParent() != null && p.getParent().getFileName().toString().equals("new"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e, e);
        }
    }

    /** Reads the benchmark of one {@code new/} folder, given its estimates.json content. */
    static List<Measurement> read(Path estimatesFile, byte[] estimates, Optional<Path> root, List<String> warnings) {
        JsonNode e = JmhJsonReader.parse(estimates, "criterion's estimates.json (an object with \"mean\", \"median\", \"std_dev\")");
        if (!e.isObject()) {
            throw new FormatError("$", "expected an object with \"mean\", \"median\", \"std_dev\" but found " + JmhJsonReader.kind(e));
        }
        Path newDir = estimatesFile.toAbsolutePath().getParent();
        String name = benchmarkName(newDir, root);
        MetricId base = FormatError.at("", () -> MetricId.of("criterion", name, "time"));
        double mean = pointEstimate(e, "mean");
        double sd = Math.max(0, pointEstimate(e, "std_dev"));
        Optional<ConfidenceInterval> ci = interval(e.get("mean"), "$.mean");
        double[] samples = new double[0];
        Path sampleFile = newDir.resolve("sample.json");
        if (Files.isRegularFile(sampleFile)) {
            try {
                samples = samples(JmhJsonReader.parse(Files.readAllBytes(sampleFile),
                        "criterion's sample.json (an object with \"iters\" and \"times\")"));
            } catch (FormatError x) {
                throw new FormatError(sampleFile + (x.position().isEmpty() ? "" : ": " + x.position()), x.getMessage());
            } catch (IOException x) {
                throw new FormatError(sampleFile.toString(), "cannot read: " + x);
            }
        } else {
            warnings.add("no sample.json beside it: the samples are not kept");
        }
        Statistics stats;
        List<Double> kept = new ArrayList<>();
        if (samples.length > 0) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double d : samples) {
                min = Math.min(min, d);
                max = Math.max(max, d);
                kept.add(d);
            }
            stats = new Statistics(samples.length, mean, sd, min, max, ci);
        } else {
            stats = new Statistics(1, mean, sd, mean, mean, ci);
        }
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement(base, Unit.NANOSECONDS, Direction.LOWER_IS_BETTER, mean, stats, kept));
        double median = pointEstimate(e, "median");
        out.add(new Measurement(base.withMetric("median"), Unit.NANOSECONDS, Direction.LOWER_IS_BETTER, median,
                new Statistics(stats.n(), median, 0, stats.min(), stats.max(), interval(e.get("median"), "$.median")),
                List.of()));
        return out;
    }

    private static String benchmarkName(Path newDir, Optional<Path> root) {
        Path benchJson = newDir.resolve("benchmark.json");
        if (Files.isRegularFile(benchJson)) {
            String fullId = null;
            try {
                JsonNode full = JmhJsonReader.parse(Files.readAllBytes(benchJson), "criterion's benchmark.json").get("full_id");
                if (full != null && full.isTextual() && !full.textValue().isBlank()) {
                    fullId = full.textValue();
                }
            } catch (IOException | FormatError ignored) {
                // the folder path names the benchmark as well; benchmark.json only spells it nicer
            }
            if (fullId != null) {
                String id = fullId;
                return FormatError.at(benchJson + ": $.full_id", () -> Names.require("benchmark name", id));
            }
        }
        Path benchDir = newDir.getParent();
        if (root.isPresent()) {
            Path r = root.get().toAbsolutePath();
            if (benchDir.startsWith(r) && !benchDir.equals(r)) {
                return r.relativize(benchDir).toString().replace('\\', '/');
            }
        }
        Path parent = benchDir.getParent();
        return parent != null && parent.getFileName() != null && !parent.getFileName().toString().equals("criterion")
                ? parent.getFileName() + "/" + benchDir.getFileName() : benchDir.getFileName().toString();
    }

    private static double pointEstimate(JsonNode e, String field) {
        JsonNode n = e.get(field);
        if (n == null || !n.isObject()) {
            throw new FormatError("$", "missing object '" + field + "'; expected {\"point_estimate\": ..., "
                    + "\"confidence_interval\": {...}}");
        }
        JsonNode p = n.get("point_estimate");
        if (p == null) {
            throw new FormatError("$." + field, "missing field 'point_estimate'; expected a number of nanoseconds");
        }
        double v = JmhJsonReader.number(p, "$." + field + ".point_estimate");
        if (Double.isNaN(v)) {
            throw new FormatError("$." + field + ".point_estimate", "the estimate is NaN; expected a number of nanoseconds");
        }
        return v;
    }

    private static Optional<ConfidenceInterval> interval(JsonNode estimate, String path) {
        if (estimate == null || !estimate.has("confidence_interval")) {
            return Optional.empty();
        }
        JsonNode ci = estimate.get("confidence_interval");
        String at = path + ".confidence_interval";
        double lo = JmhJsonReader.number(field(ci, at, "lower_bound"), at + ".lower_bound");
        double hi = JmhJsonReader.number(field(ci, at, "upper_bound"), at + ".upper_bound");
        double level = JmhJsonReader.number(field(ci, at, "confidence_level"), at + ".confidence_level");
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi || !(level > 0 && level < 1)) {
            throw new FormatError(at, "expected lower_bound <= upper_bound and a confidence_level between 0 and 1, got ["
                    + lo + ", " + hi + "] at " + level);
        }
        return Optional.of(new ConfidenceInterval(lo, hi, level));
    }

    private static JsonNode field(JsonNode n, String path, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null) {
            throw new FormatError(path, "missing field '" + field + "'");
        }
        return v;
    }

    private static double[] samples(JsonNode s) {
        JsonNode iters = s.get("iters");
        JsonNode times = s.get("times");
        if (iters == null || times == null || !iters.isArray() || !times.isArray()) {
            throw new FormatError("$", "expected arrays \"iters\" and \"times\"");
        }
        if (iters.size() != times.size()) {
            throw new FormatError("$.times", "holds " + times.size() + " times for " + iters.size()
                    + " iteration counts; expected one time per count");
        }
        double[] out = new double[iters.size()];
        for (int i = 0; i < out.length; i++) {
            double it = JmhJsonReader.number(iters.get(i), "$.iters[" + i + "]");
            double t = JmhJsonReader.number(times.get(i), "$.times[" + i + "]");
            if (!(it > 0) || Double.isInfinite(it)) {
                throw new FormatError("$.iters[" + i + "]", "an iteration count of " + it + "; expected a count above 0");
            }
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new FormatError("$.times[" + i + "]", "a time of " + t + " ns; expected a finite time of 0 or more");
            }
            out[i] = t / it;
        }
        return out;
    }
}
