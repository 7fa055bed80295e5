package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import dev.caxton.bench.model.Unit;
import dev.caxton.bench.report.format.HumanUnits;
import org.junit.jupiter.api.Test;

class ScriptNumbersTest {

    @Test
    void numbersTakeTheShorterOfThePlainAndTheScientificForm() {
        assertThat(ScriptNumbers.text(new BigDecimal("1250"))).isEqualTo("1250");
        assertThat(ScriptNumbers.text(new BigDecimal("12500000"))).isEqualTo("1.25e7");
        assertThat(ScriptNumbers.text(new BigDecimal("0.0012"))).isEqualTo("0.0012");
        assertThat(ScriptNumbers.text(new BigDecimal("0.0000012"))).isEqualTo("1.2e-6");
        assertThat(ScriptNumbers.text(new BigDecimal("-4200000"))).isEqualTo("-4.2e6");
        assertThat(ScriptNumbers.text(new BigDecimal("0.000"))).isEqualTo("0");
    }

    @Test
    void aValueKeepsFourDigitsUnlessItsLabelNeedsMore() {
        assertThat(ScriptNumbers.shortest(42_135_670, 4, x -> true)).isEqualTo("4.214e7");
        assertThat(ScriptNumbers.shortest(4_213_567, 4, x -> true)).isEqualTo("4214000");
        // 1.1250001 ms reads 1.13 ms; rounded to 1.125 ms (a double exactly half-way) it would read 1.12 ms
        // (half-even): more digits are kept
        String label = HumanUnits.format(1.1250001, Unit.MILLISECONDS);
        assertThat(label).isEqualTo("1.13 ms");
        assertThat(HumanUnits.format(1.125, Unit.MILLISECONDS)).isEqualTo("1.12 ms");
        String text = ScriptNumbers.shortest(1.1250001, 4, x -> HumanUnits.format(x, Unit.MILLISECONDS).equals(label));
        assertThat(text).isEqualTo("1.1250001");
    }

    @Test
    void everyShortenedValueReadsAsTheExactValueDoes() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            double v = Math.pow(10, random.nextDouble(-3, 11)) * (random.nextBoolean() ? 1 : -1);
            if (random.nextInt(4) == 0) {
                v = Math.rint(v) + 0.5 * random.nextInt(3); // ties and near-ties
            }
            Unit unit = Unit.values()[random.nextInt(Unit.values().length)];
            String label = HumanUnits.format(v, unit);

            String text = ScriptNumbers.shortest(v, 4, x -> HumanUnits.format(x, unit).equals(label));

            assertThat(HumanUnits.format(Double.parseDouble(text), unit)).as("%s as %s", v, text).isEqualTo(label);
        }
    }
}
