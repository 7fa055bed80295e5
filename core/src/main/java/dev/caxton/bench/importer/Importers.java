package dev.caxton.bench.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.caxton.bench.model.BenchmarkFailure;
import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Environment;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Run;
import dev.caxton.bench.model.RunId;
import dev.caxton.bench.model.RunInfo;
import dev.caxton.bench.model.RunProfile;

/**
 * Turns other tools' result files into runs: the library behind {@code caxton-bench import FILE...
 * [--format F] [--strict]}.
 *
 * <p>Each file's format is detected from its content unless one is given ({@link Format}); a folder is
 * read as criterion's {@code target/criterion} layout. A file is imported whole or not at all: any
 * error in it (invalid or truncated JSON, a wrong shape, no results, an unknown unit, a negative count)
 * becomes an {@link ImportProblem} naming the file, the position and what was expected, and the other
 * files are still imported, unless the import is strict, when any problem fails it. A measurement id
 * already imported from an earlier file is reported and the later one skipped.
 *
 * <p>The run has the suite of the files' tool ({@code jmh}, {@code criterion}, {@code bencher},
 * {@code gab}, {@code hdr}) when all files come from one, else {@code import}; the system and profile
 * {@code imported}; no git identity (the caller adds it); and the given environment, which for files
 * measured elsewhere is only as true as the caller makes it.
 */
public final class Importers {
    private Importers() {}

    /** Imports with the given format and strictness, the system clock and this machine's environment. */
    public static ImportResult importFiles(List<Path> files, Optional<Format> format, boolean strict) {
        return importFiles(files, ImportOptions.defaults().withFormat(format).withStrict(strict), Environment.detect());
    }

    /**
     * Imports the files (and criterion folders) into one run.
     *
     * @throws ImportException when the import is strict and any file has a problem
     * @throws IllegalArgumentException when no file is given
     */
    public static ImportResult importFiles(List<Path> files, ImportOptions options, Environment environment) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(environment, "environment");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No file to import; name at least one result file or criterion folder");
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        Map<String, LatencyDistribution> histograms = new TreeMap<>();
        List<BenchmarkFailure> failures = new ArrayList<>();
        Map<MetricId, Path> seen = new HashMap<>();
        Set<String> suites = new LinkedHashSet<>();
        for (Path given : files) {
            List<Source> sources;
            try {
                sources = expand(given, options.format());
            } catch (ImportException e) {
                problems.addAll(e.problems());
                continue;
            }
            for (Source s : sources) {
                ImportedFile f;
                try {
                    f = read(s, options);
                } catch (ImportException e) {
                    problems.addAll(e.problems());
                    continue;
                }
                problems.addAll(f.warnings());
                suites.add(suiteOf(f.format()));
                if (seen.isEmpty()) { // sized for the first file's metrics once, not grown 17 times for 700K
                    seen = new HashMap<>(f.measurements().size() * 4 / 3 + 1);
                }
                for (Measurement m : f.measurements()) {
                    Path earlier = seen.putIfAbsent(m.id(), f.file());
                    if (earlier != null) {
                        problems.add(ImportProblem.of(f.file(), "the metric " + m.id() + " was already imported from "
                                + earlier + "; this one is skipped. Import the two files into separate runs"));
                    } else {
                        measurements.add(m);
                    }
                }
                f.histograms().forEach(histograms::putIfAbsent);
                failures.addAll(f.failures());
            }
        }
        if (options.strict() && !problems.isEmpty()) {
            throw new ImportException(problems);
        }
        String suite = suites.size() == 1 ? suites.iterator().next() : "import";
        RunInfo info = new RunInfo(RunId.next(options.clock()), options.clock().instant(), Optional.empty(),
                Optional.empty(), Optional.empty(), environment, suite, RunProfile.IMPORTED, "imported", Optional.empty());
        return new ImportResult(new Run(info, measurements, histograms, failures), problems);
    }

    /**
     * Reads one file (or a criterion folder holding exactly one benchmark).
     *
     * @throws ImportException naming the file, the position and what was expected
     */
    public static ImportedFile read(Path file, ImportOptions options) {
        List<Source> sources = expand(file, options.format());
        if (sources.size() != 1) {
            throw new ImportException(ImportProblem.of(file, "the folder holds " + sources.size()
                    + " criterion benchmarks; import it with importFiles to read them all"));
        }
        return read(sources.get(0), options);
    }

    /**
     * Reads content in a known format; {@code name} is used in messages and, for HdrHistogram logs, as
     * the benchmark name. Criterion's layout needs the files beside it: use {@link #read(Path, ImportOptions)}.
     *
     * @throws ImportException naming {@code name}, the position and what was expected
     */
    public static ImportedFile parse(Path name, byte[] content, Format format, ImportOptions options) {
        Objects.requireNonNull(format, "format");
        return parse(new Source(name, Optional.empty()), content, format, options);
    }

    /** The format detected from the file's content (a folder is criterion's). */
    public static Optional<Format> detect(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(Format.CRITERION);
        }
        return FormatDetector.detect(bytes(file));
    }

    /** The tool name each format's metric ids start with. */
    static String suiteOf(Format f) {
        return switch (f) {
            case JMH_JSON, JMH_CSV, JMH_SCSV -> "jmh";
            case CRITERION -> "criterion";
            case BENCHER -> "bencher";
            case GAB, GAB_BIGGER, GAB_SMALLER -> "gab";
            case HDR_LOG -> "hdr";
        };
    }

    /** A file to read, and the criterion root it was found under. */
    private record Source(Path file, Optional<Path> criterionRoot) {}

    private static List<Source> expand(Path given, Optional<Format> format) {
        if (!Files.isDirectory(given)) {
            return List.of(new Source(given, Optional.empty()));
        }
        if (format.isPresent() && format.get() != Format.CRITERION) {
            throw new ImportException(ImportProblem.of(given, "is a folder; only criterion results are read from a "
                    + "folder. Name the " + format.get().label() + " files themselves"));
        }
        List<Path> found;
        try {
            found = CriterionReader.estimatesBelow(given);
        } catch (UncheckedIOException e) {
            throw new ImportException(ImportProblem.of(given, e.getMessage()));
        }
        if (found.isEmpty()) {
            throw new ImportException(ImportProblem.of(given, "holds no criterion results; expected "
                    + "<benchmark>/new/estimates.json below it (as in target/criterion)"));
        }
        return found.stream().map(p -> new Source(p, Optional.of(given))).toList();
    }

    private static ImportedFile read(Source s, ImportOptions options) {
        byte[] content;
        try {
            content = bytes(s.file());
        } catch (UncheckedIOException e) {
            throw new ImportException(ImportProblem.of(s.file(), e.getMessage()));
        }
        Format format = options.format().or(() -> FormatDetector.detect(content)).orElseThrow(() ->
                new ImportException(ImportProblem.of(s.file(), "cannot tell the format from the content; tried "
                        + Format.knownLabels() + ". Force one with --format F (F one of " + Format.knownLabels() + ")")));
        return parse(s, content, format, options);
    }

    private static ImportedFile parse(Source s, byte[] content, Format format, ImportOptions options) {
        Path file = s.file();
        List<String> warnings = new ArrayList<>();
        try {
            JmhMapper jmh = new JmhMapper("jmh");
            switch (format) {
                case JMH_JSON -> JmhJsonReader.read(content, jmh);
                case JMH_CSV -> JmhXsvReader.read(text(content), ',', jmh);
                case JMH_SCSV -> JmhXsvReader.read(text(content), ';', jmh);
                case CRITERION -> {
                    Path estimates = file.getFileName() != null && file.getFileName().toString().equals("sample.json")
                            ? file.resolveSibling("estimates.json") : file;
                    byte[] e = estimates.equals(file) ? content : bytes(estimates);
                    return done(file, format, CriterionReader.read(estimates, e, s.criterionRoot(), warnings), Map.of(),
                            warnings);
                }
                case BENCHER -> {
                    return done(file, format, BencherReader.read(text(content)), Map.of(), warnings);
                }
                case GAB, GAB_BIGGER, GAB_SMALLER -> {
                    Optional<Direction> d = switch (format) {
                        case GAB_BIGGER -> Optional.of(Direction.HIGHER_IS_BETTER);
                        case GAB_SMALLER -> Optional.of(Direction.LOWER_IS_BETTER);
                        default -> Optional.empty();
                    };
                    return done(file, format, GabReader.read(content, d, warnings), Map.of(), warnings);
                }
                case HDR_LOG -> {
                    String name = file.getFileName() == null ? "hlog" : file.getFileName().toString();
                    name = name.endsWith(".hlog") ? name.substring(0, name.length() - 5) : name;
                    HdrLogReader.Result r = HdrLogReader.read(text(content), name.isBlank() ? "hlog" : name,
                            options.histogramLogUnit());
                    return done(file, format, r.measurements(), r.histograms(), warnings);
                }
            }
            return new ImportedFile(file, format, jmh.measurements, jmh.histograms, jmh.failures, List.of());
        } catch (FormatError e) {
            throw new ImportException(e.position().isEmpty() ? ImportProblem.of(file, e.getMessage() + hint(format))
                    : ImportProblem.at(file, e.position(), e.getMessage() + hint(format)));
        } catch (UncheckedIOException e) {
            throw new ImportException(ImportProblem.of(file, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new ImportException(ImportProblem.of(file, "not a valid " + format.description() + ": " + e.getMessage()));
        }
    }

    private static String hint(Format format) {
        return " (read as " + format.label() + ")";
    }

    private static ImportedFile done(Path file, Format format, List<Measurement> ms, Map<String, LatencyDistribution> hs,
                                     List<String> warnings) {
        return new ImportedFile(file, format, ms, hs, List.of(),
                warnings.stream().map(w -> ImportProblem.of(file, w)).toList());
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(file + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
    }
}
