package dev.caxton.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result files of {@code ci --results}: each value is a path (a file, or a criterion folder) or a glob such
 * as {@code **}{@code /jmh-result.json} or {@code build/results/jmh/*.json}, relative to the working directory;
 * several may be given on separate lines of one value (as a multi-line workflow input gives them). Folders
 * named {@code .git} and {@code node_modules} are not searched.
 */
final class ResultGlobs {
    private ResultGlobs() {}

    static List<Path> expand(Invocation invocation, List<String> values) {
        Set<Path> found = new LinkedHashSet<>();
        for (String value : values) {
            for (String line : value.split("\\R")) {
                String glob = line.strip();
                if (glob.isEmpty()) {
                    continue;
                }
                List<Path> matched = expandOne(invocation.workDir(), glob);
                if (matched.isEmpty()) {
                    throw new UsageException("--results '" + TerminalText.sanitize(glob) + "' matches no file under "
                            + invocation.workDir() + ". Check the path (relative to the working directory) and that the "
                            + "benchmarks ran before this step; a glob such as '**/jmh-result.json' searches every folder");
                }
                found.addAll(matched);
            }
        }
        if (found.isEmpty()) {
            throw new UsageException("--mode import needs --results: the result files or a glob such as "
                    + "'**/jmh-result.json'");
        }
        return List.copyOf(found);
    }

    static List<Path> expandOne(Path workDir, String glob) {
        if (!glob.contains("*") && !glob.contains("?") && !glob.contains("[") && !glob.contains("{")) {
            Path p = workDir.resolve(glob).normalize();
            return Files.exists(p) ? List.of(p) : List.of();
        }
        String unixGlob = glob.replace('\\', '/');
        // the fixed folders before the first wildcard are the root of the search
        int wildcard = firstWildcard(unixGlob);
        int slash = unixGlob.lastIndexOf('/', wildcard);
        Path root = slash < 0 ? workDir : workDir.resolve(unixGlob.substring(0, slash)).normalize();
        String pattern = slash < 0 ? unixGlob : unixGlob.substring(slash + 1);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        // '**/x' also matches x in the root itself, as in shells with globstar
        PathMatcher top = pattern.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)) : matcher;
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.equals(".git") || name.equals("node_modules"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && matches(dir)) {
                        out.add(dir); // a criterion folder
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (matches(file)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                private boolean matches(Path p) {
                    Path rel = root.relativize(p);
                    return matcher.matches(rel) || top.matches(rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search " + root + " for '" + glob + "': " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    private static int firstWildcard(String glob) {
        int min = glob.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = glob.indexOf(c);
            if (i >= 0 && i < min) {
                min = i;
            }
        }
        return min;
    }
}
