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

import dev.caxton.bench.GoldenFiles;

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
    void theSmallDashboardMatchesItsGoldenFileWhateverTheDefaultLocale(String tag) {
        String html = GoldenFiles.underLocale(tag, "Asia/Kolkata", () -> Dashboard.withDefaults().render(Fixtures.small()));
        GoldenFiles.besides(DashboardGoldenTest.class).assertMatches(GOLDEN, html);
    }
}
