package dev.caxton.bench.importer;

import java.io.Serial;

/** Thrown inside a reader: what is wrong at which position; the caller adds the file. */
final class FormatError extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String position;

    FormatError(String position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    /** Empty for a problem of the whole file. */
    String position() {
        return position;
    }
}
