package dev.caxton.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * The one golden-file helper of every module's tests. Golden files live in the module's
 * {@code src/test/resources} (surefire runs in the module folder); a test renders its output and calls
 * {@link #assertMatches}. After an intended change, run the tests with {@code -Dgolden.update=true}:
 * each golden file is rewritten with what the test produced, and the diff is there to review. On a
 * mismatch, the produced text is also written to {@code target/golden-actual/} for a side-by-side look.
 *
 * <p>Outputs must not depend on the default locale or time zone: render them {@link #underLocale} for
 * each of {@link #LOCALES} and compare every one with the same file.
 */
public final class GoldenFiles {
    /** The system property that turns checking into rewriting. */
    public static final String UPDATE = "golden.update";

    /**
     * Default locales that catch locale-dependent formatting: none, comma decimals (German, French with
     * its narrow no-break space grouping), Arabic-Indic digits, and Indian grouping.
     */
    public static final List<String> LOCALES = List.of("und", "de-DE", "fr-FR", "ar-EG", "hi-IN");

    private final Path folder;

    private GoldenFiles(Path folder) {
        this.folder = folder;
    }

    /** Golden files in {@code src/test/resources/FOLDER}, for example {@code golden}. */
    public static GoldenFiles in(String folder) {
        return new GoldenFiles(Path.of("src", "test", "resources").resolve(folder));
    }

    /** Golden files beside {@code testClass}'s resources: {@code src/test/resources/<its package as folders>}. */
    public static GoldenFiles besides(Class<?> testClass) {
        return in(testClass.getPackageName().replace('.', '/'));
    }

    /** The file {@code name} of this folder. */
    public Path file(String name) {
        return folder.resolve(name);
    }

    /**
     * Checks {@code actual} against the golden file {@code name}, byte for byte as UTF-8; with
     * {@code -Dgolden.update=true} rewrites the file first.
     */
    public void assertMatches(String name, String actual) {
        Objects.requireNonNull(actual, "actual");
        Path golden = file(name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            if (!Files.isRegularFile(golden)) {
                fail("No golden file " + golden + "; create it by running this test with -D" + UPDATE + "=true");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                Path out = Path.of("target", "golden-actual").resolve(folder.relativize(golden));
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
                assertEquals(expected, actual, "golden file " + golden + " (what this run produced is in " + out
                        + "; if the change is intended, run with -D" + UPDATE + "=true and review the diff)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the golden file " + golden + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code body} with the default locale set to {@code languageTag}, then restores it. */
    public static <T> T underLocale(String languageTag, Supplier<T> body) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(languageTag));
            return body.get();
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** Runs {@code body} with the default locale and time zone set, then restores both. */
    public static <T> T underLocale(String languageTag, String zone, Supplier<T> body) {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return underLocale(languageTag, body);
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
