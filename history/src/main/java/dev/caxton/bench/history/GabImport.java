package dev.caxton.bench.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.caxton.bench.importer.Format;
import dev.caxton.bench.importer.ImportException;
import dev.caxton.bench.importer.ImportOptions;
import dev.caxton.bench.importer.ImportProblem;
import dev.caxton.bench.importer.Importers;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;

/**
 * Migrates a github-action-benchmark history ({@code data.js}:
 * {@code window.BENCHMARK_DATA = {"entries": {SUITE: [{commit, date, tool, benches}]}}}) into runs:
 * one run per entry, dated by the entry's {@code date}, of its {@code commit.id}, with suite SUITE,
 * profile {@code gab} and system {@code imported}. Each bench becomes {@code gab/NAME/value} (and
 * {@code gab/NAME/range}), exactly as {@code caxton-bench import --format gab} names them, so new
 * runs continue the imported series. The direction comes from the tool: {@code customBiggerIsBetter}
 * is higher, {@code customSmallerIsBetter} lower, other tools take it from the unit. Run ids are
 * derived from date, commit and suite, so importing the same file twice changes nothing.
 */
public final class GabImport {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private GabImport() {}

    /** What an import wrote into a history. */
    public record Result(int runs, int rows, HistoryMerge.Result merge) {}

    /**
     * Reads the runs of a {@code data.js} (or of its JSON object alone).
     *
     * @param branch the branch the action ran on (data.js does not say), when known
     * @param environment the environment to record; data.js does not say where it was measured
     * @throws IllegalArgumentException naming the file, the entry and what was expected, when the file
     *         is not such a history
     */
    public static List<Run> read(Path dataJs, Optional<String> branch, Environment environment) {
        Objects.requireNonNull(dataJs, "dataJs");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(environment, "environment");
        String text;
        try {
            text = Files.readString(dataJs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dataJs + ": " + e, e);
        }
        JsonNode root = parse(dataJs, text);
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isObject()) {
            throw error(dataJs, "$", "expected an object 'entries' of suites, as github-action-benchmark writes");
        }
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> suite : entries.properties()) {
            String at = "entries[\"" + suite.getKey() + "\"]";
            if (!suite.getValue().isArray()) {
                throw error(dataJs, at, "expected an array of benchmark results");
            }
            for (int i = 0; i < suite.getValue().size(); i++) {
                runs.add(entry(dataJs, suite.getKey(), at + "[" + i + "]", suite.getValue().get(i), branch, environment));
            }
        }
        return runs;
    }

    /**
     * Imports a {@code data.js} into a history file: its runs are merged with the history (see
     * {@link HistoryMerge}), so runs imported before stay once.
     */
    public static Result importInto(Path dataJs, Path history, Optional<String> branch, Environment environment) {
        List<Run> runs = read(dataJs, branch, environment);
        Path dir = history.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".gab-import", ".csv");
            Files.delete(tmp); // appends create it with the header
            int rows = 0;
            for (Run r : runs) {
                rows += HistoryFile.append(tmp, r).rowsWritten();
            }
            HistoryMerge.Result merged = HistoryMerge.merge(history, tmp, history);
            return new Result(runs.size(), rows, merged);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot import " + dataJs + " into " + history + ": " + e, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                    Files.deleteIfExists(FileLocks.lockFile(tmp));
                } catch (IOException ignored) {
                    // a stray temporary file is harmless; the import's outcome is what counts
                }
            }
        }
    }

    private static Run entry(Path file, String suite, String at, JsonNode e, Optional<String> branch, Environment env) {
        if (!e.isObject()) {
            throw error(file, at, "expected an object {commit, date, tool, benches}");
        }
        JsonNode commit = e.get("commit");
        String sha = commit != null && commit.hasNonNull("id") ? commit.get("id").asText() : "";
        if (sha.isEmpty()) {
            throw error(file, at + ".commit.id", "expected the commit's id");
        }
        JsonNode date = e.get("date");
        if (date == null || !date.canConvertToLong()) {
            throw error(file, at + ".date", "expected the time in milliseconds since 1970");
        }
        Instant when = Instant.ofEpochMilli(date.asLong());
        String tool = e.hasNonNull("tool") ? e.get("tool").asText() : "";
        Format format = switch (tool) {
            case "customBiggerIsBetter" -> Format.GAB_BIGGER;
            case "customSmallerIsBetter" -> Format.GAB_SMALLER;
            default -> Format.GAB;
        };
        JsonNode benches = e.get("benches");
        if (benches == null || !benches.isArray()) {
            throw error(file, at + ".benches", "expected an array of {name, value, unit}");
        }
        ArrayNode normalized = benches.deepCopy();
        for (JsonNode b : normalized) {
            if (b instanceof ObjectNode o && o.hasNonNull("unit")) {
                o.put("unit", unit(o.get("unit").asText()));
            }
        }
        List<Measurement> measurements;
        try {
            byte[] json = MAPPER.writeValueAsBytes(normalized);
            measurements = Importers.parse(file, json, format, ImportOptions.defaults().withFormat(Optional.of(format)))
                    .measurements();
        } catch (ImportException ex) {
            StringBuilder sb = new StringBuilder();
            for (ImportProblem p : ex.problems()) {
                sb.append(p.position().map(pos -> at + ".benches" + pos.substring(1)).orElse(at)).append(": ")
                        .append(p.message()).append(tool.isEmpty() ? "" : " (tool " + tool + ")");
            }
            throw new IllegalArgumentException(file + ": " + sb, ex);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("A JSON tree always serializes", ex);
        }
        String runId = "gab-" + SECOND.format(when) + "-" + BaselineSelector.shortSha(sha).replaceAll("[^A-Za-z0-9]", "")
                + "-" + suite.replaceAll("[^A-Za-z0-9._-]+", "-");
        RunInfo info = new RunInfo(new RunId(runId), when, Optional.of(sha), branch, Optional.empty(), env, suite,
                new RunProfile.Imported("gab"), "imported",
                Optional.empty());
        return new Run(info, measurements, Map.of(), List.of());
    }

    /** Unit labels github-action-benchmark's tools write that our importer spells otherwise. */
    private static String unit(String label) {
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "iter/sec", "iters/sec", "iter/s" -> "ops/s"; // pytest-benchmark
            default -> label;
        };
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(Path file, String text) {
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw error(file, "$", "expected 'window.BENCHMARK_DATA = {...}' or a JSON object");
        }
        try {
            return MAPPER.readTree(text.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw error(file, "line " + e.getLocation().getLineNr(), "not JSON: " + e.getOriginalMessage());
        }
    }

    private static IllegalArgumentException error(Path file, String at, String what) {
        return new IllegalArgumentException(file + ": " + at + ": " + what
                + ". Pass the data.js of a github-action-benchmark gh-pages branch (dev/bench/data.js)");
    }
}
