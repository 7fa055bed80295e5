package dev.caxton.bench.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The cells of the history's lines, read and written by Apache Commons CSV: RFC 4180 with {@code ,},
 * {@code "} doubled inside quotes, {@code \n} line ends. Writing quotes a cell only when it must be
 * (commons-csv's minimal quoting: a {@code ,} or {@code "} inside, or a first character up to
 * {@code #} or a last one up to a space, which keeps leading and trailing spaces from being trimmed by
 * other readers). The history holds no line break in a cell; {@link CsvV1} refuses to write one and
 * the reader splits the file at {@code \n} before a line comes here.
 */
final class CsvCells {
    static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(',').setQuote('"').setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL).setIgnoreEmptyLines(false).get();
    /** The same, reading past a bad quote, to tell which cell held it. */
    private static final CSVFormat LENIENT = FORMAT.builder().setLenientEof(true).setTrailingData(true).get();
    private static final Pattern POSITION = Pattern.compile("position: (\\d+)");

    private CsvCells() {}

    /**
     * Writes one cell to {@code out}, quoted when it must be, after a {@code ,} unless it is the line's
     * first: what a {@link org.apache.commons.csv.CSVPrinter} writes, without one printer per line.
     */
    static void cell(Appendable out, String text, boolean first) {
        try {
            FORMAT.print(text, out, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a number (the text of {@link Double#toString} or {@link Long#toString}) or an empty cell,
     * after a {@code ,}: what {@link #cell} writes for it, since such a text never needs quotes (it starts
     * with a digit, {@code -}, {@code N} or {@code I} and holds no {@code ,}, quote or line break), without
     * commons-csv's scan for them; a history row has nine.
     */
    static void number(Appendable out, String text) {
        try {
            out.append(',').append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the line that {@link #cell} wrote. */
    static void endLine(Appendable out) {
        try {
            FORMAT.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cells of one line (without its line end; a trailing {@code '\r'} of a CRLF file is ignored).
     *
     * @throws CsvV1.FieldError naming the cell of a quote that is not closed or is followed by text
     */
    static List<String> split(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().toList() : List.of("");
        } catch (UncheckedIOException e) {
            throw fieldError(text, e.getCause() == null ? e : e.getCause());
        } catch (IOException e) {
            throw fieldError(text, e);
        }
    }

    /**
     * Splits the lines of one read, one after another, through one commons-csv parser fed line by line:
     * creating a parser for each line costs more than reading the line. A line the parser refuses is
     * split again on its own by {@link #split(String)}, which names the bad cell; the next line gets a
     * new parser.
     */
    static final class Splitter {
        private final Feed feed = new Feed();
        private Iterator<CSVRecord> records;

        List<String> split(String line) {
            String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            try {
                if (records == null) {
                    records = CSVParser.parse(feed, FORMAT).iterator();
                }
                feed.next(text);
                if (records.hasNext()) {
                    CSVRecord r = records.next();
                    if (feed.consumed()) {
                        return r.toList();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // split on its own below, for the message with its cell
            }
            records = null;
            return CsvCells.split(text);
        }
    }

    /** The one line the parser may read next, with its '\n': never more, so a record never runs into the next line. */
    private static final class Feed extends Reader {
        private String line = "";
        private int position;

        void next(String text) {
            line = text + "\n";
            position = 0;
        }

        /** Whether the parser read the whole line, and nothing after it. */
        boolean consumed() {
            return position == line.length();
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (position >= line.length()) {
                return -1;
            }
            int n = Math.min(length, line.length() - position);
            line.getChars(position, position + n, into, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    private static CsvV1.FieldError fieldError(String line, Throwable problem) {
        String message = String.valueOf(problem.getMessage());
        Matcher at = POSITION.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new CsvV1.FieldError(cellsIn(line) - 1, "a quoted cell is not closed; expected '\"' before the end"
                    + " of the line");
        }
        if (at.find()) {
            int position = Integer.parseInt(at.group(1)); // characters read, the offending one included
            int end = Math.min(position, line.length());
            char found = end > 0 ? line.charAt(end - 1) : '?';
            return new CsvV1.FieldError(cellsIn(line.substring(0, end)) - 1, "expected ',' after a closing quote, found '"
                    + found + "'; quote the whole cell and double each '\"' inside it");
        }
        return new CsvV1.FieldError(-1, "the line is not valid CSV (" + message + "); quote a cell that holds ',' or"
                + " '\"' and double each '\"' inside it");
    }

    /** How many cells a lenient reading finds in {@code text}: the bad cell is the last of them. */
    private static int cellsIn(String text) {
        try (CSVParser parser = CSVParser.parse(text, LENIENT)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().size() : 1;
        } catch (IOException | UncheckedIOException e) {
            return 0; // the column is then unknown: the message names the line
        }
    }
}
