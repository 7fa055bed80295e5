package dev.caxton.bench.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads JMH's CSV and SCSV result formats, written in any locale, through commons-csv. Columns are found by their header
 * ({@code Benchmark}, {@code Mode}, {@code Samples} or {@code Cnt}, {@code Score}, {@code Score Error ...},
 * {@code Unit}, {@code Param: NAME}); rows named {@code benchmark:secondary} are secondary results of the
 * row before them with the same benchmark, mode and params (sample mode's percentile rows,
 * {@code benchmark:p0.99}, among them).
 */
final class JmhXsvReader {
    private JmhXsvReader() {}

    static void read(String text, char separator, JmhMapper mapper) {
        List<Row> rows = rows(text, separator);
        if (rows.isEmpty()) {
            throw new FormatError("line 1", "the file is empty; expected a header line starting with \"Benchmark\"");
        }
        Row header = rows.get(0);
        List<String> h = header.fields();
        int bench = column(h, "Benchmark", header.line(), true);
        int mode = column(h, "Mode", header.line(), true);
        int samples = column(h, "Samples", header.line(), false);
        if (samples < 0) {
            samples = column(h, "Cnt", header.line(), false);
        }
        int score = column(h, "Score", header.line(), true);
        int error = -1;
        int unit = column(h, "Unit", header.line(), true);
        Map<String, Integer> params = new LinkedHashMap<>();
        for (int i = 0; i < h.size(); i++) {
            String name = h.get(i).strip();
            if (name.startsWith("Score Error") || name.equals("Error")) {
                error = i;
            } else if (name.startsWith("Param:")) {
                params.put(name.substring("Param:".length()).strip(), i);
            }
        }
        if (rows.size() == 1) {
            throw new FormatError("line 2", "no results after the header; expected at least one benchmark row");
        }
        Map<String, Builder> entries = new LinkedHashMap<>();
        Builder last = null;
        for (Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            String at = "line " + row.line();
            if (f.size() != h.size()) {
                throw new FormatError(at, "the row has " + f.size() + " fields but the header has " + h.size()
                        + "; expected one field per column separated by '" + separator + "'");
            }
            String name = f.get(bench).strip();
            String secondary = null;
            int colon = name.indexOf(':');
            if (colon >= 0) {
                secondary = name.substring(colon + 1);
                name = name.substring(0, colon);
            }
            String m = f.get(mode).strip();
            SortedMap<String, String> p = new TreeMap<>();
            for (Map.Entry<String, Integer> e : params.entrySet()) {
                String v = f.get(e.getValue());
                if (!v.isEmpty()) {
                    p.put(e.getKey(), v);
                }
            }
            long n = 0;
            if (samples >= 0) {
                double d = LocaleNumbers.parse(f.get(samples), at + ", column " + (samples + 1));
                if (d < 0 || Double.isInfinite(d)) {
                    throw new FormatError(at + ", column " + (samples + 1), "a sample count of '" + f.get(samples)
                            + "'; expected a count of 0 or more");
                }
                n = Double.isNaN(d) ? 0 : (long) d;
            }
            double s = LocaleNumbers.parse(f.get(score), at + ", column " + (score + 1));
            double err = error < 0 ? Double.NaN : LocaleNumbers.parse(f.get(error), at + ", column " + (error + 1));
            String u = f.get(unit).strip();
            String key = name + "\u0000" + m + "\u0000" + p;
            JmhEntry.Score sc = new JmhEntry.Score(s, err, Double.NaN, Double.NaN, u, at + ", column " + (unit + 1),
                    new double[0], List.of(), new TreeMap<>(), n);
            if (secondary == null) {
                if (entries.containsKey(key)) {
                    throw new FormatError(at, "benchmark " + name + " in mode " + m + " with params " + p
                            + " appears twice; expected one row per benchmark, mode and params");
                }
                last = new Builder(name, m, p, sc, at);
                entries.put(key, last);
            } else {
                Builder owner = entries.get(key);
                if (owner == null) {
                    throw new FormatError(at, "the secondary result '" + f.get(bench).strip() + "' has no primary row "
                            + "before it; expected a row for " + name + " in mode " + m + " first");
                }
                owner.secondaries.put(secondary, sc);
            }
        }
        for (Builder b : entries.values()) {
            mapper.add(b.build());
        }
    }

    /** One record with the line it starts on (1-based). */
    private record Row(int line, List<String> fields) {}

    /**
     * The records of {@code text}, read by commons-csv (RFC 4180: fields separated by {@code separator},
     * quoted with {@code "}, quotes doubled inside, line breaks allowed inside quotes); a byte order mark
     * and blank lines are skipped, and text after a closing quote is kept as part of the field.
     */
    private static List<Row> rows(String text, char separator) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(separator).setQuote('"').setIgnoreEmptyLines(false)
                .setTrailingData(true).get();
        List<Row> rows = new ArrayList<>();
        long start = 1;
        try (CSVParser parser = CSVParser.parse(body, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                start = parser.getCurrentLineNumber() + 1; // every line is a record, so the next begins here
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord r = records.next();
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue; // a blank line
                }
                rows.add(new Row((int) start, r.toList()));
            }
        } catch (UncheckedIOException | IOException e) {
            String why = String.valueOf(e instanceof UncheckedIOException u && u.getCause() != null
                    ? u.getCause().getMessage() : e.getMessage());
            if (why.contains("EOF reached before encapsulated token finished")) {
                throw new FormatError("line " + start, "a quoted field is not closed before the end of the file; "
                        + "expected a closing '\"' (the file may be truncated)");
            }
            throw new FormatError("line " + start, "the line is not valid CSV (" + why + "); expected fields "
                    + "separated by '" + separator + "', quoted with '\"' and each '\"' inside doubled");
        }
        return rows;
    }

    private static int column(List<String> header, String name, int line, boolean required) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        if (required) {
            throw new FormatError("line " + line, "the header has no column \"" + name + "\"; expected JMH's header "
                    + "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\"[,\"Param: NAME\"...]");
        }
        return -1;
    }

    private static final class Builder {
        final String name;
        final String mode;
        final SortedMap<String, String> params;
        final JmhEntry.Score primary;
        final String position;
        final Map<String, JmhEntry.Score> secondaries = new LinkedHashMap<>();

        Builder(String name, String mode, SortedMap<String, String> params, JmhEntry.Score primary, String position) {
            this.name = name;
            this.mode = mode.toLowerCase(Locale.ROOT);
            this.params = params;
            this.primary = primary;
            this.position = position;
        }

        JmhEntry build() {
            return new JmhEntry(name, mode, params, primary, secondaries, position);
        }
    }
}
