package dev.caxton.bench.history;

/** What reading does with a malformed row. A torn last line is a warning in both modes. */
public enum ReadMode {
    /** The first malformed row fails the read with a {@link HistoryFormatException}. */
    STRICT,
    /** Malformed rows are skipped, each with one warning. */
    LENIENT
}
