package dev.caxton.bench.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.DataFormatException;

import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;

import dev.caxton.bench.io.AtomicFiles;
import dev.caxton.bench.io.OutputLayout;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Run;

/**
 * The full latency distributions of runs, beside the history: one HdrHistogram log per run,
 * {@code <dir>/<run-id>.hlog} (by default {@link OutputLayout#histograms()}), one interval per
 * distribution, tagged with the canonical id of its base metric. A tag cannot hold {@code ,}, a space
 * or a line break in HdrHistogram's format, so {@code %}, {@code ,}, space, CR and LF in an id are
 * written as {@code %25}, {@code %2C}, {@code %20}, {@code %0D}, {@code %0A}. Any HdrHistogram tool
 * reads these files; reading them back here gives distributions equal to the ones written.
 */
public final class HistogramStore {
    private HistogramStore() {}

    /** The log file of a run in {@code dir}. */
    public static Path file(Path dir, String runId) {
        return dir.resolve(runId + ".hlog");
    }

    /**
     * Writes the run's distributions atomically (temporary file, then rename) and returns the file;
     * empty when the run has none.
     *
     * @throws UncheckedIOException when the folder or file cannot be written
     */
    public static java.util.Optional<Path> write(Path dir, Run run) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(run, "run");
        if (run.histograms().isEmpty()) {
            return java.util.Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HistogramLogWriter w = new HistogramLogWriter(bytes);
        w.outputComment("Caxton Bench run " + run.info().runId() + ", started " + run.info().startedAt()
                + "; values in nanoseconds; tags are canonical metric ids");
        w.outputLogFormatVersion();
        long start = run.info().startedAt().toEpochMilli();
        w.outputBaseTime(start);
        w.setBaseTime(start);
        w.outputLegend();
        for (Map.Entry<String, LatencyDistribution> e : run.histograms().entrySet()) {
            Histogram h = histogram(e.getValue());
            h.setTag(escapeTag(e.getKey()));
            w.outputIntervalHistogram(0, 0, h);
        }
        w.close();
        return java.util.Optional.of(writeBytes(dir, run.info().runId().value(), bytes.toByteArray()));
    }

    /**
     * The folder of the histogram logs that belong to a history file: {@code histograms} beside it
     * ({@code .caxton-bench/histograms} for {@code .caxton-bench/history.csv}).
     */
    public static Path besideHistory(Path historyFile) {
        return OutputLayout.ofHistory(historyFile).histograms();
    }

    /** Writes the log of a run atomically (a temporary file beside it, forced, then renamed) and returns it. */
    static Path writeBytes(Path dir, String runId, byte[] bytes) {
        Path target = file(dir, runId);
        try {
            return AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the histograms of run " + runId + " to " + target
                    + ": " + e + ". Check that the folder is writable and the disk has room", e);
        }
    }

    /**
     * Deletes the logs of these runs from {@code dir}, if they exist; returns the ones deleted. A log
     * that cannot be deleted is reported in {@code problems} and left.
     */
    static List<Path> delete(Path dir, java.util.Collection<String> runIds, List<String> problems) {
        List<Path> deleted = new java.util.ArrayList<>();
        for (String runId : runIds) {
            Path f = file(dir, runId);
            try {
                if (Files.deleteIfExists(f)) {
                    deleted.add(f);
                }
            } catch (IOException e) {
                problems.add("the histogram log " + f + " of pruned run " + runId + " could not be deleted (" + e
                        + "); it is harmless, delete it by hand");
            }
        }
        return deleted;
    }

    /**
     * The distributions of a run, keyed by canonical metric id; empty when the run has no log.
     * Intervals with the same tag are merged exactly.
     *
     * @throws IllegalArgumentException when the file is not an HdrHistogram log (naming the file)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static SortedMap<String, LatencyDistribution> read(Path dir, String runId) {
        Path f = file(dir, runId);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            return Collections.emptySortedMap();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the histograms " + f + ": " + e, e);
        }
        SortedMap<String, Histogram> byTag = new TreeMap<>();
        try (HistogramLogReader r = new HistogramLogReader(new ByteArrayInputStream(bytes))) {
            EncodableHistogram e;
            while ((e = r.nextIntervalHistogram()) != null) {
                if (!(e instanceof Histogram h)) {
                    throw new IllegalArgumentException("holds a floating-point histogram; latency logs hold integer nanoseconds");
                }
                String tag = unescapeTag(h.getTag() == null ? "" : h.getTag());
                Histogram sum = byTag.get(tag);
                if (sum == null) {
                    byTag.put(tag, h);
                } else {
                    sum.add(h);
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The histogram log " + f + " cannot be read (" + e.getMessage()
                    + "); it should be an HdrHistogram log written by Caxton Bench. Restore it from git or delete it", e);
        }
        SortedMap<String, LatencyDistribution> out = new TreeMap<>();
        byTag.forEach((tag, h) -> out.put(tag, distribution(h)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** The run ids that have a log in {@code dir}, sorted. */
    public static List<String> runIds(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".hlog") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".hlog".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the histograms in " + dir + ": " + e, e);
        }
    }

    static Histogram histogram(LatencyDistribution d) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(d.encoded())), 0);
        } catch (DataFormatException e) {
            throw new IllegalStateException("A LatencyDistribution holds a valid encoding by construction", e);
        }
    }

    static LatencyDistribution distribution(Histogram h) {
        h.setTag(null);
        h.setStartTimeStamp(Long.MAX_VALUE);
        h.setEndTimeStamp(0);
        ByteBuffer buf = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int len = h.encodeIntoCompressedByteBuffer(buf);
        return LatencyDistribution.decode(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buf.array(), len)));
    }

    static String escapeTag(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            switch (c) {
                case '%' -> sb.append("%25");
                case ',' -> sb.append("%2C");
                case ' ' -> sb.append("%20");
                case '\r' -> sb.append("%0D");
                case '\n' -> sb.append("%0A");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescapeTag(String tag) {
        if (tag.indexOf('%') < 0) {
            return tag;
        }
        StringBuilder sb = new StringBuilder(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '%' && i + 2 < tag.length()) {
                sb.append((char) Integer.parseInt(tag.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
