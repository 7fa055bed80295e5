package dev.caxton.bench.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.caxton.bench.model.Environment;

/** The importer fixtures under src/test/resources/importer, and fixed options. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T17:00:00Z"), ZoneOffset.UTC);
    static final Environment ENVIRONMENT = new Environment("test CPU", 2, 1L << 30, "Linux", "vendor", "17", List.of());

    private Fixtures() {}

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Missing test fixture importer/" + name, e);
        }
    }

    static ImportOptions options() {
        return ImportOptions.defaults().withClock(CLOCK);
    }

    static ImportOptions options(Format format) {
        return options().withFormat(Optional.of(format));
    }

    static ImportedFile read(String name) {
        return Importers.read(file(name), options());
    }
}
