package dev.caxton.bench.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page for a small fixed input is sealed by a golden file, under several default locales and time
 * zones. After an intended change, regenerate it with
 * {@code ./mvnw -pl reporter -am verify -Dtest=DashboardGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}
 * and review the diff.
 */
class DashboardGoldenTest {
    private static final String GOLDEN = "small-dashboard.html";

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "ar-EG-u-nu-arab", "tr-TR"})
    void theSmallDashboardMatchesItsGoldenFileWhateverTheDefaultLocale(String tag) throws IOException {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        String html;
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            html = Dashboard.withDefaults().render(Fixtures.small());
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/dev/caxton/bench/report/dashboard", GOLDEN), html,
                    StandardCharsets.UTF_8);
        }

        assertThat(html).isEqualTo(golden());
    }

    private static String golden() throws IOException {
        try (InputStream in = DashboardGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file %s (create it with -Dgolden.update=true)", GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
