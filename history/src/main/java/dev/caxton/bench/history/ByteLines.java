package dev.caxton.bench.history;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * The lines of a file as ranges of a byte buffer, split at '\n', read in large blocks up to the size
 * the file had when reading began (an append that lands meanwhile is not seen half). After
 * {@link #next()} the line is {@code buffer()[start(), end())} without its '\n';
 * {@link #terminated()} says whether a '\n' ended it (false only for a last line torn by a writer
 * that stopped).
 */
final class ByteLines {
    private static final int BLOCK = 4 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final FileChannel channel;
    private final long size;
    private long position;
    private byte[] buffer;
    private int scan; // the next unread byte
    private int limit; // the end of the bytes in the buffer
    private int start;
    private int end;
    private boolean terminated;

    ByteLines(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
        this.buffer = new byte[(int) Math.min(BLOCK, Math.max(size, 16))];
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        int from = scan;
        int searched = from;
        while (true) {
            int nl = indexOfNewline(buffer, searched, limit);
            if (nl >= 0) {
                start = from;
                end = nl;
                terminated = true;
                scan = nl + 1;
                return true;
            }
            searched = limit;
            if (position >= size) {
                if (from < limit) {
                    start = from;
                    end = limit;
                    terminated = false;
                    scan = limit;
                    return true;
                }
                return false;
            }
            // keep the unfinished line, then read more behind it
            int kept = limit - from;
            if (kept == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            } else if (from > 0) {
                System.arraycopy(buffer, from, buffer, 0, kept);
            }
            searched -= from;
            from = 0;
            limit = kept;
            ByteBuffer into = ByteBuffer.wrap(buffer, limit, (int) Math.min(buffer.length - limit, size - position));
            while (into.hasRemaining()) {
                int n = channel.read(into, position);
                if (n < 0) {
                    position = size; // the file shrank: what is there is all there is
                    break;
                }
                position += n;
            }
            limit = into.position();
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    /** The offset in the file of the current line's first byte. */
    long offset() {
        return position - (limit - start);
    }

    int end() {
        return end;
    }

    boolean terminated() {
        return terminated;
    }

    /** The first '\n' in {@code [from, to)}, eight bytes at a time; -1 when there is none. */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long zeroBytes = (x - ONES) & ~x & HIGHS; // the lowest set bit marks the first byte that was '\n'
            if (zeroBytes != 0) {
                return i + (Long.numberOfTrailingZeros(zeroBytes) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
