package dev.caxton.bench.importer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.LatencyDistribution;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Names;
import dev.caxton.bench.model.Statistics;
import dev.caxton.bench.model.Unit;

/**
 * Reads HdrHistogram interval logs (log format 1.3 and earlier; tagged and untagged lines). The
 * intervals of each tag are merged into one distribution, kept whole, with its mean as
 * {@code hdr/NAME/latency[tag=T]} and its percentiles beside it; NAME is the file name without
 * {@code .hlog}, and untagged intervals have no tag parameter. Every interval line is checked and
 * decoded here, so an error names its line.
 */
final class HdrLogReader {
    private static final Pattern INTERVAL = Pattern.compile(
            "^(?:Tag=([^,]*),)?([0-9.]+),([0-9.]+),([0-9.]+),([A-Za-z0-9+/=]+)\\s*$");
    private static final int MAX_DECODED_BYTES = 64 << 20;

    private HdrLogReader() {}

    record Result(List<Measurement> measurements, Map<String, LatencyDistribution> histograms) {}

    static Result read(String text, String name, Unit valueUnit) {
        Map<String, Histogram> byTag = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        int intervals = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("\"StartTimestamp\"")
                    || line.startsWith("StartTime")) {
                continue;
            }
            String at = "line " + (i + 1);
            Matcher m = INTERVAL.matcher(line);
            if (!m.matches()) {
                throw new FormatError(at, "expected an interval line '[Tag=T,]start,length,max,HISTFAA...' but found '"
                        + (line.length() > 60 ? line.substring(0, 60) + "..." : line) + "'");
            }
            Histogram h = decode(m.group(5), at);
            String tag = m.group(1) == null ? "" : FormatError.at(at, () -> Names.require("tag", m.group(1)));
            byTag.computeIfAbsent(tag, t -> new Histogram(3)).add(h);
            intervals++;
        }
        if (intervals == 0) {
            throw new FormatError("", "no interval lines; expected lines such as 'Tag=T,0.127,1.007,2.769,HISTFAA...'");
        }
        List<Measurement> out = new ArrayList<>();
        Map<String, LatencyDistribution> histograms = new LinkedHashMap<>();
        double toNanos = valueUnit.nanos();
        for (Map.Entry<String, Histogram> e : byTag.entrySet()) {
            Histogram h = e.getValue();
            if (toNanos != 1) {
                Histogram scaled = new Histogram(3);
                for (HistogramIterationValue v : h.recordedValues()) {
                    scaled.recordValueWithCount(Math.round(v.getValueIteratedTo() * toNanos), v.getCountAtValueIteratedTo());
                }
                h = scaled;
            }
            MetricId base = FormatError.at("", () -> MetricId.of("hdr", name, "latency"));
            if (!e.getKey().isEmpty()) {
                base = base.withParam("tag", e.getKey());
            }
            if (h.getTotalCount() == 0) {
                continue;
            }
            LatencyDistribution d = JmhMapper.encode(h);
            histograms.put(base.canonical(), d);
            Statistics stats = new Statistics(d.count(), d.meanNanos(), d.stddevNanos(), d.minNanos(), d.maxNanos(),
                    Optional.empty());
            out.add(new Measurement(base, Unit.NANOSECONDS, Direction.LOWER_IS_BETTER, d.meanNanos(), stats, List.of()));
            out.addAll(d.percentileMeasurements(base));
        }
        if (out.isEmpty()) {
            throw new FormatError("", "every interval is empty; expected at least one recorded value");
        }
        return new Result(out, histograms);
    }

    private static Histogram decode(String base64, String at) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new FormatError(at, "the histogram is not valid base64 (" + e.getMessage() + ")");
        }
        if (bytes.length < 8) {
            throw new FormatError(at, "the histogram holds only " + bytes.length + " bytes; expected a compressed HdrHistogram");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int length = buf.getInt(4);
        if (length <= 0 || length > bytes.length - 8) {
            throw new FormatError(at, "the histogram announces " + length + " compressed bytes but " + (bytes.length - 8)
                    + " follow; the line is truncated or corrupted");
        }
        try {
            checkInflatedSize(bytes, length, at);
            return Histogram.decodeFromCompressedByteBuffer(buf, 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new FormatError(at, "the histogram cannot be decoded (" + reason(e) + "); expected a compressed "
                    + "HdrHistogram; the line is corrupted: restore it from the tool that wrote the log, or delete it");
        }
    }

    /**
     * The reason in words: HdrHistogram builds the decoded histogram by reflection, so its own message
     * ("numberOfSignificantValueDigits must be between 0 and 5") hides under an InvocationTargetException.
     */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() || m.startsWith("java.") ? "its content does not make a histogram" : m;
    }

    private static void checkInflatedSize(byte[] bytes, int length, String at) throws DataFormatException {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(bytes, 8, length);
            byte[] chunk = new byte[8192];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new FormatError(at, "the compressed histogram ends early; the line is truncated");
                }
                total += n;
                if (total > MAX_DECODED_BYTES) {
                    throw new FormatError(at, "the histogram decompresses to more than " + MAX_DECODED_BYTES + " bytes");
                }
            }
        } finally {
            inflater.end();
        }
    }
}
