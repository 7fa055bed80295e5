package dev.caxton.bench.history;

import java.util.List;
import java.util.Optional;

/**
 * Every schema version a reader accepts, found by the file's header. A new version adds an entry
 * here (and keeps the old ones), with a fixture under {@code src/test/resources/fixtures}.
 */
final class SchemaVersions {
    /** Reads the cells of one row of a version into the current model. */
    interface RowReader {
        HistoryRow read(List<String> cells, RunCache cache);
    }

    record Version(int number, String header, RowReader reader) {}

    static final List<Version> KNOWN = List.of(
            new Version(CsvV1.VERSION, CsvV1.HEADER.strip(), CsvV1::readRow));

    /** The version whose header this is (a trailing '\r' ignored). */
    static Optional<Version> forHeader(String line) {
        String h = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1); // a byte order mark added by a spreadsheet
        }
        for (Version v : KNOWN) {
            if (v.header().equals(h)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    static String unknownHeader(String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        if (line.startsWith("schema_v")) {
            int end = line.indexOf(',');
            String v = end < 0 ? line : line.substring(0, end);
            return "the header names schema '" + v + "', which this version of Caxton Bench does not know (it reads "
                    + "schema_v1); upgrade Caxton Bench, or restore the file from git if the header was edited";
        }
        return "expected the header '" + CsvV1.HEADER.substring(0, 40) + "...' of a Caxton Bench history but found '"
                + shown + "'; is this the right file?";
    }
}
