package dev.caxton.bench.model;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in nanoseconds, kept losslessly as HdrHistogram's compressed encoding
 * (base64), so that shards of a run merge exactly and percentiles can be recomputed later.
 * Instances are immutable.
 */
public final class LatencyDistribution {
    /** The percentiles reported as first-class metrics, with their metric names. */
    public static final List<Percentile> REPORTED = List.of(
            new Percentile("p50", 50.0), new Percentile("p90", 90.0), new Percentile("p95", 95.0),
            new Percentile("p99", 99.0), new Percentile("p99.9", 99.9), new Percentile("max", 100.0));

    /** A named percentile, for example {@code p99} at 99.0. */
    public record Percentile(String name, double percentile) {}

    private final String encoded;
    private final Histogram histogram;

    private LatencyDistribution(String encoded, Histogram histogram) {
        this.encoded = encoded;
        this.histogram = histogram;
    }

    static LatencyDistribution of(Histogram histogram) {
        Histogram copy = histogram.copy();
        ByteBuffer buf = ByteBuffer.allocate(copy.getNeededByteBufferCapacity());
        int len = copy.encodeIntoCompressedByteBuffer(buf);
        byte[] bytes = new byte[len];
        buf.flip();
        buf.get(bytes);
        return new LatencyDistribution(Base64.getEncoder().encodeToString(bytes), copy);
    }

    /**
     * Reads the base64 compressed encoding written by {@link #encoded()}.
     *
     * @throws IllegalArgumentException when the text is not such an encoding (not base64, not a
     *         histogram, truncated or corrupted); corrupted sizes are refused before anything is
     *         allocated for them
     */
    public static LatencyDistribution decode(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            checkSizes(bytes);
            Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            return new LatencyDistribution(encoded, h);
        } catch (RuntimeException | DataFormatException e) {
            String shown = encoded.length() > 24 ? encoded.substring(0, 24) + "... (" + encoded.length() + " characters)"
                    : encoded;
            throw new IllegalArgumentException("Not a base64 compressed HdrHistogram: '" + shown + "' ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "). Write histograms with LatencyDistribution.encoded(), or restore the file from its source", e);
        }
    }

    /** Largest decompressed histogram accepted: far above any real one (a few hundred kB), far below a heap. */
    private static final int MAX_INFLATED_BYTES = 64 << 20;
    private static final int V2_COOKIE_BASE = 0x1c849303;
    private static final int V2_HEADER_BYTES = 40;

    /**
     * Checks the lengths in the compressed envelope and in the V2 header against the actual data, so
     * that a corrupted length fails here instead of allocating gigabytes inside HdrHistogram.
     */
    private static void checkSizes(byte[] bytes) throws DataFormatException {
        if (bytes.length < 8) {
            throw new IllegalArgumentException("only " + bytes.length + " bytes");
        }
        ByteBuffer envelope = ByteBuffer.wrap(bytes);
        envelope.getInt();
        int compressed = envelope.getInt();
        if (compressed <= 0 || compressed > bytes.length - 8) {
            throw new IllegalArgumentException("the compressed length " + compressed + " does not fit the "
                    + bytes.length + " bytes given; the text is truncated or corrupted");
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(bytes, 8, compressed);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(compressed * 4);
            byte[] chunk = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("the compressed data ends early; the text is truncated");
                }
                out.write(chunk, 0, n);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new IllegalArgumentException("it decompresses to more than " + MAX_INFLATED_BYTES + " bytes");
                }
            }
            ByteBuffer header = ByteBuffer.wrap(out.toByteArray());
            if (header.remaining() < 8 || (header.getInt(0) & ~0xf0) != V2_COOKIE_BASE) {
                return; // not the V2 layout: HdrHistogram checks the cookie itself
            }
            int payload = header.getInt(4);
            if (header.remaining() < V2_HEADER_BYTES || payload < 0 || payload > header.remaining() - V2_HEADER_BYTES) {
                throw new IllegalArgumentException("the header announces " + payload + " bytes of counts but "
                        + Math.max(0, header.remaining() - V2_HEADER_BYTES) + " follow");
            }
            int digits = header.getInt(12);
            if (digits < 0 || digits > 5) {
                throw new IllegalArgumentException("the header announces " + digits
                        + " significant digits; HdrHistogram allows 0 to 5");
            }
        } finally {
            inflater.end();
        }
    }

    /** The lossless base64 compressed HdrHistogram encoding. */
    public String encoded() {
        return encoded;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The value (ns) at a percentile between 0 and 100. */
    public long valueAtPercentileNanos(double percentile) {
        return histogram.getValueAtPercentile(percentile);
    }

    public long maxNanos() {
        return histogram.getMaxValue();
    }

    public long minNanos() {
        return histogram.getMinValue();
    }

    public double meanNanos() {
        return histogram.getMean();
    }

    public double stddevNanos() {
        return histogram.getStdDeviation();
    }

    /** The exact union of this distribution and {@code other}. */
    public LatencyDistribution merge(LatencyDistribution other) {
        Histogram sum = histogram.copy();
        sum.add(other.histogram);
        return of(sum);
    }

    /**
     * The reported percentiles as measurements in nanoseconds, one per {@link #REPORTED} entry, named
     * after it on {@code base} (whose metric name is replaced).
     */
    public List<Measurement> percentileMeasurements(MetricId base) {
        List<Measurement> out = new ArrayList<>(REPORTED.size());
        Statistics stats = new Statistics(count(), meanNanos(), stddevNanos(), minNanos(), maxNanos(),
                java.util.Optional.empty());
        for (Percentile p : REPORTED) {
            long v = p.percentile() >= 100.0 ? maxNanos() : valueAtPercentileNanos(p.percentile());
            out.add(new Measurement(base.withMetric(p.name()), Unit.NANOSECONDS, Direction.LOWER_IS_BETTER, v,
                    stats, List.of()));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyDistribution other && histogram.equals(other.histogram);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count()) * 31 + Long.hashCode(maxNanos());
    }

    @Override
    public String toString() {
        return "LatencyDistribution[count=" + count() + ", p50=" + valueAtPercentileNanos(50) + "ns, max="
                + maxNanos() + "ns]";
    }
}
