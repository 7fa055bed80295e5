package dev.caxton.bench.history;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields) into its fields. */
final class CsvLine {
    private CsvLine() {}

    /** The fields of {@code line}; a trailing '\r' (a file checked out with CRLF) is ignored. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>(40);
        split(line, 0, out, -1);
        return out;
    }

    /**
     * Adds the fields of {@code line} from offset {@code from} (the start of a field) to {@code out};
     * returns the offset where field number {@code mark} (0-based, counted in {@code out}) starts, or
     * -1 when the line has no such field.
     */
    static int split(String line, int from, List<String> out, int mark) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        int marked = -1;
        int i = from;
        while (true) {
            if (out.size() == mark) {
                marked = i;
            }
            if (i < end && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= end) {
                        throw new CsvV1.FieldError(out.size(), "a quoted cell is not closed; expected '\"' before the end of the line");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < end && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                out.add(sb.toString());
                if (i == end) {
                    return marked;
                }
                if (line.charAt(i) != ',') {
                    throw new CsvV1.FieldError(out.size() - 1, "expected ',' after a closing quote, found '" + line.charAt(i) + "'");
                }
                i++;
            } else {
                int comma = line.indexOf(',', i);
                int stop = comma < 0 || comma > end ? end : comma;
                String cell = line.substring(i, stop);
                if (cell.indexOf('"') >= 0) {
                    throw new CsvV1.FieldError(out.size(), "a '\"' inside an unquoted cell; quote the cell and double the '\"'");
                }
                out.add(cell);
                if (stop == end) {
                    return marked;
                }
                i = stop + 1;
            }
        }
    }
}
