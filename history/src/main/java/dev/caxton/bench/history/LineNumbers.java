package dev.caxton.bench.history;

import java.util.Arrays;

/** A growing list of line numbers, unboxed: a history of a million rows keeps a million of them. */
final class LineNumbers {
    private long[] values;
    private int size;

    LineNumbers(int capacity) {
        values = new long[Math.max(16, capacity)];
    }

    void add(long line) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = line;
    }

    long get(int i) {
        return values[i];
    }

    void truncate(int newSize) {
        size = newSize;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
