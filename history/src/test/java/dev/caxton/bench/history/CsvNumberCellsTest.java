package dev.caxton.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A number's cell, written without commons-csv's scan for quotes, is what commons-csv writes for it. */
class CsvNumberCellsTest {
    @Property
    void aDoublesCellIsWhatCommonsCsvWrites(@ForAll double v) {
        assertSameCell(Double.toString(v));
    }

    @Property
    void aLongsCellIsWhatCommonsCsvWrites(@ForAll long v) {
        assertSameCell(Long.toString(v));
    }

    @Example
    void theEdgesAndAnEmptyCellAreWhatCommonsCsvWrites() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                Double.MIN_VALUE, -Double.MAX_VALUE, 1e-7, 1e21}) {
            assertSameCell(Double.toString(v));
        }
        assertSameCell("");
    }

    private static void assertSameCell(String text) {
        StringBuilder viaCommonsCsv = new StringBuilder("x");
        CsvCells.cell(viaCommonsCsv, text, false);
        StringBuilder direct = new StringBuilder("x");
        CsvCells.number(direct, text);
        assertThat(direct).hasToString(viaCommonsCsv.toString());
    }
}
