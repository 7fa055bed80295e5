package dev.caxton.bench.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.caxton.bench.compare.Comparison;
import dev.caxton.bench.compare.FailPolicy;
import dev.caxton.bench.compare.MetricComparison;
import dev.caxton.bench.report.markdown.ReportInput;

/**
 * What {@code ci} hands to {@code publish} beside the report: the report's name, the pull request and head commit
 * it is about, its counts and verdict, its one-line summary and the workflow run's address. Written and read here
 * only, as {@code publish.properties}: a comment line, then {@code key=value} lines in a fixed order, values with
 * backslash, CR and LF escaped, starting with {@code version=1}.
 *
 * <p>The file travels in an artifact from a pull request's job, whose code the pull request controls, to a job
 * with a write token: reading it is strict. Only the keys of its version, each once, each value of its type
 * (a positive number, a full commit sha, a count, {@code true} or {@code false}, an http(s) address), at most
 * 64 KiB; anything else is a usage error naming the file, the line and the fix. A file without a version line is
 * version 1 as {@code ci} wrote it before the line existed. Keys left empty or absent are unknown.
 */
record PublishInfo(Optional<String> name, Optional<Integer> pullRequest, Optional<String> headSha, int regressions,
                   int improvements, int critical, boolean failed, boolean noBaseline, Optional<String> summary,
                   Optional<URI> runUrl) {
    /** The file's name beside the report. */
    static final String FILE = "publish.properties";
    /** The version this class writes and reads. */
    static final int VERSION = 1;
    /** The longest summary (a check run's title). */
    static final int SUMMARY_LIMIT = 1_000;

    private static final int MAX_BYTES = 64 * 1024;
    private static final String HEADER = "# caxton-bench ci: what 'caxton-bench publish' needs beside report.md";
    private static final List<String> KEYS = List.of("version", "name", "pull_request", "head_sha", "regressions",
            "improvements", "critical", "failed", "no_baseline", "summary", "run_url");
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    PublishInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pullRequest, "pullRequest");
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(runUrl, "runUrl");
        name.ifPresent(n -> {
            if (n.isBlank() || n.length() > ReportInput.SUITE_NAME_LIMIT) {
                throw new IllegalArgumentException("a report's name has 1 to " + ReportInput.SUITE_NAME_LIMIT
                        + " characters, got " + n.length());
            }
        });
        pullRequest.ifPresent(n -> {
            if (n <= 0) {
                throw new IllegalArgumentException("a pull request number is positive, got " + n);
            }
        });
        headSha.ifPresent(s -> {
            if (!isSha(s)) {
                throw new IllegalArgumentException("a head commit is a full sha of 40 hex digits, got '" + s + "'");
            }
        });
        if (regressions < 0 || improvements < 0 || critical < 0) {
            throw new IllegalArgumentException("counts are not negative, got " + regressions + ", " + improvements
                    + " and " + critical);
        }
        summary.ifPresent(s -> {
            if (s.isBlank() || s.length() > SUMMARY_LIMIT) {
                throw new IllegalArgumentException("a summary has 1 to " + SUMMARY_LIMIT + " characters, got "
                        + s.length());
            }
        });
        runUrl.ifPresent(u -> {
            if (!isWebAddress(u)) {
                throw new IllegalArgumentException("the run's address is an http(s) address, got '" + u + "'");
            }
        });
    }

    /** Nothing known: there is no file. */
    static PublishInfo none() {
        return new PublishInfo(Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, 0, false, false,
                Optional.empty(), Optional.empty());
    }

    /** What {@code comparison}, judged {@code failed}, publishes as the report {@code name}. */
    static PublishInfo of(String name, Comparison comparison, boolean failed, Optional<Integer> pullRequest,
                          Optional<String> headSha, Optional<URI> runUrl) {
        return new PublishInfo(Optional.of(name), pullRequest, headSha, comparison.regressions().size(),
                comparison.improvements().size(), (int) comparison.metrics().stream().filter(MetricComparison::critical)
                .count(), failed, comparison.baseline().isEmpty(), Optional.of(summaryOf(comparison, failed)), runUrl);
    }

    /** The check run's title and the status's description: the counts, or that there was no baseline. */
    static String summaryOf(Comparison c, boolean failed) {
        if (c.baseline().isEmpty()) {
            return "No baseline yet: " + c.metrics().size() + " metrics recorded";
        }
        return c.regressions().size() + (c.regressions().size() == 1 ? " regression, " : " regressions, ")
                + c.improvements().size() + (c.improvements().size() == 1 ? " improvement" : " improvements")
                + " in " + c.metrics().size() + " metrics" + (failed ? " (fails the policy)" : "");
    }

    static boolean isSha(String text) {
        return SHA.matcher(text).matches();
    }

    static boolean isWebAddress(URI u) {
        return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
    }

    /** True when {@code policy} fails the report by its counts. */
    boolean failsUnder(FailPolicy policy) {
        return policy.failsOnCounts(regressions, critical);
    }

    /** The file's text, in the fixed order. */
    String text() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        line(sb, "version", Integer.toString(VERSION));
        line(sb, "name", name.orElse(""));
        line(sb, "pull_request", pullRequest.map(String::valueOf).orElse(""));
        line(sb, "head_sha", headSha.orElse(""));
        line(sb, "regressions", Integer.toString(regressions));
        line(sb, "improvements", Integer.toString(improvements));
        line(sb, "critical", Integer.toString(critical));
        line(sb, "failed", Boolean.toString(failed));
        line(sb, "no_baseline", Boolean.toString(noBaseline));
        line(sb, "summary", summary.orElse(""));
        line(sb, "run_url", runUrl.map(URI::toString).orElse(""));
        return sb.toString();
    }

    /** Writes the file whole or not at all. */
    void write(Path file) {
        ReportCommand.write(file, text());
    }

    /**
     * The file {@code ci} wrote, {@code shown} as in messages; {@link #none()} when it does not exist.
     *
     * @throws UsageException naming the file, the line and the fix when it is not such a file
     */
    static PublishInfo read(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UsageException(shown + " is larger than " + MAX_BYTES + " bytes; it is not the " + FILE
                        + " that 'caxton-bench ci' writes");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), shown);
        } catch (IOException e) {
            throw new UsageException("Cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    /** Reads the text of a {@code publish.properties}; {@code shown} names it in messages. */
    static PublishInfo parse(String text, String shown) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw problem(shown, n, "expected key=value, got '" + clip(l) + "'");
            }
            String key = l.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                throw problem(shown, n, "unknown key '" + clip(key) + "'; a " + FILE + " of version " + VERSION
                        + " holds only " + String.join(", ", KEYS));
            }
            Integer earlier = lineOf.putIfAbsent(key, n);
            if (earlier != null) {
                throw problem(shown, n, "'" + key + "' is given a second time (first on line " + earlier + ")");
            }
            values.put(key, unescape(l.substring(eq + 1)).strip());
        }
        Field f = new Field(values, lineOf, shown);
        String version = f.text("version").orElse(Integer.toString(VERSION));
        if (!version.equals(Integer.toString(VERSION))) {
            throw problem(shown, lineOf.get("version"), "version '" + clip(version) + "', but this caxton-bench reads "
                    + "version " + VERSION + "; publish with the caxton-bench version that ran 'ci'");
        }
        try {
            return new PublishInfo(f.text("name"), f.number("pull_request"), f.sha("head_sha"), f.count("regressions"),
                    f.count("improvements"), f.count("critical"), f.bool("failed"), f.bool("no_baseline"),
                    f.text("summary"), f.uri("run_url"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(shown + ": " + e.getMessage() + ". Use the " + FILE + " 'caxton-bench ci' wrote");
        }
    }

    /** The values of one file, each checked against its type with the line it came from. */
    private record Field(Map<String, String> values, Map<String, Integer> lineOf, String shown) {
        Optional<String> text(String key) {
            return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
        }

        Optional<Integer> number(String key) {
            return text(key).map(v -> {
                if (!COUNT.matcher(v).matches() || Integer.parseInt(v) == 0) {
                    throw bad(key, v, "a pull request number");
                }
                return Integer.parseInt(v);
            });
        }

        int count(String key) {
            return text(key).map(v -> {
                if (!COUNT.matcher(v).matches()) {
                    throw bad(key, v, "a count");
                }
                return Integer.parseInt(v);
            }).orElse(0);
        }

        boolean bool(String key) {
            return text(key).map(v -> switch (v) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad(key, v, "true or false");
            }).orElse(false);
        }

        Optional<String> sha(String key) {
            return text(key).map(v -> {
                if (!isSha(v)) {
                    throw bad(key, v, "a full commit sha (40 hex digits)");
                }
                return v;
            });
        }

        Optional<URI> uri(String key) {
            return text(key).map(v -> {
                try {
                    URI u = new URI(v);
                    if (isWebAddress(u)) {
                        return u;
                    }
                } catch (java.net.URISyntaxException e) {
                    // the message below says what is expected
                }
                throw bad(key, v, "an http(s) address");
            });
        }

        private UsageException bad(String key, String value, String expected) {
            return problem(shown, lineOf.get(key), key + " is '" + clip(value) + "', not " + expected);
        }
    }

    private static UsageException problem(String shown, int line, String what) {
        return new UsageException(shown + " line " + line + ": " + what + ". Use the " + FILE + " 'caxton-bench ci' "
                + "wrote (give --info FILE for another place), or give --pr and --sha");
    }

    private static String clip(String text) {
        return TerminalText.sanitize(text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append('=').append(escape(value)).append('\n');
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
