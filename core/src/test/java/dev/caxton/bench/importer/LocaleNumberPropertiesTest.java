package dev.caxton.bench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** JMH writes CSV numbers with {@code String.format("%f")} in the JVM's default locale; every locale reads back. */
class LocaleNumberPropertiesTest {
    private static final List<Locale> LOCALES = List.of(Locale.getAvailableLocales());

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(LOCALES);
    }

    @Property(tries = 1000)
    void aNumberFormattedAsJmhDoesInAnyLocaleReadsBack(@ForAll("locales") Locale locale,
            @ForAll @DoubleRange(min = -1e9, max = 1e9) double value, @ForAll boolean grouping) {
        String text = String.format(locale, grouping ? "%,f" : "%f", value);

        assertThat(LocaleNumbers.parse(text, "test")).as("%s in %s", text, locale)
                .isCloseTo(value, within(1e-6 + Math.abs(value) * 1e-12));
    }

    @Property(tries = 200)
    void nanAndInfinityAsJmhWritesThemInAnyLocale(@ForAll("locales") Locale locale) {
        assertThat(LocaleNumbers.parse(String.format(locale, "%f", Double.NaN), "test")).isNaN();
        assertThat(LocaleNumbers.parse(String.format(locale, "%f", Double.POSITIVE_INFINITY), "test")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LocaleNumbers.parse(String.format(locale, "%f", Double.NEGATIVE_INFINITY), "test")).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
