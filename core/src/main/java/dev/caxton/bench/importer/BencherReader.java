package dev.caxton.bench.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.caxton.bench.model.Direction;
import dev.caxton.bench.model.Measurement;
import dev.caxton.bench.model.MetricId;
import dev.caxton.bench.model.Statistics;

/**
 * Reads libtest's bench lines, as {@code cargo bench} and criterion's {@code --output-format bencher}
 * print them: {@code test NAME ... bench:   1,234 ns/iter (+/- 56)}. Each gives
 * {@code bencher/NAME/time} and, when present, {@code bencher/NAME/range} (libtest's spread, max minus
 * min of its samples). Other lines are ignored.
 */
final class BencherReader {
    static final Pattern LINE = Pattern.compile(
            "^test (.+?) \\.\\.\\. bench:\\s+([0-9][0-9,._]*) (\\S+?)/iter(?:\\s+\\(\\+/- ([0-9][0-9,._]*)\\))?\\s*$");

    private BencherReader() {}

    static List<Measurement> read(String text) {
        List<Measurement> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("test ") || !line.contains(" bench:")) {
                continue;
            }
            String at = "line " + (i + 1);
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new FormatError(at, "expected 'test NAME ... bench: N ns/iter (+/- M)' but found '" + line.strip() + "'");
            }
            ForeignUnit unit = ForeignUnit.find(m.group(3) + "/iter").orElseThrow(() -> new FormatError(at,
                    "unknown unit '" + m.group(3) + "/iter'; expected ns/iter, us/iter, ms/iter or s/iter"));
            MetricId id = FormatError.at(at, () -> MetricId.of("bencher", m.group(1).strip(), "time"));
            double value = unit.convert(integer(m.group(2)));
            out.add(new Measurement(id, unit.unit(), Direction.LOWER_IS_BETTER, value, Statistics.single(value), List.of()));
            if (m.group(4) != null) {
                double range = unit.convert(integer(m.group(4)));
                out.add(new Measurement(id.withMetric("range"), unit.unit(), Direction.LOWER_IS_BETTER, range,
                        Statistics.single(range), List.of()));
            }
        }
        if (out.isEmpty()) {
            throw new FormatError("", "no bench lines; expected lines such as 'test NAME ... bench: 1,234 ns/iter (+/- 56)'");
        }
        return out;
    }

    private static double integer(String s) {
        return Double.parseDouble(s.replace(",", "").replace("_", ""));
    }
}
